package app.handshake.imports.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of a mail file around the place it is read at, through one fixed buffer, counting lines as they
 * are taken, and letting the reader look a little ahead (at most the buffer's size) before it takes them.
 */
final class MailBuffer {

    static final int SIZE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[SIZE];
    private int position;
    private int limit;
    private boolean endOfFile;
    private long line = 1;
    private boolean tookLineEnd;

    MailBuffer(InputStream in) {
        this.in = in;
    }

    /** The number of the line the next byte is on. */
    long line() {
        return line;
    }

    /** Whether {@code count} bytes lie ahead, reading more if they are not yet in; false past the buffer's size. */
    boolean has(int count) throws IOException {
        return limit - position >= count || fill(count);
    }

    /** The byte {@code offset} bytes ahead; {@link #has} must have said it is there. */
    byte at(int offset) {
        return buffer[position + offset];
    }

    /** Drops a byte of the current line (the quote of a {@code >From } line). */
    void drop() {
        position++;
    }

    /**
     * Takes up to {@code length} bytes, never past the end of the current line, into {@code target} (or
     * drops them when it is null). Returns how many, or -1 at the end of the file.
     */
    int take(byte[] target, int offset, int length) throws IOException {
        if (!has(1)) {
            return -1;
        }
        int count = Math.min(length, limit - position);
        int newline = indexOfNewline(position, position + count);
        tookLineEnd = newline >= 0;
        if (tookLineEnd) {
            count = newline - position + 1;
            line++;
        }
        if (target != null) {
            System.arraycopy(buffer, position, target, offset, count);
        }
        position += count;
        return count;
    }

    /** Whether the last {@link #take} ended its line. */
    boolean tookLineEnd() {
        return tookLineEnd;
    }

    void skipLine() throws IOException {
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

    boolean startsWith(byte[] prefix, int offset) throws IOException {
        if (!has(offset + prefix.length)) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (buffer[position + offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line {@code offset} bytes ahead holds nothing but white space. */
    boolean isBlankLineAhead(int offset) throws IOException {
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

    /** The length of the empty line (with its line break) {@code offset} bytes ahead, 0 if it is not empty. */
    int blankLineLength(int offset) throws IOException {
        if (!has(offset + 1)) {
            return 0;
        }
        if (buffer[position + offset] == '\n') {
            return 1;
        }
        return buffer[position + offset] == '\r' && has(offset + 2) && buffer[position + offset + 1] == '\n' ? 2 : 0;
    }

    /** The text of the line {@code offset} bytes ahead, without its line break; null when longer than {@code max}. */
    String lineAhead(int offset, int max) throws IOException {
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

    /** The line of the first zero byte among the next {@code sample} bytes, or 0 when there is none. */
    long lineOfZeroByte(int sample) throws IOException {
        has(sample);
        long lineOfZero = line;
        for (int i = position; i < limit; i++) {
            if (buffer[i] == 0) {
                return lineOfZero;
            }
            if (buffer[i] == '\n') {
                lineOfZero++;
            }
        }
        return 0;
    }

    private boolean fill(int count) throws IOException {
        if (count > SIZE) {
            return false;
        }
        if (limit - position < count && position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        while (limit - position < count && !endOfFile) {
            int read = in.read(buffer, limit, SIZE - limit);
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
}
