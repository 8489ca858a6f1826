package app.handshake.imports.export;

import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft.LabelledValue;
import de.siegmar.fastcsv.writer.CsvWriter;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Email;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/** Writes people as vCard 4.0 (with ez-vcard) or as a spreadsheet-safe CSV (with FastCSV), one at a time. */
public final class PeopleWriters {

    /** The CSV header; Handshake's own CSV import recognises every column. */
    public static final List<String> CSV_HEADER = List.of("Name", "Title", "Organization", "E-mail", "Phone", "City", "Region",
            "Country", "Birthday", "Tags", "Notes");
    /** Several values in one cell, as Google Contacts writes them. */
    public static final String SEPARATOR = " ::: ";

    private PeopleWriters() {}

    /** A writer of one person after another; close it to finish the file. */
    public interface PersonWriter extends AutoCloseable {
        void write(PersonDetails person);

        @Override
        void close();
    }

    public static PersonWriter vcard(Writer out) {
        return new VCardPeople(out);
    }

    public static PersonWriter csv(Writer out) {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(CSV_HEADER);
        return new PersonWriter() {
            @Override
            public void write(PersonDetails p) {
                csv.writeRecord(java.util.Arrays.asList(p.name(), p.title(), p.organizationName(), join(p.emails()), join(p.phones()),
                        p.location().city(), p.location().region(), p.location().country(),
                        p.birthday() == null ? null : p.birthday().toString(), String.join(SEPARATOR, p.tags()),
                        p.notes()).stream().map(SpreadsheetSafe::cell).toList());
            }

            @Override
            public void close() {
                try {
                    csv.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private static String join(List<LabelledValue> values) {
        return values.stream().map(LabelledValue::value).collect(Collectors.joining(SEPARATOR));
    }

    /** The person's card, every text cleaned by {@code text} on the way in. */
    static VCard card(PersonDetails p, CardText text) {
        VCard card = new VCard();
        // The person's id as the card's UID: importing the file again finds the same people.
        card.setUid(new Uid("urn:uuid:" + p.id()));
        card.setFormattedName(text.clean("name", p.name()));
        if (p.title() != null) {
            card.addTitle(text.clean("title", p.title()));
        }
        if (p.organizationName() != null) {
            card.setOrganization(text.clean("organization", p.organizationName()));
        }
        for (int i = 0; i < p.emails().size(); i++) {
            LabelledValue e = p.emails().get(i);
            Email email = card.addEmail(e.value());
            if (e.label() != null) {
                email.getTypes().add(EmailType.get(ParameterText.encoded(text.clean("label of email " + (i + 1), e.label()))));
            }
        }
        for (int i = 0; i < p.phones().size(); i++) {
            LabelledValue t = p.phones().get(i);
            Telephone tel = card.addTelephoneNumber(t.value());
            if (t.label() != null) {
                tel.getTypes().add(TelephoneType.get(ParameterText.encoded(text.clean("label of phone " + (i + 1), t.label()))));
            }
        }
        if (p.location().city() != null || p.location().region() != null || p.location().country() != null) {
            Address address = new Address();
            address.setLocality(text.clean("city", p.location().city()));
            address.setRegion(text.clean("region", p.location().region()));
            address.setCountry(text.clean("country", p.location().country()));
            card.addAddress(address);
        }
        if (p.birthday() != null) {
            card.setBirthday(new Birthday(p.birthday()));
        }
        if (p.notes() != null) {
            card.addNote(text.clean("notes", p.notes()));
        }
        if (!p.tags().isEmpty()) {
            card.setCategories(p.tags().stream().map(tag -> text.clean("tags", tag)).toArray(String[]::new));
        }
        return card;
    }
}
