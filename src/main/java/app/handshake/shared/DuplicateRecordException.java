package app.handshake.shared;

import java.util.UUID;

/** Storing the record would duplicate an existing one; names the record that already holds the value. */
public class DuplicateRecordException extends RuntimeException {

    private final String kind;
    private final UUID existingId;

    public DuplicateRecordException(String kind, UUID existingId, String message) {
        super(message);
        this.kind = kind;
        this.existingId = existingId;
    }

    public String kind() {
        return kind;
    }

    public UUID existingId() {
        return existingId;
    }
}
