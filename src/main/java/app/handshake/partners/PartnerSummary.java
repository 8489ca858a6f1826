package app.handshake.partners;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the partners list: endorsements are counted as far as the reader may see them. */
public record PartnerSummary(UUID id, String name, PartnerKind kind, @Nullable UUID organizationId,
        @Nullable UUID personId, List<String> specialties, long endorsementCount) {}
