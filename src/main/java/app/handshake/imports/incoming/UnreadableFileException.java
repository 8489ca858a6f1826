package app.handshake.imports.incoming;

/** The file as a whole cannot be read: truncated, binary, or not of the format it was read as. */
public class UnreadableFileException extends RuntimeException {

    private final transient Origin origin;

    public UnreadableFileException(Origin origin, String reason) {
        super(reason);
        this.origin = origin;
    }

    public Origin origin() {
        return origin;
    }
}
