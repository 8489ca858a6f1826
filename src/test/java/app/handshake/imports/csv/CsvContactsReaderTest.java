package app.handshake.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.accounts.Visibility;
import app.handshake.imports.export.PeopleWriters;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CsvContactsReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/csv");
    private static final Path LAYOUTS = Path.of("src/test/resources/imports");

    private final List<Notice> warnings = new ArrayList<>();
    private String layout;

    @Test
    void legacyGoogleExportInUtf16KeepsLabelsGroupsAndPrimaryMarkers() throws IOException {
        IncomingContact c = single(read(CORPUS.resolve("roundcube_gmail.csv")));
        assertThat(layout).isEqualTo("Google Contacts");
        assertThat(c.name()).isEqualTo("Prefix Firstname Middle Lastname Suffix");
        assertThat(c.emails()).containsExactly(new Labelled("home@aaa.pl", "home"), new Labelled("work@email.pl", "work"),
                new Labelled("unknown@email.com", null), new Labelled("other@email.com", "other"));
        assertThat(c.phones()).containsExactly(new Labelled("pager", "pager"), new Labelled("mainphone", "main"),
                new Labelled("homephone", "home"), new Labelled("homefax", "home fax"), new Labelled("mobile", "mobile"),
                new Labelled("workphone", "work"), new Labelled("workfax", "work fax"));
        assertThat(c.organization()).isEqualTo("company");
        assertThat(c.title()).isEqualTo("jobtitle");
        assertThat(c.notes()).isEqualTo("note\"note");
        assertThat(c.tags()).containsExactly("Test");
        assertThat(c.birthday()).isEqualTo(LocalDate.of(1975, 12, 12));
        assertThat(List.of(c.city(), c.region(), c.country())).containsExactly("home_city", "home_state", "home_country");
    }

    @Test
    void thunderbirdExportWithControlCharactersInQuotedFields() throws IOException {
        List<IncomingContact> contacts = read(CORPUS.resolve("thunderbird_export.csv"));
        assertThat(layout).isEqualTo("Thunderbird");
        assertThat(contacts).extracting(IncomingContact::name).containsExactly("contact number one", "contact number two");
        assertThat(contacts.get(1).title()).isEqualTo("\"worker\"");
        assertThat(contacts.get(1).notes()).isEqualTo("here's some unicode text…");
        // The custom fields hold a comma, a tab, a bare CR and a line feed inside quotes: still one row.
        assertThat(contacts.get(1).origin().line()).isEqualTo(3);
        assertThat(warnings).extracting(Notice::message).anyMatch(m -> m.contains("contact1@invalid"));
    }

    @Test
    void undeclaredShiftJisIsDetected() throws IOException {
        IncomingContact c = single(read(CORPUS.resolve("thunderbird_shiftjis_addressbook.csv")));
        assertThat(c.name()).isEqualTo("名無しの権兵衛");
        assertThat(c.emails()).containsExactly(new Labelled("名無しの権兵衛@host.invalid", null));
    }

    @Test
    void linkedinConnectionsSkipTheNotesAboveTheHeader() throws IOException {
        List<IncomingContact> contacts = read(LAYOUTS.resolve("linkedin_connections.csv"));
        assertThat(layout).isEqualTo("LinkedIn");
        assertThat(contacts).extracting(IncomingContact::name).containsExactly("Amara Okafor", "Jonas Lindqvist");
        IncomingContact amara = contacts.getFirst();
        assertThat(amara.organization()).isEqualTo("Northwind, Ltd.");
        assertThat(amara.title()).isEqualTo("Head of Procurement");
        assertThat(amara.connectedOn()).isEqualTo(LocalDate.of(2025, 12, 7));
        assertThat(amara.emails()).containsExactly(new Labelled("amara.okafor@example.org", null));
        assertThat(amara.origin().line()).isEqualTo(5);
        assertThat(contacts.get(1).emails()).isEmpty();
    }

    @Test
    void outlookExportTreatsTitleAsTheHonorific() throws IOException {
        List<IncomingContact> contacts = read(LAYOUTS.resolve("outlook_contacts.csv"));
        assertThat(layout).isEqualTo("Outlook");
        IncomingContact priya = contacts.getFirst();
        assertThat(priya.name()).isEqualTo("Dr. Priya Raman");
        assertThat(priya.title()).isEqualTo("Director of Sales");
        assertThat(priya.emails()).extracting(Labelled::value).containsExactly("priya.raman@example.com", "priya@home.example");
        assertThat(priya.phones()).containsExactly(new Labelled("+44 20 7946 0958", "business"),
                new Labelled("+44 7700 900123", "mobile"));
        assertThat(priya.tags()).containsExactly("Customers", "VIP");
        assertThat(priya.birthday()).isEqualTo(LocalDate.of(1981, 3, 14));
        assertThat(priya.notes()).isEqualTo("Met at the\r\nLondon fair");
        assertThat(List.of(priya.city(), priya.country())).containsExactly("London", "United Kingdom");
        assertThat(contacts.get(1).name()).isEqualTo("Tom Baker");
        assertThat(contacts.get(1).birthday()).isNull();
    }

    @Test
    void currentGoogleExportSplitsSeveralAddressesInOneCell() throws IOException {
        IncomingContact lena = single(read(LAYOUTS.resolve("google_contacts.csv")));
        assertThat(layout).isEqualTo("Google Contacts");
        assertThat(lena.name()).isEqualTo("Lena Fischer");
        assertThat(lena.emails()).containsExactly(new Labelled("lena.fischer@example.de", "work"),
                new Labelled("l.fischer@example.de", "work"), new Labelled("lena@example.net", "home"));
        assertThat(lena.tags()).containsExactly("Partners");
        assertThat(lena.organization()).isEqualTo("Umbrella GmbH");
        assertThat(lena.title()).isEqualTo("Einkauf");
        assertThat(lena.city()).isEqualTo("München");
    }

    @Test
    void genericSpreadsheetWithSemicolonsAndAMappingChosenByTheUser() throws IOException {
        String text = "Kunde;Mail;Telefon;Firma\nHanna Berg;hanna@example.se;+46 8 123 456;Volvo\n";
        List<IncomingContact> contacts = read(bytes(text, StandardCharsets.UTF_8), "kunden.csv", null,
                Map.of("Kunde", ContactField.name, "Mail", ContactField.email, "Telefon", ContactField.phone,
                        "Firma", ContactField.organization));
        assertThat(layout).isEqualTo("CSV");
        assertThat(single(contacts)).satisfies(c -> {
            assertThat(c.name()).isEqualTo("Hanna Berg");
            assertThat(c.emails()).extracting(Labelled::value).containsExactly("hanna@example.se");
            assertThat(c.phones()).extracting(Labelled::value).containsExactly("+46 8 123 456");
            assertThat(c.organization()).isEqualTo("Volvo");
        });
    }

    @Test
    void unknownColumnsWithoutAMappingAreRefusedNamingTheColumns() {
        assertThatThrownBy(() -> read(bytes("Kunde;Mail\nHanna;hanna@example.se\n", StandardCharsets.UTF_8), "k.csv",
                null, Map.of()))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("Kunde, Mail")
                .hasMessageContaining("column mapping");
    }

    @Test
    void aFileCutOffInsideAQuotedFieldIsRefused() {
        String text = "Name,Email,Notes\nAda,ada@example.com,\"fine\"\nBob,bob@example.com,\"a note that never ends\n";
        assertThatThrownBy(() -> read(bytes(text, StandardCharsets.UTF_8), "cut.csv", null, Map.of()))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e -> assertThat(((UnreadableFileException) e).origin().describe()).startsWith("cut.csv, line 3"));
    }

    @Test
    void aRowWithMoreFieldsThanTheHeaderIsABadRecordAndReadingGoesOn() throws IOException {
        String text = "Name,Email\nAda,ada@example.com\nBob,bob@example.com,extra,fields\nCy,cy@example.com\n";
        List<String> names = new ArrayList<>();
        List<BadRecordException> bad = new ArrayList<>();
        try (CsvContactsReader reader = reader(bytes(text, StandardCharsets.UTF_8), "rows.csv", null, Map.of())) {
            while (true) {
                try {
                    Incoming next = reader.next();
                    if (next == null) {
                        break;
                    }
                    names.add(((IncomingContact) next).name());
                } catch (BadRecordException e) {
                    bad.add(e);
                }
            }
        }
        assertThat(names).containsExactly("Ada", "Cy");
        assertThat(bad).singleElement().satisfies(e -> assertThat(e.origin().line()).isEqualTo(3));
    }

    @Test
    void handshakesOwnExportIsReadPastItsByteOrderMark() throws IOException {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-24T10:00:00Z");
        PersonDetails sean = new PersonDetails(UUID.randomUUID(), 0, null, null, Visibility.SHARED, "Seán Ó Súilleabháin",
                "=Ceann roinne", null, null, List.of(new PersonDraft.LabelledValue("sean@example.ie", null)),
                List.of(new PersonDraft.LabelledValue("+353 1 234 5678", null), new PersonDraft.LabelledValue("+44 20 7946 0958", null)),
                new Location("Corcaigh", null, "Éire", null, null), null, "Línte;\n\"dhá\" líne", List.of("cúram"), null,
                Source.web(), now, now);
        java.io.ByteArrayOutputStream export = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.OutputStreamWriter(export, StandardCharsets.UTF_8);
                PeopleWriters.PersonWriter csv = PeopleWriters.csv(out)) {
            csv.write(sean);
        }
        assertThat(export.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);

        IncomingContact read = single(read(new ByteArrayInputStream(export.toByteArray()), "people.csv", null, Map.of()));
        assertThat(layout).isEqualTo("Handshake");
        assertThat(warnings).isEmpty();
        assertThat(read.name()).isEqualTo(sean.name());
        assertThat(read.title()).isEqualTo(sean.title());
        assertThat(read.phones()).extracting(Labelled::value).containsExactly("+353 1 234 5678", "+44 20 7946 0958");
        assertThat(read.notes()).isEqualTo(sean.notes());
        assertThat(List.of(read.city(), read.country())).containsExactly("Corcaigh", "Éire");
    }

    @Test
    void aVcardIsNotCsv() {
        assertThatThrownBy(() -> read(CORPUS.resolveSibling("vcard").resolve("thunderbird_export.vcf")))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("not CSV");
    }

    private List<IncomingContact> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), null, Map.of());
        }
    }

    private List<IncomingContact> read(InputStream in, String name, Charset charset, Map<String, ContactField> mapping)
            throws IOException {
        List<IncomingContact> contacts = new ArrayList<>();
        try (CsvContactsReader reader = reader(in, name, charset, mapping)) {
            layout = reader.layout();
            for (Incoming next = reader.next(); next != null; next = reader.next()) {
                contacts.add((IncomingContact) next);
            }
            warnings.addAll(reader.drainWarnings());
        }
        return contacts;
    }

    private static CsvContactsReader reader(InputStream in, String name, Charset charset, Map<String, ContactField> mapping)
            throws IOException {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-24T12:00:00Z");
        return new CsvContactsReader(in, new ReadOptions(name, charset, now, now, false), null, mapping);
    }

    private static InputStream bytes(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    private static IncomingContact single(List<IncomingContact> contacts) {
        assertThat(contacts).hasSize(1);
        return contacts.getFirst();
    }
}
