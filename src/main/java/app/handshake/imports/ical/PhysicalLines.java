package app.handshake.imports.ical;

import java.io.FilterReader;
import java.io.IOException;
import net.fortuna.ical4j.data.UnfoldingReader;

/**
 * Follows ical4j's parser through the file line by line, folded lines included, so that what it reports
 * about a property can name the line the property starts on rather than the line of its event.
 */
final class PhysicalLines extends FilterReader {

    private final UnfoldingReader unfolding;
    private long next = 1;
    private long lastRead = 1;
    private boolean afterCr;

    PhysicalLines(UnfoldingReader in) {
        super(in);
        this.unfolding = in;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            seen((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            seen(buffer[i]);
        }
        return n;
    }

    /**
     * The line of the character read last: the parser has always read one character past a name, which is
     * the ':' or ';' after a property's name, or the line end after a component's.
     */
    long line() {
        return lastRead + unfolding.getLinesUnfolded();
    }

    /** CRLF, LF and a bare CR each end a line, as String.lines() counts them; the line end belongs to its line. */
    private void seen(char c) {
        boolean secondHalfOfCrLf = c == '\n' && afterCr;
        lastRead = secondHalfOfCrLf ? next - 1 : next;
        if (c == '\r' || c == '\n' && !secondHalfOfCrLf) {
            next++;
        }
        afterCr = c == '\r';
    }
}
