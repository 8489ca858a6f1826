package app.handshake.shared;

/** The caller wrote on top of a version that someone else has changed since; nothing was written. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(String kind, long expected, long current) {
        super("The " + kind + " has changed since you read it (you sent version " + expected
                + ", it is now at version " + current + ")");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
