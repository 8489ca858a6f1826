package app.handshake.imports.incoming;

import java.time.LocalDate;
import java.util.List;

/**
 * A person from an address book or a contacts spreadsheet. {@code key} identifies the card across
 * re-imports when it has no email address (a vCard UID; null if the file gives none).
 * {@code connectedOn} is set for connections exported from a social network. {@code organizationCard}:
 * the card stands for a company, not a person (address books keep both in one list).
 */
public record IncomingContact(Origin origin, String key, String name, String title, String organization,
        List<Labelled> emails, List<Labelled> phones, String notes, List<String> tags, LocalDate birthday,
        String city, String region, String country, LocalDate connectedOn, boolean organizationCard)
        implements Incoming {

    public IncomingContact {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
