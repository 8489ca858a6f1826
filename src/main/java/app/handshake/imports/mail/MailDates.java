package app.handshake.imports.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.Consumer;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.DateTimeFieldImpl;
import org.apache.james.mime4j.field.DateTimeFieldLenientImpl;
import org.apache.james.mime4j.stream.Field;

/**
 * The Date header as an instant in UTC. mime4j's grammar parser comes first: it knows RFC 5322 and the
 * obsolete forms clients still write (no weekday, two-digit years, EST or GMT for the zone, comments).
 * Its lenient parser is the fallback for dates that break the grammar, with a warning, because it
 * takes a date without a zone for UTC.
 */
final class MailDates {

    private MailDates() {}

    /** The moment the message was sent, or null when the header is missing or says no date. */
    static OffsetDateTime sentAt(Field date, Consumer<String> warn) {
        if (date == null || date.getBody() == null || date.getBody().isBlank()) {
            return null;
        }
        Date strict = DateTimeFieldImpl.PARSER.parse(date, DecodeMonitor.SILENT).getDate();
        if (strict != null) {
            return OffsetDateTime.ofInstant(strict.toInstant(), ZoneOffset.UTC);
        }
        Date lenient = DateTimeFieldLenientImpl.PARSER.parse(date, DecodeMonitor.SILENT).getDate();
        if (lenient == null) {
            return null;
        }
        OffsetDateTime sentAt = OffsetDateTime.ofInstant(lenient.toInstant(), ZoneOffset.UTC);
        warn.accept("the Date header \"" + date.getBody().strip() + "\" is not in the standard form; read as "
                + sentAt + " (UTC when it names no zone)");
        return sentAt;
    }
}
