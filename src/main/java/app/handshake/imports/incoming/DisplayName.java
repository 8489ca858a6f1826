package app.handshake.imports.incoming;

import app.handshake.shared.EmailAddress;
import java.util.Locale;

/**
 * The name that came with an address, as a person would be called. Mail and calendar programs quote
 * names, and quote them again ({@code CN="'someone@example.org'"}: Outlook's way of showing an address it
 * could not resolve); a name that is only an address is no name, and the person is named after the
 * address instead.
 */
final class DisplayName {

    /** Opening and closing marks that wrap a whole name: ASCII and typographic quotes, guillemets, brackets. */
    private static final String[] PAIRS = {"\"\"", "''", "``", "`'", "\u2018\u2019", "\u201C\u201D", "\u201E\u201C",
        "\u201A\u2018", "\u201E\u201D", "\u00AB\u00BB", "\u00BB\u00AB", "\u2039\u203A", "<>"};

    private DisplayName() {}

    static String of(String written, String email) {
        if (written == null) {
            return null;
        }
        String name = written.strip();
        for (String unwrapped = unwrap(name); !unwrapped.equals(name); unwrapped = unwrap(name)) {
            name = unwrapped;
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            name = name.substring("mailto:".length()).strip();
        }
        if (name.isEmpty() || name.equalsIgnoreCase(email) || EmailAddress.isValid(name)) {
            return null;
        }
        return name;
    }

    private static String unwrap(String name) {
        if (name.length() >= 2) {
            for (String pair : PAIRS) {
                if (name.charAt(0) == pair.charAt(0) && name.charAt(name.length() - 1) == pair.charAt(1)) {
                    return name.substring(1, name.length() - 1).strip();
                }
            }
        }
        return name;
    }
}
