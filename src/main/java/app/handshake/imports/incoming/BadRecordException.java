package app.handshake.imports.incoming;

/** One record of a file cannot be understood; the records after it may still be read. */
public class BadRecordException extends RuntimeException {

    private final transient Origin origin;

    public BadRecordException(Origin origin, String reason) {
        super(reason);
        this.origin = origin;
    }

    public Origin origin() {
        return origin;
    }
}
