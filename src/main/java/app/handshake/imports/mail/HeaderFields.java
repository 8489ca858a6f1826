package app.handshake.imports.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.james.mime4j.stream.Field;

/** The header fields of one message that an import uses, as mime4j found them (not yet decoded). */
final class HeaderFields {

    private static final Set<String> KEPT = Set.of("message-id", "references", "in-reply-to", "date", "subject",
            "from", "sender", "to", "cc", "content-type", "auto-submitted", "x-autoreply", "x-autorespond",
            "precedence", "list-id", "list-unsubscribe");

    /** Fields only mail has: a file without any of them is something else that happens to have colons. */
    private static final Set<String> MAIL_ONLY = Set.of("message-id", "references", "in-reply-to", "date",
            "subject", "from", "sender", "to", "cc", "bcc", "reply-to", "received", "return-path", "mime-version",
            "delivered-to");

    private final Map<String, List<Field>> fields = new HashMap<>();
    private final Map<Field, Long> lines = new IdentityHashMap<>();
    private boolean mail;

    /** A field, and the line of the file it starts on. */
    void add(Field field, long line) {
        String name = field.getNameLowerCase();
        mail |= MAIL_ONLY.contains(name);
        if (KEPT.contains(name)) {
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(field);
            lines.put(field, line);
        }
    }

    /** The line a kept field starts on. */
    long lineOf(Field field) {
        return lines.get(field);
    }

    /** The first field of that name (lower case), or null. */
    Field first(String name) {
        List<Field> named = fields.get(name);
        return named == null ? null : named.getFirst();
    }

    /** Every field of that name, in order: some clients write To or Cc twice. */
    List<Field> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    boolean looksLikeMail() {
        return mail;
    }
}
