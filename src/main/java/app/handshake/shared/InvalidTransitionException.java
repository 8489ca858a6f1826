package app.handshake.shared;

/** A record asked to go where it cannot from where it is (winning a lost deal without reopening it). */
public class InvalidTransitionException extends ConflictException {

    public InvalidTransitionException(String message) {
        super(message);
    }
}
