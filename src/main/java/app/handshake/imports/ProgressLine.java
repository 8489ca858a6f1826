package app.handshake.imports;

import app.handshake.accounts.Actor;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Follows an import on one line of the terminal: how much has been read and made so far, redrawn in
 * place, so that a long import shows it is moving.
 */
final class ProgressLine {

    private final PrintStream err;

    ProgressLine(PrintStream err) {
        this.err = err;
    }

    /** " (3 automatic mail)" after the skipped count, when there is any. */
    static String automatic(ImportJob job) {
        return job.skippedAutomatic() == 0 ? "" : " (" + job.skippedAutomatic() + " automatic mail)";
    }

    ImportJob follow(Imports imports, Actor actor, ImportRequest request, Path file) {
        // The job deletes the file it imports: give it a copy.
        Path copy;
        try {
            copy = Imports.newUpload();
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Cannot read " + file + ": " + e.getMessage());
        }
        UUID id = imports.start(actor, request, copy).id();
        String[] spinner = {"|", "/", "-", "\\"};
        for (int tick = 0; ; tick++) {
            ImportJob job = imports.get(actor, id);
            if (job.status() != ImportJob.Status.queued && job.status() != ImportJob.Status.running) {
                err.print("\r" + " ".repeat(100) + "\r");
                return job;
            }
            err.printf("\r%s %s: %d%%, %,d read, %,d created, %,d updated, %,d skipped%s%s", spinner[tick % 4],
                    request.fileName(), job.percent(), job.recordsRead(), job.created(), job.updated(), job.skipped(), automatic(job),
                    CommandLine.outsideWindow(job));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return imports.get(actor, id);
            }
        }
    }
}
