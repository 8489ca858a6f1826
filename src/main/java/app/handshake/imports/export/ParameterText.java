package app.handshake.imports.export;

/**
 * A parameter value (a person's name as CN, a label as TYPE) as readers without RFC 6868 read it too: what
 * double quotes can carry stays as it is, to be quoted, and RFC 6868 is used only for what they cannot: a
 * double quote (^'), a line break (^n), and a caret that an RFC 6868 reader would otherwise take for one of
 * those escapes (^^). Control characters, which no parameter value may hold, are left out.
 */
final class ParameterText {

    private ParameterText() {}

    /** The value's text without the quotes around it. */
    static String encoded(String value) {
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append("^'");
            } else if (c == '\n') {
                out.append("^n");
            } else if (c == '^') {
                out.append(i + 1 < text.length() && readsAsEscape(text.charAt(i + 1)) ? "^^" : "^");
            } else if (c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** In double quotes: safe whatever the value holds. */
    static String quoted(String value) {
        return '"' + encoded(value) + '"';
    }

    /** What follows a caret that RFC 6868 reads as an escape: n, ' and ^, and what is written as ^' or ^n. */
    private static boolean readsAsEscape(char next) {
        return next == 'n' || next == 'N' || next == '\'' || next == '^' || next == '"' || next == '\n';
    }
}
