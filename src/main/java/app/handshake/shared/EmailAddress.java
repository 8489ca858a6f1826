package app.handshake.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, stored in lower case so that the same mailbox is always the same value. */
public record EmailAddress(String value) {

    // Deliberately simple: one @, no spaces, a dot in the domain. Full RFC 5322 accepts what no user types.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException("email", "must not be empty");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("email", "'" + shorten(value) + "' is not an email address");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && candidate.strip().length() <= MAX_LENGTH
                && SHAPE.matcher(candidate.strip()).matches();
    }

    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    @Override
    public String toString() {
        return value;
    }
}
