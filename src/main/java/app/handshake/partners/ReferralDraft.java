package app.handshake.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A referral as a user records it; the specialty may be given by id, or found from the need's words when it names
 * one.
 */
public record ReferralDraft(@Nullable UUID partnerId, @Nullable ReferralDirection direction, @Nullable UUID personId,
        @Nullable UUID specialtyId, @Nullable String need, @Nullable LocalDate referredOn,
        @Nullable ReferralOutcome outcome, @Nullable LocalDate outcomeOn) {}
