package app.handshake.shared;

/** A rule of the domain refuses the request; the message says why in the user's words. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, or null when the request as a whole is refused. */
    public String field() {
        return field;
    }
}
