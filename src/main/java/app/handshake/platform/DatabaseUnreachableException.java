package app.handshake.platform;

import java.time.Duration;

/** The database did not answer within the time Handshake waits for it at start-up. */
class DatabaseUnreachableException extends RuntimeException {

    private final String url;
    private final String reason;

    DatabaseUnreachableException(String url, String reason, Duration waited) {
        super("The database at " + url + " is not reachable after " + waited.toSeconds() + " s: " + reason);
        this.url = url;
        this.reason = reason;
    }

    String url() {
        return url;
    }

    String reason() {
        return reason;
    }

    /** The deepest cause's message, on one line: "Connection refused", "password authentication failed ...". */
    static String reason(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause() != deepest) {
            deepest = deepest.getCause();
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The URL without its parameters, which may hold a password. */
    static String withoutSecrets(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return url.substring(0, cut);
    }
}
