package app.handshake.imports.mail;

import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a mail file into messages as the bytes go by, counting lines, so that a mailbox of any size is read
 * through one small buffer. mime4j's mbox iterator is not used: it memory-maps a file and decodes each
 * message into a CharBuffer of a fixed maximum size, so it needs a file on disk rather than an upload and
 * holds whole messages, attachments included.
 *
 * <p>In an mbox, a message ends where a real envelope line starts the next one: a line after an empty line
 * (or at the start of the file) that reads {@code From sender date} ({@link EnvelopeLine}). Body text such
 * as "From the desk of ..." is therefore body text, whichever mbox variant wrote the file. A body line quoted
 * as {@code >From } (or {@code >>From } ...) loses one {@code >} (mboxrd). A Content-Length header (mboxcl,
 * mboxcl2) is honoured when a message starts where it says the body ends: then an unquoted envelope line
 * inside that body stays body text, and the next message may follow without an empty line. A single message
 * may start with such a line too (Thunderbird's {@code From - date}); it is skipped and never splits the
 * message.
 */
final class MboxSplitter {

    private static final int SAMPLE = 8 * 1024;

    private final MailBuffer bytes;
    private final String file;
    private final boolean mbox;
    private MessageBytes current;

    MboxSplitter(InputStream in, String file, boolean mbox) {
        this.bytes = new MailBuffer(in);
        this.file = file;
        this.mbox = mbox;
    }

    /** The next message, positioned at its first header line; null when the file has no more. */
    MessageBytes next() throws IOException {
        if (current == null) {
            current = first();
            return current;
        }
        current.skipRest();
        if (!mbox || current.endedAtEndOfFile()) {
            return null;
        }
        long start = bytes.line();
        bytes.skipLine();
        current = new MessageBytes(bytes, true, start, start + 1);
        return current;
    }

    private MessageBytes first() throws IOException {
        long lineOfZero = bytes.lineOfZeroByte(SAMPLE);
        if (lineOfZero > 0) {
            throw new UnreadableFileException(new Origin(file, lineOfZero, 0), "this is a binary file, not mail");
        }
        while (bytes.has(1) && bytes.isBlankLineAhead(0)) {
            bytes.skipLine();
        }
        if (!bytes.has(1)) {
            throw new UnreadableFileException(new Origin(file, bytes.line(), 0), "the file is empty");
        }
        long start = bytes.line();
        if (EnvelopeLine.startsAhead(bytes, 0)) {
            // the start of the file is no place for body text: any "From " line here opens the first message
            bytes.skipLine();
        } else if (mbox) {
            throw new UnreadableFileException(new Origin(file, start, 0),
                    "not an mbox file: a mailbox starts with a \"From \" line before each message");
        }
        return new MessageBytes(bytes, mbox, start, bytes.line());
    }
}
