package app.handshake.imports.export;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The text of one card as a vCard can carry it. Quotes, semicolons, commas, backslashes, carets and line
 * breaks are escaped by the writer; what no vCard may hold is taken out here and the field named: control
 * characters other than tab and line feed are left out, a surrogate without its pair becomes U+FFFD (UTF-8
 * cannot encode it), and every line break becomes a line feed.
 */
final class CardText {

    private final Set<String> altered = new LinkedHashSet<>();

    String clean(String field, String value) {
        if (value == null) {
            return null;
        }
        String text = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(text.length());
        boolean lost = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                clean.append('\uFFFD');
                lost = true;
            } else if (Character.getType(c) != Character.CONTROL || c == '\n' || c == '\t') {
                clean.append(c);
            } else {
                lost = true;
            }
        }
        if (lost) {
            altered.add(field);
        }
        return clean.toString();
    }

    /** The fields that lost characters, in the order they were cleaned. */
    Set<String> altered() {
        return altered;
    }
}
