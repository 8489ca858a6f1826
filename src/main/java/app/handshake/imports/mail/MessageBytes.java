package app.handshake.imports.mail;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The bytes of one message of a mail file, ending where the next message starts or where the file ends
 * ({@link MboxSplitter} says how a message ends). Body lines quoted as {@code >From } lose one {@code >}.
 */
final class MessageBytes extends InputStream {

    /** Room kept for the envelope line after the end a Content-Length gives, when checking it. */
    private static final int LOOKAHEAD = 2 * EnvelopeLine.LONGEST;
    private static final String CONTENT_LENGTH = "content-length:";

    /** Something noticed about the file at a line while a message was cut out of it. */
    record Note(long line, String text) {}

    private final MailBuffer bytes;
    private final boolean mbox;
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

    MessageBytes(MailBuffer bytes, boolean mbox, long firstLine, long headerLine) {
        this.bytes = bytes;
        this.mbox = mbox;
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
        long line = bytes.line();
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

    /** Reads to the end of the message without keeping anything, so the next one can start. */
    void skipRest() throws IOException {
        while (pass(null, 0, MailBuffer.SIZE) >= 0) {
            // dropped: what was needed of this message has been read
        }
    }

    /** Hands on up to one line's bytes, or drops them when there is no target. */
    private int pass(byte[] target, int offset, int length) throws IOException {
        if (ended || atLineStart && !startLine()) {
            return -1;
        }
        int count = bytes.take(target, offset, length);
        if (count < 0) {
            ended = true;
            endedAtEndOfFile = true;
            return -1;
        }
        if (!inHeaders) {
            bodyBytes += count;
        }
        if (bytes.tookLineEnd()) {
            endLine();
        }
        return count;
    }

    /** Looks at the start of a line: the end of the message, a quoted {@code From }, an empty line. */
    private boolean startLine() throws IOException {
        if (!bytes.has(1)) {
            ended = true;
            endedAtEndOfFile = true;
            return false;
        }
        if (mbox && nextMessageStartsHere()) {
            ended = true;
            return false;
        }
        if (mbox && inHeaders && contentLength < 0 && (bytes.at(0) | 0x20) == 'c') {
            readContentLength();
        }
        if (mbox && bytes.at(0) == '>') {
            int quotes = 1;
            while (bytes.has(quotes + 1) && bytes.at(quotes) == '>') {
                quotes++;
            }
            if (EnvelopeLine.startsAhead(bytes, quotes)) {
                bytes.drop();
                bodyBytes += inHeaders ? 0 : 1;
            }
        }
        if (bytes.blankLineLength(0) > 0) {
            blankLineSeen = true;
            lastHeaderLine = inHeaders;
        }
        lineBlank = bytes.isBlankLineAhead(0);
        atLineStart = false;
        return true;
    }

    private void endLine() {
        atLineStart = true;
        previousLineBlank = lineBlank;
        if (lastHeaderLine) {
            inHeaders = false;
            lastHeaderLine = false;
        }
    }

    /**
     * Whether the line starting here opens the next message: an envelope line after an empty line, unless the
     * Content-Length of this message vouches for it being body text; or, once the body is as long as its
     * Content-Length says, the first envelope line.
     */
    private boolean nextMessageStartsHere() throws IOException {
        if (contentLength >= 0 && !inHeaders && !contentLengthReached) {
            if (bodyBytes == contentLength && EnvelopeLine.messageStartsAhead(bytes, 0, LOOKAHEAD)) {
                contentLengthReached = true;
            } else if (bodyBytes >= contentLength) {
                contentLengthWrong();
            } else if (previousLineBlank && EnvelopeLine.ahead(bytes, 0)) {
                long rest = contentLength - bodyBytes;
                boolean inReach = rest <= MailBuffer.SIZE - LOOKAHEAD;
                if (inReach && EnvelopeLine.messageStartsAhead(bytes, (int) rest, MailBuffer.SIZE - LOOKAHEAD)) {
                    return false;
                }
                if (inReach) {
                    contentLengthWrong();
                }
                return true;
            } else {
                return false;
            }
        }
        if (!EnvelopeLine.ahead(bytes, 0)) {
            return false;
        }
        if (previousLineBlank || contentLengthReached || inHeaders) {
            // no header starts "From ": in the headers it can only be the next message after one cut short
            return true;
        }
        notes.add(new Note(bytes.line(), "this line looks like the From line that starts a message, but no empty"
                + " line comes before it; it is read as part of the message before"));
        return false;
    }

    private void contentLengthWrong() {
        notes.add(new Note(contentLengthLine, "the message's Content-Length (" + contentLength + " bytes) does not end"
                + " where a message starts; the message is taken to end at the next From line instead"));
        contentLength = -1;
    }

    /** Notes the body length a Content-Length header of the message gives (mboxcl and mboxcl2 write one). */
    private void readContentLength() throws IOException {
        String text = bytes.lineAhead(0, 100);
        if (text == null || !text.regionMatches(true, 0, CONTENT_LENGTH, 0, CONTENT_LENGTH.length())) {
            return;
        }
        String value = text.substring(CONTENT_LENGTH.length()).strip();
        if (!value.isEmpty() && value.length() <= 15 && value.chars().allMatch(Character::isDigit)) {
            contentLength = Long.parseLong(value);
            contentLengthLine = bytes.line();
        }
    }
}
