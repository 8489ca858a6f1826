package app.handshake.accounts;

import app.handshake.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;

/** The rules a new password must meet. BCrypt reads 72 bytes at most, so longer ones are refused, not cut. */
final class Passwords {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    private Passwords() {}

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidRequestException(field, "must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequestException(field, "must be at most " + MAX_BYTES + " bytes long");
        }
        if (password.isBlank()) {
            throw new InvalidRequestException(field, "must not be only spaces");
        }
    }
}
