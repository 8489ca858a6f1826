package app.handshake.imports.backup;

/** A backup file that cannot be restored as it is; the place says where in the file, when known. */
public class InvalidBackupException extends RuntimeException {

    private final String place;

    InvalidBackupException(String message, String place) {
        super(message);
        this.place = place;
    }

    /** "line 12, column 40" of the file, or null when the fault is not at one place. */
    public String place() {
        return place;
    }
}
