package app.handshake.deals;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;

/**
 * The months since a loss that some touchpoints keep, as marks: one character a month from the loss on, '1' for
 * kept, up to the last month kept. A month is kept as {@link NurtureFigures#months} says: by a touchpoint within
 * it, or, when the deal is nurtured less often than monthly, within the interval before its end; so a touchpoint
 * keeps its own month and the next ones that end within the interval after it.
 */
final class NurtureMonths {

    private final OffsetDateTime since;
    private final int interval;
    private final String marks;

    private NurtureMonths(OffsetDateTime since, int interval, String marks) {
        this.since = since;
        this.interval = interval;
        this.marks = marks;
    }

    /** The months kept by these touchpoints, none of them before the loss. */
    static NurtureMonths keptBy(OffsetDateTime since, int interval, Collection<OffsetDateTime> touches) {
        char[] marks = new char[0];
        for (OffsetDateTime at : touches) {
            int[] kept = keptBy(since, interval, at);
            if (kept[1] >= marks.length) {
                int length = marks.length;
                marks = Arrays.copyOf(marks, kept[1] + 1);
                Arrays.fill(marks, length, marks.length, '0');
            }
            Arrays.fill(marks, kept[0], kept[1] + 1, '1');
        }
        return new NurtureMonths(since, interval, new String(marks));
    }

    String marks() {
        return marks;
    }

    /** Whether a touchpoint at this moment would keep a month these marks do not. */
    boolean keepsMoreThan(OffsetDateTime at) {
        int[] kept = keptBy(since, interval, at);
        for (int month = kept[0]; month <= kept[1]; month++) {
            if (!kept(marks, month)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the month (0 for the first after the loss) is marked kept. */
    static boolean kept(String marks, int month) {
        return month < marks.length() && marks.charAt(month) == '1';
    }

    /**
     * The first and last month (0 for the first after the loss) that a touchpoint at this moment keeps: the month it
     * falls in, and each next one whose end minus the interval is not after it; for a moment before the loss, only
     * those of the latter kind, and an empty range (0, -1) if there are none.
     */
    static int[] keptBy(OffsetDateTime since, int interval, OffsetDateTime at) {
        int month = 0;
        if (at.isBefore(since)) {
            // Before the loss: only the months whose end minus the interval is not after it.
            if (since.plusMonths(1).minusDays(interval).isAfter(at)) {
                return new int[] {0, -1};
            }
        } else {
            month = (int) Math.max(0, ChronoUnit.MONTHS.between(since, at));
            while (month > 0 && since.plusMonths(month).isAfter(at)) {
                month--;
            }
            while (!since.plusMonths(month + 1).isAfter(at)) {
                month++;
            }
        }
        int last = month;
        while (!since.plusMonths(last + 2).minusDays(interval).isAfter(at)) {
            last++;
        }
        return new int[] {month, last};
    }
}
