package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft;
import app.handshake.shared.EmailAddress;
import app.handshake.shared.Location;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The person form. Emails and phones are typed one per line, optionally with a label first
 * ("work: ada@example.com"); tags are separated by commas.
 */
record PersonForm(
        @NotBlank(message = "Please enter a name") @Size(max = 200) String name,
        @Size(max = 200) String title,
        UUID organizationId,
        @Size(max = 5000) String emails,
        @Size(max = 2000) String phones,
        @Size(max = 100) String city,
        @Size(max = 100) String region,
        @Size(max = 100) String country,
        @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
        @Past(message = "must be in the past") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthday,
        @Size(max = 10000) String notes,
        @Size(max = 1000) String tags,
        String visibility,
        @Size(max = 10000) String privateNote,
        Long version) {

    // "work: ada@example.com", "Büro: +49 30 555 0123": a label is letters first, then up to 40 of most characters.
    private static final Pattern LABELLED = Pattern.compile("^(\\p{L}[\\p{L}\\p{N} ._()/&'-]{0,39}):\\s*(.+)$");

    static PersonForm empty(UUID organizationId) {
        return new PersonForm(null, null, organizationId, null, null, null, null, null, null, null, null, null, null,
                Visibility.SHARED.key(), null, null);
    }

    static PersonForm of(PersonDetails p) {
        Location l = p.location();
        return new PersonForm(p.name(), p.title(), p.organizationId(), lines(p.emails()), lines(p.phones()),
                l.city(), l.region(), l.country(), l.latitude(), l.longitude(), p.birthday(), p.notes(),
                String.join(", ", p.tags()), p.visibility().key(), p.privateNote(), p.version());
    }

    PersonDraft toDraft() {
        return new PersonDraft(name, title, organizationId, parse(emails), parse(phones),
                new Location(city, region, country, latitude, longitude), birthday, notes,
                tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip)
                        .filter(t -> !t.isEmpty()).toList(),
                Visibility.of(visibility), privateNote == null ? "" : privateNote);
    }

    /** The typed addresses that are not email addresses, so the form can flag them with the other errors. */
    List<String> invalidEmails() {
        return parse(emails).stream().map(PersonDraft.LabelledValue::value)
                .filter(address -> !EmailAddress.isValid(address)).toList();
    }

    private static List<PersonDraft.LabelledValue> parse(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            Matcher labelled = LABELLED.matcher(line);
            return labelled.matches()
                    ? new PersonDraft.LabelledValue(labelled.group(2).strip(), labelled.group(1).strip())
                    : new PersonDraft.LabelledValue(line, null);
        }).toList();
    }

    private static String lines(List<PersonDraft.LabelledValue> values) {
        return String.join("\n", values.stream()
                .map(v -> v.label() == null ? v.value() : v.label() + ": " + v.value())
                .toList());
    }
}
