package app.handshake.imports.mail;

import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Cuts a mail file into messages as the bytes go by, counting lines, so that a mailbox of any size is read
 * through one small buffer. mime4j's mbox iterator is not used: it memory-maps a file and decodes each
 * message into a CharBuffer of a fixed maximum size, so it needs a file on disk rather than an upload and
 * holds whole messages, attachments included.
 *
 * <p>In an mbox, a line starting with {@code From } ends the message before it (mboxo and mboxrd alike)
 * and a body line quoted as {@code >From } (or {@code >>From } ...) loses one {@code >}. A single message
 * may start with such a line too (Thunderbird's {@code From - date}); it is skipped and never splits the
 * message.
 */
final class MboxSplitter {

    private static final int BUFFER = 64 * 1024;
    private static final int SAMPLE = 8 * 1024;
    private static final byte[] SEPARATOR = "From ".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    private final String file;
    private final boolean mbox;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private boolean endOfFile;
    private long line = 1;
    private MessageBytes current;

    MboxSplitter(InputStream in, String file, boolean mbox) {
        this.in = in;
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
        if (!mbox || current.endedAtEndOfFile) {
            return null;
        }
        long start = line;
        skipLine();
        current = new MessageBytes(start);
        return current;
    }

    private MessageBytes first() throws IOException {
        ensure(SAMPLE);
        rejectBinary();
        while (has(1) && isBlankLineAhead()) {
            skipLine();
        }
        if (!has(1)) {
            throw new UnreadableFileException(new Origin(file, line, 0), "the file is empty");
        }
        long start = line;
        if (startsWithSeparator(0)) {
            skipLine();
        } else if (mbox) {
            throw new UnreadableFileException(new Origin(file, line, 0),
                    "not an mbox file: a mailbox starts with a \"From \" line before each message");
        }
        return new MessageBytes(start);
    }

    private void rejectBinary() {
        long lineOfZero = line;
        for (int i = position; i < limit; i++) {
            if (buffer[i] == 0) {
                throw new UnreadableFileException(new Origin(file, lineOfZero, 0), "this is a binary file, not mail");
            }
            if (buffer[i] == '\n') {
                lineOfZero++;
            }
        }
    }

    private boolean isBlankLineAhead() throws IOException {
        for (int offset = 0; has(offset + 1); offset++) {
            byte b = buffer[position + offset];
            if (b == '\n') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void skipLine() throws IOException {
        while (has(1)) {
            int newline = indexOfNewline(position, limit);
            if (newline >= 0) {
                position = newline + 1;
                line++;
                return;
            }
            position = limit;
        }
    }

    private boolean startsWithSeparator(int offset) throws IOException {
        if (!has(offset + SEPARATOR.length)) {
            return false;
        }
        for (int i = 0; i < SEPARATOR.length; i++) {
            if (buffer[position + offset + i] != SEPARATOR[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code count} bytes lie ahead of the position, reading more if they are not yet in. */
    private boolean has(int count) throws IOException {
        return limit - position >= count || ensure(count);
    }

    private boolean ensure(int count) throws IOException {
        if (count > BUFFER) {
            return false;
        }
        if (limit - position < count && position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit - position < count && !endOfFile) {
            int read = in.read(buffer, limit, BUFFER - limit);
            if (read < 0) {
                endOfFile = true;
            } else {
                limit += read;
            }
        }
        return limit - position >= count;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The bytes of one message, ending where the next one starts or where the file ends. */
    final class MessageBytes extends InputStream {

        private final long firstLine;
        private final byte[] one = new byte[1];
        private boolean atLineStart = true;
        private boolean ended;
        private boolean endedAtEndOfFile;
        private boolean blankLineSeen;

        private MessageBytes(long firstLine) {
            this.firstLine = firstLine;
        }

        /** The line the message starts on: its {@code From } line when it has one. */
        long firstLine() {
            return firstLine;
        }

        /** The last line of the message, once it has been read to its end. */
        long lastLine() {
            return atLineStart && line > firstLine ? line - 1 : line;
        }

        boolean endedAtEndOfFile() {
            return endedAtEndOfFile;
        }

        /** Whether an empty line went by: without one, the headers never ended. */
        boolean blankLineSeen() {
            return blankLineSeen;
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return length == 0 ? 0 : pass(target, offset, length);
        }

        /** Hands on up to one line's bytes from the buffer, or drops them when there is no target. */
        private int pass(byte[] target, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            if (atLineStart) {
                if (!startLine()) {
                    return -1;
                }
            } else if (!has(1)) {
                ended = true;
                endedAtEndOfFile = true;
                return -1;
            }
            int count = Math.min(length, limit - position);
            int newline = indexOfNewline(position, position + count);
            if (newline >= 0) {
                count = newline - position + 1;
                atLineStart = true;
                line++;
            }
            if (target != null) {
                System.arraycopy(buffer, position, target, offset, count);
            }
            position += count;
            return count;
        }

        /** Looks at the start of a line: the end of the message, a quoted {@code From }, an empty line. */
        private boolean startLine() throws IOException {
            if (!has(1)) {
                ended = true;
                endedAtEndOfFile = true;
                return false;
            }
            if (mbox && startsWithSeparator(0)) {
                ended = true;
                return false;
            }
            if (mbox && buffer[position] == '>') {
                int quotes = 1;
                while (has(quotes + 1) && buffer[position + quotes] == '>') {
                    quotes++;
                }
                if (startsWithSeparator(quotes)) {
                    position++;
                }
            }
            byte first = buffer[position];
            if (first == '\n' || first == '\r' && has(2) && buffer[position + 1] == '\n') {
                blankLineSeen = true;
            }
            atLineStart = false;
            return true;
        }

        /** Reads to the end of the message without keeping anything, so the next one can start. */
        void skipRest() throws IOException {
            while (pass(null, 0, BUFFER) >= 0) {
                // dropped: what was needed of this message has been read
            }
        }
    }
}
