package app.handshake.imports.vcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VCardFileReaderTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/vcard");

    private final List<Notice> warnings = new ArrayList<>();

    @Test
    void iphoneCardKeepsGroupedLabelsAndTheFirstAddress() throws IOException {
        IncomingContact john = single(read("ezvcard_John_Doe_IPHONE.vcf"));
        assertThat(john.name()).isEqualTo("Mr. John Richter James Doe Sr.");
        assertThat(john.organization()).isEqualTo("IBM");
        assertThat(john.title()).isEqualTo("Money Counter");
        assertThat(john.emails()).extracting(Labelled::value).containsExactly("john.doe@ibm.com");
        assertThat(john.phones()).containsExactly(new Labelled("905-555-1234", "cell"),
                new Labelled("905-666-1234", "home"), new Labelled("905-777-1234", "work"),
                new Labelled("905-888-1234", "home fax"), new Labelled("905-999-1234", "work fax"),
                new Labelled("905-111-1234", "pager"), new Labelled("905-222-1234", "assistantphone"));
        assertThat(List.of(john.city(), john.region(), john.country()))
                .containsExactly("New York", "New York", "United States of America");
        assertThat(john.birthday()).isEqualTo(LocalDate.of(2012, 6, 6));
        assertThat(john.organizationCard()).isFalse();
    }

    @Test
    void androidQuotedPrintableCardsDecodeAndNamelessOnesAreNamedAfterTheirAddress() throws IOException {
        List<IncomingContact> cards = read("ezvcard_John_Doe_ANDROID.vcf");
        assertThat(cards).hasSize(6);
        assertThat(cards.get(0).name()).isEqualTo("john.doe@company.com");
        assertThat(cards.get(1).name()).isEqualTo("jane.doe@company.com");
        assertThat(cards.get(2).name()).isEqualTo("Ñ Ñ Ñ Ñ Ñ");
        assertThat(cards.get(4).emails()).extracting(Labelled::value).containsExactly("bob@company.com");
        assertThat(cards.get(4).organization()).matches("Ñ+");
        assertThat(cards.get(5).name()).isEqualTo("ÑÑÑÑ");
        assertThat(cards.get(5).emails()).extracting(Labelled::value).containsExactly("henry@company.com");
        assertThat(cards.get(3).notes()).contains("Ñ Ñ").contains("\n\n");
        assertThat(warnings).extracting(Notice::message)
                .anyMatch(m -> m.contains("no name"))
                .anyMatch(m -> m.contains("not an email address"));
        assertThat(warnings.stream().filter(w -> w.message().contains("not an email address")).findFirst().orElseThrow()
                .origin().record()).isEqualTo(5);
    }

    @Test
    void outlookCardWithLongNoteAndBasicDate() throws IOException {
        IncomingContact john = single(read("ezvcard_John_Doe_MS_OUTLOOK.vcf"));
        assertThat(john.name()).isEqualTo("Mr. John Richter James Doe Sr.");
        assertThat(john.emails()).extracting(Labelled::value).containsExactly("john.doe@ibm.cm");
        assertThat(john.phones()).containsExactly(new Labelled("(905) 555-1234", "work"),
                new Labelled("(905) 666-1234", "home"));
        assertThat(john.birthday()).isEqualTo(LocalDate.of(1980, 3, 22));
        assertThat(john.notes()).startsWith("THIS SOFTWARE IS PROVIDED BY GEORGE EL-HADDAD");
        assertThat(john.city()).isEqualTo("Albaney");
    }

    @Test
    void gmailCardKeepsEveryAddressAndCustomLabels() throws IOException {
        IncomingContact card = single(read("ezvcard_gmail-single2.vcf"));
        assertThat(card.name()).isEqualTo("VCard Test");
        assertThat(card.emails()).containsExactly(new Labelled("email@example.com", null),
                new Labelled("homeemail@example.com", "home"), new Labelled("workemail@example.com", "work"),
                new Labelled("otheremail@example.com", null),
                new Labelled("customcategory@example.com", "CustomEmailCategory"));
        assertThat(card.phones()).hasSize(11).contains(new Labelled("5555551119", "GRAND_CENTRAL"),
                new Labelled("5555551115", "cell"));
        assertThat(card.organization()).isEqualTo("TheCompany");
        assertThat(card.title()).isEqualTo("TheJobTitle");
        assertThat(card.birthday()).isEqualTo(LocalDate.of(1912, 6, 23));
        assertThat(card.notes()).isEqualTo("note line 1\nnote line 2\nCustomField: field value");
    }

    @Test
    void thunderbirdAddOnCardSplitsItsCategoriesIntoTags() throws IOException {
        IncomingContact john = single(read("ezvcard_thunderbird-MoreFunctionsForAddressBook-extension.vcf"));
        assertThat(john.name()).isEqualTo("John Doe");
        assertThat(john.organization()).isEqualTo("TheOrganization");
        assertThat(john.emails()).hasSize(5).first().isEqualTo(new Labelled("doe.john@hotmail.com", null));
        assertThat(john.phones()).hasSize(5);
        assertThat(john.tags()).containsExactly("category1", "category2", "category3");
        assertThat(john.notes()).startsWith("This is the notes field.\nSecond Line\n\nFourth Line")
                .endsWith("even curse words.");
        assertThat(List.of(john.city(), john.region(), john.country())).containsExactly("New York", "NY", "USA");
    }

    @Test
    void appleCompanyCardIsAnOrganization() throws IOException {
        IncomingContact apple = single(read("roundcube_apple.vcf"));
        assertThat(apple.organizationCard()).isTrue();
        assertThat(apple.name()).isEqualTo("Apple Computer AG");
        assertThat(apple.organization()).isEqualTo("Apple Computer AG");
        assertThat(apple.city()).isEqualTo("Wallisellen-Zürich");
        assertThat(apple.country()).isEqualTo("Switzerland");
    }

    @Test
    void thunderbirdVcard4KeepsUidsAndOddCharacters() throws IOException {
        List<IncomingContact> cards = read("thunderbird_export.vcf");
        assertThat(cards).extracting(IncomingContact::name).containsExactly("contact number one", "contact number two");
        assertThat(cards).extracting(IncomingContact::key)
                .containsExactly("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy");
        assertThat(cards.get(1).notes()).isEqualTo("here's some unicode text…");
        assertThat(cards.get(1).title()).isEqualTo("\"worker\"");
        // "contact1@invalid" has no dot in its domain: left out, and said so.
        assertThat(cards.get(0).emails()).isEmpty();
        assertThat(warnings).extracting(Notice::message).anyMatch(m -> m.contains("contact1@invalid"));
    }

    @Test
    void everyCorpusCardIsRead() throws IOException {
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.toList()) {
                assertThat(read(file.getFileName().toString())).as(file.toString()).isNotEmpty()
                        .allSatisfy(c -> assertThat(c.name()).isNotBlank());
            }
        }
    }

    @Test
    void aFileCutOffInACardIsRefusedWithItsLine() throws IOException {
        byte[] whole = Files.readAllBytes(CORPUS.resolve("ezvcard_John_Doe_ANDROID.vcf"));
        byte[] cut = Arrays.copyOf(whole, whole.length - 120);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut), "cut.vcf"))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("cut off")
                .satisfies(e -> assertThat(((UnreadableFileException) e).origin().line()).isGreaterThan(10));
    }

    @Test
    void aCsvFileIsNotAVcard() {
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream("Name,Email\nAda,ada@example.com\n"
                .getBytes(StandardCharsets.UTF_8)), "people.vcf"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("not a vCard file");
    }

    @Test
    void binaryIsRefused() {
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0};
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(binary), "photo.vcf"))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("binary");
    }

    @Test
    void bytesThatAreNotTheChosenCharsetAreRefusedOnTheirLine() {
        byte[] text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jos\u00e9\r\nEND:VCARD\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> readAll(new ByteArrayInputStream(text), "latin.vcf", StandardCharsets.UTF_8))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e -> assertThat(((UnreadableFileException) e).origin().line()).isEqualTo(3));
    }

    @Test
    void undeclaredLatin1IsDetected() throws IOException {
        byte[] text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ren\u00e9e M\u00fcller-L\u00fcdenscheidt\r\nEND:VCARD\r\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        List<IncomingContact> cards = readAll(new ByteArrayInputStream(text), "latin.vcf");
        assertThat(cards).extracting(IncomingContact::name).containsExactly("Renée Müller-Lüdenscheidt");
        assertThat(warnings).extracting(Notice::message).anyMatch(m -> m.contains("no charset declared"));
    }

    @Test
    void quotedPrintableWithoutCharsetIsReadInTheCharsetTheFilesValuesPointToAndUtf8WhereItIsValid()
            throws IOException {
        List<IncomingContact> cards = read("handmade_outlook_windows-1250_quoted-printable.vcf");

        assertThat(cards).extracting(IncomingContact::name)
                .containsExactly("Jan Iksi\u0144ski", "Ma\u0142gorzata Wi\u015Bniewska", "Bartosz Zieli\u0144ski");
        assertThat(cards.get(0).city()).isEqualTo("Krak\u00F3w");
        assertThat(cards.get(1).organization()).isEqualTo("Sp\u00F3\u0142dzielnia Mleczarska");
        assertThat(cards.get(1).city()).isEqualTo("\u0141\u00F3d\u017A");
        // written in UTF-8 by another program, in the same file and without a CHARSET either
        assertThat(cards.get(2).notes()).isEqualTo("Spotkanie w \u0141odzi, pa\u017Adziernik 2026");
        assertThat(cards).allSatisfy(card -> assertThat(String.join("|", card.name(), String.valueOf(card.city()),
                String.valueOf(card.organization()), String.valueOf(card.notes()))).doesNotContain("\uFFFD"));
        assertThat(warnings).extracting(Notice::message).containsExactly("quoted-printable values without a CHARSET"
                + " are not UTF-8; read as windows-1250, the charset their bytes point to");
    }

    @Test
    void aLoneQuotedPrintableNameTakesTheCharsetOfItsLanguageElseWindows1252() throws IOException {
        // =F1 is "ń" in windows-1250 and "ñ" in windows-1252: only the card's language tells them apart
        String polish = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;LANGUAGE=pl;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Jan\r\n"
                + "END:VCARD\r\n";
        String unsaid = polish.replace(";LANGUAGE=pl", "");

        assertThat(single(readAll(new ByteArrayInputStream(polish.getBytes(StandardCharsets.US_ASCII)), "pl.vcf"))
                .name()).isEqualTo("Jan Iksi\u0144ski");
        assertThat(single(readAll(new ByteArrayInputStream(unsaid.getBytes(StandardCharsets.US_ASCII)), "x.vcf"))
                .name()).isEqualTo("Jan Iksi\u00F1ski");
        assertThat(warnings).extracting(Notice::message).containsExactly(
                "quoted-printable values without a CHARSET are not UTF-8; read as windows-1250, the charset their"
                        + " bytes point to",
                "quoted-printable values without a CHARSET are not UTF-8; read as windows-1252, the charset their"
                        + " bytes point to");
    }

    @Test
    void aReplacementCharacterIsNeverStoredWithoutAWarning() throws IOException {
        // the card says UTF-8, but =F1 is the windows-1250 byte of "ń": the byte cannot be read back
        String card = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Jan\r\n"
                + "EMAIL;INTERNET:jan.iksinski@example.pl\r\nEND:VCARD\r\n";

        IncomingContact jan = single(readAll(new ByteArrayInputStream(card.getBytes(StandardCharsets.US_ASCII)),
                "jan.vcf"));

        assertThat(jan.name()).isEqualTo("Jan Iksi\uFFFDski");
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.origin().record()).isEqualTo(1);
            assertThat(warning.message()).startsWith("N holds bytes that are not UTF-8 text; they are stored as \uFFFD");
        });
    }

    private List<IncomingContact> read(String name) throws IOException {
        try (InputStream in = Files.newInputStream(CORPUS.resolve(name))) {
            return readAll(in, name);
        }
    }

    private List<IncomingContact> readAll(InputStream in, String name) throws IOException {
        return readAll(in, name, null);
    }

    private List<IncomingContact> readAll(InputStream in, String name, java.nio.charset.Charset charset)
            throws IOException {
        List<IncomingContact> contacts = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.parse("2026-11-24T12:00:00Z");
        try (VCardFileReader reader = new VCardFileReader(in, new ReadOptions(name, charset, now, now, false))) {
            for (Incoming next = reader.next(); next != null; next = reader.next()) {
                contacts.add((IncomingContact) next);
                warnings.addAll(reader.drainWarnings());
            }
            warnings.addAll(reader.drainWarnings());
        }
        return contacts;
    }

    private static IncomingContact single(List<IncomingContact> contacts) {
        assertThat(contacts).hasSize(1);
        return contacts.getFirst();
    }
}
