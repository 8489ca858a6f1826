package app.handshake.shared;

import java.util.UUID;

/** The record does not exist, or the caller may not know that it exists. */
public class RecordNotFoundException extends RuntimeException {

    private final String kind;
    private final UUID id;

    public RecordNotFoundException(String kind, UUID id) {
        super("No " + kind + " with id " + id);
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public UUID id() {
        return id;
    }
}
