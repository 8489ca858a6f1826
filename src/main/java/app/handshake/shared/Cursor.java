package app.handshake.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Position in a list ordered by a sort key and then by id. Opaque to clients: they get it as a string
 * from one page and send it back for the next.
 */
public record Cursor(String sortKey, UUID id) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = sortKey + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int at = raw.lastIndexOf(SEPARATOR);
            return new Cursor(raw.substring(0, at), UUID.fromString(raw.substring(at + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidRequestException("after", "is not a cursor this server handed out");
        }
    }
}
