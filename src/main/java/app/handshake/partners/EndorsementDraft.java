package app.handshake.partners;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user may write on an endorsement: the endorser (a person or a team member), the day (today when absent),
 * the words, the rating 1 to 5 and optionally the specialty it was for.
 */
public record EndorsementDraft(@Nullable UUID endorserPersonId, @Nullable UUID endorserUserId,
        @Nullable LocalDate endorsedOn, @Nullable String said, @Nullable Integer rating, @Nullable UUID specialtyId) {}
