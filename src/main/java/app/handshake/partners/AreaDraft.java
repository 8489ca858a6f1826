package app.handshake.partners;

import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Text;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A service area as a user gives it; {@link #checked()} refuses what makes no sense (a radius with no point, a
 * latitude past 90, a named area without a name) before it reaches the database's own checks.
 */
public record AreaDraft(@Nullable AreaKind kind, @Nullable String place, @Nullable BigDecimal latitude,
        @Nullable BigDecimal longitude, @Nullable Integer radiusKm) {

    static final int MAX_RADIUS_KM = 20_000;

    AreaDraft checked() {
        if (kind == null) {
            throw new InvalidRequestException("kind", "must be city, region, country or radius");
        }
        if (kind != AreaKind.radius) {
            String name = Text.trimToNull(place);
            if (name == null) {
                throw new InvalidRequestException("place", "must name the " + kind);
            }
            if (name.length() > 200) {
                throw new InvalidRequestException("place", "must be at most 200 characters");
            }
            if (latitude != null || longitude != null || radiusKm != null) {
                throw new InvalidRequestException("radiusKm", "belongs to an area of kind radius only");
            }
            return new AreaDraft(kind, name, null, null, null);
        }
        if (latitude == null || latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            throw new InvalidRequestException("latitude", "must be between -90 and 90");
        }
        if (longitude == null || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            throw new InvalidRequestException("longitude", "must be between -180 and 180");
        }
        if (radiusKm == null || radiusKm < 1 || radiusKm > MAX_RADIUS_KM) {
            throw new InvalidRequestException("radiusKm", "must be between 1 and " + MAX_RADIUS_KM);
        }
        return new AreaDraft(kind, Text.trimToNull(place), latitude.setScale(6, java.math.RoundingMode.HALF_UP),
                longitude.setScale(6, java.math.RoundingMode.HALF_UP), radiusKm);
    }

    /** The name as searched: lower-cased and trimmed; null for a circle. */
    @Nullable String placeKey() {
        return kind == AreaKind.radius || place == null ? null : place.strip().toLowerCase(Locale.ROOT);
    }
}
