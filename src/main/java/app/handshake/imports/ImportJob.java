package app.handshake.imports;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its owner follows it: progress while it runs, then the outcome. A failed import imported
 * nothing, and {@code problem} says why and where. {@code notes} lists the first warnings and skipped
 * records; {@code warnings} and {@code skipped} count them all. {@code skippedAutomatic} counts the skipped
 * messages that no person wrote (delivery reports, auto-replies, mailing lists, no-reply senders).
 * {@code outsideWindow}: calendar events left out because they took place before the import window
 * ({@code since}) or have not taken place yet. {@code bytesRead} of {@code bytesTotal} is how far the reader is in
 * the file, and {@code secondsLeft} the time left at the rate so far (null until it can be told, and once done).
 */
public record ImportJob(UUID id, String fileName, ImportFormat format, String layout, Status status, boolean dryRun,
        boolean skipBad, boolean shared, long recordsRead, long created, long updated, long unchanged, long skipped,
        long skippedAutomatic, long failed, long peopleCreated, long warnings, long outsideWindow,
        @Schema(description = "Bytes of the file read so far") long bytesRead,
        @Schema(description = "The file's size in bytes") long bytesTotal,
        @Schema(description = "Seconds left at the rate so far; null until it can be told, and once the job ended")
        Long secondsLeft,
        Problem problem, List<Note> notes, OffsetDateTime createdAt, OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {

    /** How far the reader is in the file, 0 to 100; a finished job read it all. */
    public int percent() {
        if (status == Status.succeeded) {
            return 100;
        }
        return bytesTotal <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    /** Still queued or running. */
    public boolean inProgress() {
        return status == Status.queued || status == Status.running;
    }

    public enum Status {
        queued, running, succeeded, failed, cancelled
    }

    /** Why an import failed, and the place in the file ("contacts.csv, line 12"). */
    public record Problem(String detail, String place) {}

    /** A warning or a skipped record, at its place in the file. */
    public record Note(String kind, String place, String message) {}
}
