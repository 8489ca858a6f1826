package app.handshake.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Values every database and client can hold: dates from year 1 to 9999 (PostgreSQL refuses the rest, and
 * Java accepts years up to a billion), text without control characters other than tab and line breaks
 * (PostgreSQL refuses NUL outright; the others corrupt exports and terminals), and no half of a UTF-16 pair.
 */
public final class Plausible {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;

    private Plausible() {}

    public static boolean year(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static OffsetDateTime time(String field, OffsetDateTime value) {
        if (value != null && !year(value.getYear())) {
            throw new InvalidRequestException(field, "must be a time between the years 1 and 9999");
        }
        return value;
    }

    public static LocalDate date(String field, LocalDate value) {
        if (value != null && !year(value.getYear())) {
            throw new InvalidRequestException(field, "must be a date between the years 1 and 9999");
        }
        return value;
    }

    /** Why the text cannot be stored as it is, or null when it can. */
    public static String textProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters (found U+%04X)".formatted((int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain half of a surrogate pair";
            }
        }
        return null;
    }
}
