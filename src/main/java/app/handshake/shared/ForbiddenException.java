package app.handshake.shared;

/** The caller may see the record but may not do this to it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
