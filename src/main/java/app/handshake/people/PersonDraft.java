package app.handshake.people;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a person record holds that a user may set, as typed in a form or sent to the API.
 * {@code visibility} and {@code privateNote} may be null: a new person is then shared and has no note,
 * and a change keeps what was there. A blank private note removes it.
 */
public record PersonDraft(String name, String title, UUID organizationId, List<LabelledValue> emails,
        List<LabelledValue> phones, Location location, LocalDate birthday, String notes, List<String> tags,
        Visibility visibility, String privateNote) {

    public PersonDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        tags = tags == null ? List.of() : List.copyOf(tags);
        location = location == null ? Location.UNKNOWN : location;
    }

    /** Longest label of an email address or phone number, and longest tag. */
    public static final int MAX_LABEL = 40;
    public static final int MAX_TAG = 50;

    private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("^[0-9+()./ x#*-]+$");

    /** Up to 40 digits, spaces and + ( ) . / - x # *: what a person record accepts as a phone number. */
    public static boolean isPhoneNumber(String text) {
        return text != null && !text.isBlank() && text.strip().length() <= 40 && PHONE.matcher(text.strip()).matches();
    }

    /** An email address or a phone number with an optional label such as "work" or "mobile". */
    public record LabelledValue(String value, String label) {}
}
