package app.handshake.partners;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who recommended a partner, when, what they said and how highly: the endorser is a person of the workspace or a
 * team member (exactly one of the two ids). Only its recorder changes it.
 */
public record Endorsement(UUID id, long version, UUID partnerId, String partnerName, @Nullable UUID endorserPersonId,
        @Nullable UUID endorserUserId, String endorserName, @Nullable UUID specialtyId, @Nullable String specialtyName,
        LocalDate endorsedOn, @Nullable String said, int rating, UUID recordedBy, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
