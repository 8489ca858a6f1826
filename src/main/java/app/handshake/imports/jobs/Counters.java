package app.handshake.imports.jobs;

/** What an import has done so far; written to its job as it goes. */
final class Counters {
    long read;
    long created;
    long updated;
    long unchanged;
    long skipped;
    /** Of the skipped: automatic mail (delivery reports, auto-replies, mailing lists, no-reply senders). */
    long skippedAutomatic;
    long failed;
    long peopleCreated;
    long warnings;
    long outsideWindow;
    /** Of {@code skipped}, those the reader left out itself: its count is a running total. */
    long skippedByReader;
    /** Bytes of the file the reader consumed, and the file's size. */
    java.util.function.LongSupplier bytesRead = () -> 0;
    long bytesTotal;
    /** At the rate so far; null until it can be told. */
    Long secondsLeft;
}
