package app.handshake.imports.web;

import app.handshake.imports.ImportJob;
import java.util.Locale;

/** An import's progress in words for its page: "1.2 MB of 4.0 MB", "about 2 minutes left". */
record ImportProgress(int percent, String read, String timeLeft) {

    static ImportProgress of(ImportJob job) {
        String read = job.bytesTotal() > 0 ? size(job.bytesRead()) + " of " + size(job.bytesTotal()) : null;
        return new ImportProgress(job.percent(), read, job.inProgress() ? timeLeft(job.secondsLeft()) : null);
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / (1024.0 * 1024 * 1024));
    }

    static String timeLeft(Long seconds) {
        if (seconds == null) {
            return "estimating the time left";
        }
        if (seconds < 5) {
            return "a few seconds left";
        }
        if (seconds < 90) {
            return "about " + seconds + " seconds left";
        }
        if (seconds < 90 * 60) {
            return "about " + Math.round(seconds / 60.0) + " minutes left";
        }
        return "about " + Math.round(seconds / 3600.0) + " hours left";
    }
}
