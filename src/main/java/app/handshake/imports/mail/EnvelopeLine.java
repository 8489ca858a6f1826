package app.handshake.imports.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The {@code From } line an mbox writes before each message: an envelope sender (an address,
 * {@code MAILER-DAEMON}, Thunderbird's {@code -}) and the delivery time as C's asctime gives it. A line of
 * text that merely begins with "From " ("From the desk of ...") has no such date, so it cannot end a
 * message. The date forms seen in real files are accepted: asctime ({@code Tue Mar  4 10:00:00 2025}),
 * with a zone before or after the year (Google Takeout writes {@code +0000 2024}), without seconds, and
 * the RFC 5322 form some converters write.
 */
final class EnvelopeLine {

    private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String TIME = "\\d{1,2}:\\d{2}(?::\\d{2})?";
    private static final String ZONE = "(?:[A-Z]{1,5}|[+-]\\d{4})";
    private static final String YEAR = "(?:\\d{4}|\\d{2})";
    private static final Pattern ENVELOPE = Pattern.compile("From (?:\\S+\\s+)?" + DAY + ",?\\s+(?:"
            + MONTH + "\\s+\\d{1,2}\\s+" + TIME + "(?:\\s+" + ZONE + ")?\\s+" + YEAR
            + "|\\d{1,2}\\s+" + MONTH + "\\s+" + YEAR + "\\s+" + TIME + ")(?:\\s.*)?",
            Pattern.CASE_INSENSITIVE);

    /** Envelope lines are short; a longer line is body text. */
    static final int LONGEST = 1000;

    private static final byte[] START = "From ".getBytes(StandardCharsets.US_ASCII);

    private EnvelopeLine() {}

    /** Whether the line (without its line break) is an envelope line. */
    static boolean matches(String line) {
        return line.length() <= LONGEST && ENVELOPE.matcher(line).matches();
    }

    /** Whether a line starting "From " lies {@code offset} bytes ahead: a candidate, not yet an envelope. */
    static boolean startsAhead(MailBuffer bytes, int offset) throws IOException {
        return bytes.startsWith(START, offset);
    }

    /** Whether an envelope line starts {@code offset} bytes ahead. */
    static boolean ahead(MailBuffer bytes, int offset) throws IOException {
        if (!startsAhead(bytes, offset)) {
            return false;
        }
        String text = bytes.lineAhead(offset, LONGEST);
        return text != null && matches(text);
    }

    /**
     * Whether, {@code offset} bytes ahead, only empty lines come before the end of the file or an envelope line;
     * false when that cannot be seen within {@code reach} bytes.
     */
    static boolean messageStartsAhead(MailBuffer bytes, int offset, int reach) throws IOException {
        int at = offset;
        while (at <= reach) {
            if (!bytes.has(at + 1)) {
                return true;
            }
            int length = bytes.blankLineLength(at);
            if (length == 0) {
                return ahead(bytes, at);
            }
            at += length;
        }
        return false;
    }
}
