package app.handshake.partners;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A referral given to or received from a partner, about a person (to whom or from whom), with its outcome. */
public record Referral(UUID id, long version, UUID partnerId, String partnerName, ReferralDirection direction,
        @Nullable UUID personId, @Nullable String personName, @Nullable UUID specialtyId,
        @Nullable String specialtyName, @Nullable String need, LocalDate referredOn, @Nullable ReferralOutcome outcome,
        @Nullable LocalDate outcomeOn, UUID recordedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}
