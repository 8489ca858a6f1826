package app.handshake.shared;

/** The request is understood and allowed, but the state of things refuses it (an admin disabling themselves). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
