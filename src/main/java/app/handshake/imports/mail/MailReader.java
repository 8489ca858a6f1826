package app.handshake.imports.mail;

import app.handshake.imports.ical.Invitation;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.Warnings;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.james.mime4j.MimeException;

/**
 * Reads the emails of an mbox file or of one saved message (.eml), one message at a time: each is an
 * {@link IncomingMessage}, or an {@link app.handshake.imports.incoming.IncomingMeeting} when it invites to one.
 */
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
            MessageBytes message = splitter.next();
            if (message == null) {
                finished = true;
                return null;
            }
            Origin origin = new Origin(options.fileName(), message.firstLine(), ++record);
            Consumer<String> warn = text -> warnings.add(new Notice(origin, text));
            MessageParser.Parsed parsed;
            try {
                parsed = MessageParser.parse(message, message.headerLine(), options.keepBodies(), warn);
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
            Invitation invitation = parsed.calendar() == null ? null : parsed.calendar().invitation(origin, warn);
            IncomingMessage mail = new MessageHeaders(parsed.headers(), origin, options.charset(), warnings::add)
                    .message(parsed.body(), invitation == null ? null : invitation.method());
            return InvitationMail.of(mail, invitation);
        } catch (UnreadableFileException e) {
            finished = true;
            throw e;
        }
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
