package app.handshake.deals;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An open deal idle in its stage longer than the stage allows is going stale, as Pipedrive users expect. */
final class Staleness {

    private Staleness() {}

    static boolean goingStale(DealOutcome outcome, @Nullable Integer idleDays, OffsetDateTime lastActivityAt,
            OffsetDateTime now) {
        return outcome == DealOutcome.open && idleDays != null && lastActivityAt.isBefore(now.minusDays(idleDays));
    }
}
