package app.handshake.imports.incoming;

/**
 * How many meetings one calendar file may give: a rule such as "daily, at every hour and minute" or a file
 * of fifty thousand RDATEs must not become millions of meetings, nor keep an import busy for half an hour.
 * {@code perEvent} bounds the occurrences of one event, {@code perFile} those of the whole file.
 */
public record OccurrenceLimits(int perEvent, int perFile) {

    /** A daily meeting over the default window of five years (1,827 days) stays whole. */
    public static final int PER_EVENT = 2_000;
    public static final int PER_FILE = 100_000;
    public static final OccurrenceLimits DEFAULT = new OccurrenceLimits(PER_EVENT, PER_FILE);

    public OccurrenceLimits {
        if (perEvent < 1 || perFile < 1) {
            throw new IllegalArgumentException("occurrence limits must be at least 1, not " + perEvent + " and "
                    + perFile);
        }
    }
}
