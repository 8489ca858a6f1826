package app.handshake.imports.mail;

import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    private static final int BUFFER = 64 * 1024;
    private static final int SAMPLE = 8 * 1024;
    /** Room kept for the envelope line after the end a Content-Length gives, when checking it. */
    private static final int LOOKAHEAD = 2 * EnvelopeLine.LONGEST;
    private static final byte[] SEPARATOR = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final String CONTENT_LENGTH = "content-length:";

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

    /** Something noticed about the file at a line while a message was cut out of it. */
    record Note(long line, String text) {}

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
        current = new MessageBytes(start, start + 1);
        return current;
    }

    private MessageBytes first() throws IOException {
        ensure(SAMPLE);
        rejectBinary();
        while (has(1) && isBlankLineAhead(0)) {
            skipLine();
        }
        if (!has(1)) {
            throw new UnreadableFileException(new Origin(file, line, 0), "the file is empty");
        }
        long start = line;
        if (startsWithSeparator(0)) {
            // the start of the file is no place for body text: any "From " line here opens the first message
            skipLine();
        } else if (mbox) {
            throw new UnreadableFileException(new Origin(file, line, 0),
                    "not an mbox file: a mailbox starts with a \"From \" line before each message");
        }
        return new MessageBytes(start, line);
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

    /** Whether the line {@code offset} bytes ahead holds nothing but white space. */
    private boolean isBlankLineAhead(int offset) throws IOException {
        for (int i = offset; has(i + 1); i++) {
            byte b = buffer[position + i];
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

    /** Whether an envelope line starts {@code offset} bytes ahead. */
    private boolean envelopeAhead(int offset) throws IOException {
        if (!startsWithSeparator(offset)) {
            return false;
        }
        String text = lineAhead(offset, EnvelopeLine.LONGEST);
        return text != null && EnvelopeLine.matches(text);
    }

    /** Whether, {@code offset} bytes ahead, only empty lines come before the end of the file or an envelope line. */
    private boolean messageStartsAhead(int offset) throws IOException {
        int at = offset;
        while (at < BUFFER - LOOKAHEAD) {
            if (!has(at + 1)) {
                return true;
            }
            int length = blankLineLength(at);
            if (length == 0) {
                return envelopeAhead(at);
            }
            at += length;
        }
        return false;
    }

    /** The length of the empty line (with its line break) {@code offset} bytes ahead, 0 if it is not empty. */
    private int blankLineLength(int offset) throws IOException {
        if (buffer[position + offset] == '\n') {
            return 1;
        }
        return buffer[position + offset] == '\r' && has(offset + 2) && buffer[position + offset + 1] == '\n' ? 2 : 0;
    }

    /** The text of the line {@code offset} bytes ahead, without its line break; null when longer than {@code max}. */
    private String lineAhead(int offset, int max) throws IOException {
        int end = offset;
        while (has(end + 1) && buffer[position + end] != '\n') {
            if (end - offset > max) {
                return null;
            }
            end++;
        }
        int length = end - offset;
        if (length > 0 && buffer[position + end - 1] == '\r') {
            length--;
        }
        return new String(buffer, position + offset, length, StandardCharsets.ISO_8859_1);
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
        private final long headerLine;
        private final byte[] one = new byte[1];
        private final List<Note> notes = new ArrayList<>();
        private boolean atLineStart = true;
        private boolean ended;
        private boolean endedAtEndOfFile;
        private boolean blankLineSeen;
        private boolean lineBlank;
        private boolean previousLineBlank;
        private boolean inHeaders = true;
        private boolean lastHeaderLine;
        /** The body's length as its Content-Length header gives it; -1 when there is none, or it proved wrong. */
        private long contentLength = -1;
        private long contentLengthLine;
        private long bodyBytes;
        private boolean contentLengthReached;

        private MessageBytes(long firstLine, long headerLine) {
            this.firstLine = firstLine;
            this.headerLine = headerLine;
        }

        /** The line the message starts on: its {@code From } line when it has one. */
        long firstLine() {
            return firstLine;
        }

        /** The line of its first header. */
        long headerLine() {
            return headerLine;
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

        /** What was noticed about the file while the message was read. */
        List<Note> notes() {
            return notes;
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
            }
            if (!inHeaders) {
                bodyBytes += count;
            }
            if (newline >= 0) {
                endLine();
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
            if (mbox && nextMessageStartsHere()) {
                ended = true;
                return false;
            }
            if (mbox && inHeaders && contentLength < 0 && (buffer[position] | 0x20) == 'c') {
                readContentLength();
            }
            if (mbox && buffer[position] == '>') {
                int quotes = 1;
                while (has(quotes + 1) && buffer[position + quotes] == '>') {
                    quotes++;
                }
                if (startsWithSeparator(quotes)) {
                    position++;
                    bodyBytes += inHeaders ? 0 : 1;
                }
            }
            if (blankLineLength(0) > 0) {
                blankLineSeen = true;
                lastHeaderLine = inHeaders;
            }
            lineBlank = isBlankLineAhead(0);
            atLineStart = false;
            return true;
        }

        private void endLine() {
            atLineStart = true;
            line++;
            previousLineBlank = lineBlank;
            if (lastHeaderLine) {
                inHeaders = false;
                lastHeaderLine = false;
            }
        }

        /**
         * Whether the line starting here opens the next message: an envelope line after an empty line, unless
         * the Content-Length of this message vouches for it being body text; or, once the body is as long as
         * its Content-Length says, the first envelope line.
         */
        private boolean nextMessageStartsHere() throws IOException {
            if (contentLength >= 0 && !inHeaders && !contentLengthReached) {
                if (bodyBytes == contentLength && messageStartsAhead(0)) {
                    contentLengthReached = true;
                } else if (bodyBytes >= contentLength) {
                    contentLengthWrong();
                } else if (previousLineBlank && envelopeAhead(0)) {
                    long rest = contentLength - bodyBytes;
                    if (rest <= BUFFER - LOOKAHEAD && messageStartsAhead((int) rest)) {
                        return false;
                    }
                    if (rest <= BUFFER - LOOKAHEAD) {
                        contentLengthWrong();
                    }
                    return true;
                } else {
                    return false;
                }
            }
            if (!envelopeAhead(0)) {
                return false;
            }
            if (previousLineBlank || contentLengthReached || inHeaders) {
                // no header starts "From ": in the headers it can only be the next message after one cut short
                return true;
            }
            notes.add(new Note(line, "this line looks like the From line that starts a message, but no empty line"
                    + " comes before it; it is read as part of the message before"));
            return false;
        }

        private void contentLengthWrong() {
            notes.add(new Note(contentLengthLine, "the message's Content-Length (" + contentLength + " bytes) does not end where"
                    + " a message starts; the message is taken to end at the next From line instead"));
            contentLength = -1;
        }

        /** Notes the body length a Content-Length header of the message gives (mboxcl and mboxcl2 write one). */
        private void readContentLength() throws IOException {
            String text = lineAhead(0, 100);
            if (text == null || !text.regionMatches(true, 0, CONTENT_LENGTH, 0, CONTENT_LENGTH.length())) {
                return;
            }
            String value = text.substring(CONTENT_LENGTH.length()).strip();
            if (!value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
                contentLength = Long.parseLong(value);
                contentLengthLine = line;
            }
        }

        /** Reads to the end of the message without keeping anything, so the next one can start. */
        void skipRest() throws IOException {
            while (pass(null, 0, BUFFER) >= 0) {
                // dropped: what was needed of this message has been read
            }
        }
    }
}
