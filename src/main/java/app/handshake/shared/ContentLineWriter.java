package app.handshake.shared;

import java.io.IOException;
import java.io.Writer;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Writes the text of a vCard or an iCalendar file with every line folded at 75 octets of UTF-8, as RFC 5545
 * (3.1) and RFC 6350 (3.2) count them: a line of accented or Asian text folded at 75 characters can reach
 * 225 octets, which stricter readers refuse. A fold never splits a character, nor, where the line allows, an
 * emoji from its modifiers or a letter from its accents. Lines are buffered until their end and always end in
 * CRLF; give it text that is not folded yet.
 */
public final class ContentLineWriter extends Writer {

    /** Octets of a physical line, the CRLF not counted. */
    static final int LINE_OCTETS = 75;

    private final Writer out;
    private final StringBuilder line = new StringBuilder();

    public ContentLineWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') {
                endLine();
            } else {
                line.append(buffer[i]);
            }
        }
    }

    /** Writes what is complete; a line not ended yet waits for its end (or for {@link #close}). */
    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!line.isEmpty()) {
            endLine();
        }
        out.close();
    }

    private void endLine() throws IOException {
        if (!line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
            line.setLength(line.length() - 1);
        }
        out.write(folded(line.toString()));
        out.write("\r\n");
        line.setLength(0);
    }

    /** One logical line as physical lines joined by CRLF and a space, each of at most 75 octets. */
    static String folded(String text) {
        StringBuilder result = new StringBuilder(text.length() + text.length() / 64 * 3);
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int octets = 0;
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE; start = end, end = clusters.next()) {
            String cluster = text.substring(start, end);
            int size = utf8Length(cluster);
            if (size > LINE_OCTETS - 1) {
                // Longer than any line can hold (a long run of combining marks): split between its code points.
                for (int cp = 0; cp < cluster.length(); cp += Character.charCount(cluster.codePointAt(cp))) {
                    String point = Character.toString(cluster.codePointAt(cp));
                    octets = append(result, point, utf8Length(point), octets);
                }
            } else {
                octets = append(result, cluster, size, octets);
            }
        }
        return result.toString();
    }

    private static int append(StringBuilder result, String piece, int size, int octets) {
        if (octets + size > LINE_OCTETS && octets > 1) {
            result.append("\r\n ");
            octets = 1; // the space that marks the continuation
        }
        result.append(piece);
        return octets + size;
    }

    private static int utf8Length(String text) {
        int octets = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                octets += 1;
            } else if (c < 0x800) {
                octets += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                octets += 4;
                i++;
            } else {
                octets += 3; // a lone surrogate counted as the replacement character it becomes
            }
        }
        return octets;
    }
}
