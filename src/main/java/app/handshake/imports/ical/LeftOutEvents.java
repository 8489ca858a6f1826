package app.handshake.imports.ical;

import app.handshake.imports.incoming.LeftOut;
import app.handshake.imports.incoming.ReadOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The events of one calendar file that give no meeting on purpose, counted as the file is read and summed up
 * once at its end, so that a file of old meetings does not come back as "0 read" without a word.
 */
final class LeftOutEvents {

    private final ReadOptions options;
    private long skipped;
    private long beforeWindow;
    private long stillToCome;
    private long afterFileLimit;

    LeftOutEvents(ReadOptions options) {
        this.options = options;
    }

    /** Passed over for a reason (all-day, cancelled). */
    void skipped() {
        skipped++;
    }

    /**
     * No occurrence in the window: still to come when it starts after the window, else over before the window
     * began (a series that ended, or whose last occurrences were excluded).
     */
    void outsideWindow(Instant first) {
        if (first.isAfter(options.now().toInstant())) {
            stillToCome++;
        } else {
            beforeWindow++;
        }
    }

    /** Comes after the file gave as many meetings as one file may. */
    void afterFileLimit() {
        afterFileLimit++;
    }

    LeftOut counts() {
        return new LeftOut(skipped, beforeWindow + stillToCome);
    }

    /** What the whole file left out, for the end of the file. */
    List<String> summary() {
        List<String> summary = new ArrayList<>();
        long outside = beforeWindow + stillToCome;
        if (outside > 0) {
            summary.add(outside + (outside == 1 ? " event lies" : " events lie") + " outside the import window ("
                    + options.since().toLocalDate() + " to " + options.now().toLocalDate() + ") and "
                    + (outside == 1 ? "was" : "were") + " left out: " + beforeWindow + " before it, " + stillToCome
                    + " still to come; import again with an earlier 'since' to include older meetings");
        }
        if (afterFileLimit > 0) {
            summary.add(afterFileLimit + (afterFileLimit == 1 ? " event" : " events") + " after the file's limit of "
                    + String.format(Locale.ROOT, "%,d", options.occurrences().perFile())
                    + " meetings left out (setting handshake.imports.occurrences-per-file)");
        }
        return summary;
    }
}
