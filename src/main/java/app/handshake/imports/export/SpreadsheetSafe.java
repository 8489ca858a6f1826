package app.handshake.imports.export;

/**
 * Cells that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return that
 * hides one) get a leading apostrophe, the escape spreadsheets themselves use. Handshake's CSV import takes
 * it off again, so an export imports back unchanged.
 */
public final class SpreadsheetSafe {

    private SpreadsheetSafe() {}

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return isDangerous(value.charAt(0)) ? "'" + value : value;
    }

    /** The value a safe cell stood for. */
    public static String unescape(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && isDangerous(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isDangerous(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
