package app.handshake.partners;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a partner works: a named city, region or country, or a radius in km around a point. */
public record ServiceArea(UUID id, AreaKind kind, @Nullable String place, @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude, @Nullable Integer radiusKm) {}
