package app.handshake.imports.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cells that a spreadsheet would run as a formula get a leading apostrophe, the escape spreadsheets
 * themselves use (OWASP's advice on CSV injection): a cell starting with = + - @, a tab, a carriage return,
 * a line feed or a NUL, or with a full-width or small form of = + - @ (spreadsheets in East Asian locales
 * read {@code ＝1+1} as a formula too).
 *
 * <p>A cell holding nothing but phone numbers ({@code +44 20 7946 0958}) is left as it is: with no letters,
 * quotes, {@code |} or {@code !} it can name no function, sheet, link or program, so the most a spreadsheet
 * can do with it is arithmetic, while an apostrophe would stay in every other program's copy of the number.
 *
 * <p>A value that itself begins with an apostrophe followed by such a character (or by another apostrophe)
 * gets one more, so that {@link #unescape} takes off exactly what {@link #cell} put on, and nothing else.
 *
 * <p>A file begins with a UTF-8 byte order mark: without one, Excel reads a CSV in the system's code page and
 * shows "Seán" as "SeÃ¡n". Handshake's own import skips it.
 */
public final class SpreadsheetSafe {

    private static final char APOSTROPHE = '\'';
    private static final String FORMULA_STARTS = "=+-@\t\r\n\0\u2212";
    private static final String NUMBER = "\\+?[0-9][0-9 ()./-]*";
    // One or several numbers as the exports join them (" ::: "); the first one is international (+).
    private static final Pattern PHONE_NUMBERS = Pattern.compile("\\+[0-9][0-9 ()./-]*(?: ::: " + NUMBER + ")*");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SpreadsheetSafe() {}

    /** A CSV writer on {@code out}, a UTF-8 writer, after the byte order mark. */
    static CsvWriter csv(Writer out) {
        try {
            out.write(BYTE_ORDER_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return CsvWriter.builder().build(out);
    }

    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = opensFormula(value) && !PHONE_NUMBERS.matcher(value).matches();
        return formula || escapedLooking(value) ? APOSTROPHE + value : value;
    }

    /** The value a cell written by {@link #cell} stood for. */
    public static String unescape(String cell) {
        return cell != null && escapedLooking(cell) ? cell.substring(1) : cell;
    }

    /** An apostrophe before what {@link #cell} escapes, or before another apostrophe. */
    private static boolean escapedLooking(String text) {
        if (text.length() < 2 || text.charAt(0) != APOSTROPHE) {
            return false;
        }
        String rest = text.substring(1);
        return rest.charAt(0) == APOSTROPHE || opensFormula(rest);
    }

    private static boolean opensFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        int first = text.codePointAt(0);
        if (FORMULA_STARTS.indexOf(first) >= 0) {
            return true;
        }
        // Full-width, small, superscript forms of = + - @ and the like: what compatibility normalisation folds into them.
        String folded = Normalizer.normalize(Character.toString(first), Normalizer.Form.NFKC);
        return !folded.isEmpty() && "=+-@".indexOf(folded.charAt(0)) >= 0;
    }
}
