package app.handshake.imports.vcard;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through and remembers the last line that was not blank and how many lines went by:
 * enough to tell a file that ends properly from one cut off in the middle, without keeping the file.
 */
final class TailWatchingReader extends FilterReader {

    private final StringBuilder line = new StringBuilder();
    private String lastLine = "";
    private long lines = 1;
    private boolean sawText;

    TailWatchingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n' || c == '\r') {
                if (c == '\n') {
                    lines++;
                }
                endLine();
            } else if (line.length() < 200) {
                line.append(c);
            }
        }
        if (n < 0) {
            endLine();
        }
        return n;
    }

    private void endLine() {
        if (!line.toString().isBlank()) {
            lastLine = line.toString().strip();
            sawText = true;
        }
        line.setLength(0);
    }

    boolean endedWith(String text) {
        endLine();
        return lastLine.equalsIgnoreCase(text);
    }

    boolean sawText() {
        endLine();
        return sawText;
    }

    long lines() {
        return lines;
    }
}
