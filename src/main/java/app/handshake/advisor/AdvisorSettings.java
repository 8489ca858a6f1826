package app.handshake.advisor;

import app.handshake.people.OrganizationTier;
import app.handshake.shared.Money;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's thresholds for advice, with the defaults the README explains: the deal value per currency
 * from which a deal's decision makers should have been met face to face, and within how many months; how long
 * an important account may go without a face-to-face meeting; when an account or deal hangs on one person; how
 * far a strong relationship may cool, or its cadence run over; how many months of nurture may be missed.
 */
public record AdvisorSettings(Map<String, Long> meetFrom, int meetWithinMonths, int virtualOnlyMonths,
        OrganizationTier importantTier, int singleThreadedTouchpoints, int singleThreadedDays, int coolingPoints,
        int coolingDays, int overdueDays, int nurtureMissedMonths) {

    public AdvisorSettings {
        meetFrom = Map.copyOf(meetFrom);
    }

    /** A deal big enough that its decision makers should be met: at or above its currency's threshold. */
    boolean worthMeeting(@Nullable Money value) {
        if (value == null) {
            return false;
        }
        Long from = meetFrom.get(value.currency());
        return from != null && value.amount() >= from;
    }

    /** The tier order runs strategic, key, standard: important is the set tier and those above it. */
    boolean important(OrganizationTier tier) {
        return tier.ordinal() <= importantTier.ordinal();
    }
}
