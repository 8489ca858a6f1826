package app.handshake.deals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a lost deal's nurture is kept up, as its reader may see it: since the loss (until the deal was
 * reopened, if it was), every {@code intervalDays}, month by month the touchpoints with its decision makers and
 * champions. Only the people and touchpoints the reader may see are counted. A month is kept when a touchpoint
 * falls in it, or, for a nurture less often than monthly, when the last one was no more than the interval
 * before its end; {@code keptUp}: the last month that has ended was kept (or none has ended yet).
 */
public record NurtureRecord(UUID dealId, Status status, @Nullable OffsetDateTime since,
        @Nullable OffsetDateTime endedAt, int intervalDays, List<DealDetails.Person> people, List<Month> months,
        int monthsKept, int monthsMissed, boolean keptUp, boolean wonBack) {

    /** none: the deal was never lost; running: lost, nurtured now; ended: reopened since the loss. */
    public enum Status { none, running, ended }

    /** The {@code number}th month since the loss, [from, to); running: it has not ended and is not kept yet. */
    public record Month(int number, OffsetDateTime from, OffsetDateTime to, int touchpoints, MonthState state) {}

    public enum MonthState { kept, missed, running }
}
