package app.handshake.imports.mail;

import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.shared.Digests;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.james.mime4j.stream.Field;

/**
 * What an import needs from the header of one message: ids, thread, date, subject and people. Each
 * deviation is told at the line of the header it is about, so that it can be found in the file.
 */
final class MessageHeaders {

    private static final Consumer<String> ALREADY_TOLD = text -> { };

    private final HeaderFields headers;
    private final Origin origin;
    private final Charset chosen;
    private final Consumer<Notice> notices;

    MessageHeaders(HeaderFields headers, Origin origin, Charset chosen, Consumer<Notice> notices) {
        this.headers = headers;
        this.origin = origin;
        this.chosen = chosen;
        this.notices = notices;
    }

    /** The message; {@code calendarMethod} is the iTIP method of a calendar it carries, or null. */
    IncomingMessage message(String body, String calendarMethod) {
        Field date = headers.first("date");
        OffsetDateTime sentAt = MailDates.sentAt(date, at(date));
        if (sentAt == null) {
            throw new BadRecordException(date == null ? origin : placeOf(date), "no usable Date header");
        }
        String messageId = MessageIds.own(raw(headers.first("message-id")), at(headers.first("message-id")));
        if (messageId == null) {
            messageId = "digest:" + Digests.sha256Hex(String.join("\n", raw(date, ALREADY_TOLD),
                    raw(headers.first("from"), ALREADY_TOLD), raw(headers.first("subject"), ALREADY_TOLD)));
            at(null).accept("no Message-ID; the message is known by a digest of its Date, From and Subject instead");
        }
        String threadId = firstNonNull(MessageIds.first(raw(headers.first("references"))),
                MessageIds.first(raw(headers.first("in-reply-to"))), messageId);
        Field subjectField = headers.first("subject");
        String subject = subjectField == null ? null : HeaderText.decoded(subjectField, chosen, at(subjectField));
        Address from = sender();
        return new IncomingMessage(origin, messageId, threadId, sentAt, subject, from, addresses("to"),
                addresses("cc"), body, AutomaticMail.reason(headers, from, calendarMethod));
    }

    /** From, else Sender (some gateways write only that). */
    Address sender() {
        Address from = MailAddresses.first(headers.first("from"), chosen, at(headers.first("from")));
        if (from == null) {
            from = MailAddresses.first(headers.first("sender"), chosen, at(headers.first("sender")));
        }
        if (from == null) {
            at(null).accept("no From or Sender address; the message is read without a sender");
        }
        return from;
    }

    private List<Address> addresses(String name) {
        List<Address> addresses = new ArrayList<>();
        for (Field field : headers.all(name)) {
            addresses.addAll(MailAddresses.read(List.of(field), chosen, at(field)));
        }
        return addresses;
    }

    private String raw(Field field) {
        return raw(field, at(field));
    }

    private String raw(Field field, Consumer<String> warn) {
        return field == null ? "" : HeaderText.raw(field, chosen, warn);
    }

    /** Tells about the header at its line; about the message at its first line when there is no header. */
    private Consumer<String> at(Field field) {
        Origin place = field == null ? origin : placeOf(field);
        return text -> notices.accept(new Notice(place, text));
    }

    private Origin placeOf(Field field) {
        return origin.atLine(headers.lineOf(field));
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
