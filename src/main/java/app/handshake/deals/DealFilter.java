package app.handshake.deals;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which deals a list shows: every condition given must hold. A value range needs its currency (sums and ranges
 * never mix currencies); {@code goingStale} keeps the open deals idle longer than their stage allows.
 */
public record DealFilter(@Nullable UUID stageId, @Nullable UUID ownerId, @Nullable UUID organizationId,
        @Nullable UUID personId, @Nullable DealOutcome outcome, @Nullable String currency, @Nullable Long minAmount,
        @Nullable Long maxAmount, @Nullable LocalDate closingFrom, @Nullable LocalDate closingTo,
        @Nullable Boolean goingStale, @Nullable String text) {

    public static DealFilter none() {
        return new DealFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static DealFilter ofOrganization(UUID organizationId) {
        return new DealFilter(null, null, organizationId, null, null, null, null, null, null, null, null, null);
    }

    public static DealFilter ofPerson(UUID personId) {
        return new DealFilter(null, null, null, personId, null, null, null, null, null, null, null, null);
    }
}
