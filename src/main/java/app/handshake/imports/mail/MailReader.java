package app.handshake.imports.mail;

import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.Warnings;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.shared.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.Field;

/** Reads the emails of an mbox file or of one saved message (.eml), one message at a time. */
public final class MailReader implements RecordReader {

    private final InputStream in;
    private final MboxSplitter splitter;
    private final ReadOptions options;
    private final boolean mbox;
    private final Warnings warnings = new Warnings();
    private long record;
    private boolean finished;

    private MailReader(InputStream in, ReadOptions options, boolean mbox) {
        this.in = in;
        this.options = options;
        this.mbox = mbox;
        this.splitter = new MboxSplitter(in, options.fileName(), mbox);
    }

    /** A mailbox: messages each after a {@code From } line. */
    public static MailReader mbox(InputStream in, ReadOptions options) {
        return new MailReader(in, options, true);
    }

    /** One RFC 5322 message, with or without a {@code From } line before its headers. */
    public static MailReader message(InputStream in, ReadOptions options) {
        return new MailReader(in, options, false);
    }

    @Override
    public Incoming next() throws IOException {
        if (finished) {
            return null;
        }
        try {
            MboxSplitter.MessageBytes message = splitter.next();
            if (message == null) {
                finished = true;
                return null;
            }
            Origin origin = new Origin(options.fileName(), message.firstLine(), ++record);
            Consumer<String> warn = text -> warnings.add(new Notice(origin, text));
            MessageParser.Parsed parsed;
            try {
                parsed = MessageParser.parse(message, options.keepBodies(), warn);
            } catch (MimeException e) {
                throw new BadRecordException(origin, "the headers cannot be read: " + e.getMessage());
            } finally {
                message.skipRest();
                message.notes().forEach(note -> warnings.add(new Notice(origin.atLine(note.line()), note.text())));
            }
            if (!mbox && !parsed.headers().looksLikeMail()) {
                throw new UnreadableFileException(origin,
                        "not an email: the file does not start with mail headers (From, To, Date, Subject ...)");
            }
            if (message.endedAtEndOfFile() && !message.blankLineSeen()) {
                throw new UnreadableFileException(origin, "the file ends at line " + message.lastLine()
                        + " in the middle of the headers of the message starting here: it seems cut off");
            }
            return incoming(origin, parsed, warn);
        } catch (UnreadableFileException e) {
            finished = true;
            throw e;
        }
    }

    private IncomingMessage incoming(Origin origin, MessageParser.Parsed parsed, Consumer<String> warn) {
        HeaderFields headers = parsed.headers();
        Charset chosen = options.charset();
        OffsetDateTime sentAt = MailDates.sentAt(headers.first("date"), warn);
        if (sentAt == null) {
            throw new BadRecordException(origin, "no usable Date header");
        }
        String messageId = MessageIds.own(raw(headers.first("message-id"), warn), warn);
        if (messageId == null) {
            Consumer<String> alreadyTold = text -> { };
            messageId = "digest:" + Digests.sha256Hex(String.join("\n", raw(headers.first("date"), alreadyTold),
                    raw(headers.first("from"), alreadyTold), raw(headers.first("subject"), alreadyTold)));
            warn.accept("no Message-ID; the message is known by a digest of its Date, From and Subject instead");
        }
        String threadId = firstNonNull(MessageIds.first(raw(headers.first("references"), warn)),
                MessageIds.first(raw(headers.first("in-reply-to"), warn)), messageId);
        Field subjectField = headers.first("subject");
        String subject = subjectField == null ? null : HeaderText.decoded(subjectField, chosen, warn);
        Address from = MailAddresses.first(headers.first("from"), chosen, warn);
        if (from == null) {
            from = MailAddresses.first(headers.first("sender"), chosen, warn);
        }
        if (from == null) {
            warn.accept("no From or Sender address; the message is read without a sender");
        }
        List<Address> to = MailAddresses.read(headers.all("to"), chosen, warn);
        List<Address> cc = MailAddresses.read(headers.all("cc"), chosen, warn);
        return new IncomingMessage(origin, messageId, threadId, sentAt, subject, from, to, cc, parsed.body());
    }

    private String raw(Field field, Consumer<String> warn) {
        return field == null ? "" : HeaderText.raw(field, options.charset(), warn);
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public List<Notice> drainWarnings() {
        return warnings.drain();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
