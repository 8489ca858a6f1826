package app.handshake.imports.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Visibility;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What no vCard can carry, in every field, is left out of that field and said so; the file goes on. */
class VCardPeopleTest {

    private static PersonDetails person(String v) {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-24T10:00:00Z");
        return new PersonDetails(UUID.randomUUID(), 0, null, null, Visibility.SHARED, "N" + v, "T" + v, UUID.randomUUID(),
                "O" + v, List.of(new LabelledValue("a@example.org", "L" + v)), List.of(new LabelledValue("+1 555 0100", "P" + v)),
                new Location("C" + v, "R" + v, "K" + v, null, null), null, "Notes" + v, List.of("g" + v), null, Source.web(),
                now, now);
    }

    @Test
    void brokenSurrogatesAndControlCharactersAreLeftOutOfEachFieldAndTheNextCardStillFollows() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PersonDetails odd = person("a\uD800b\uDC00c\u0000d\u001Fe\"f\ng");
        PersonDetails next = person("plain");
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                PeopleWriters.PersonWriter cards = PeopleWriters.vcard(out)) {
            cards.write(odd);
            cards.write(next);
        }

        List<VCard> read = new ArrayList<>();
        try (VCardReader reader = new VCardReader(bytes.toString(StandardCharsets.UTF_8))) {
            for (VCard card = reader.readNext(); card != null; card = reader.readNext()) {
                read.add(card);
            }
        }
        assertThat(read).hasSize(2);
        VCard card = read.getFirst();
        String kept = "a\uFFFDb\uFFFDcde\"f\ng";
        assertThat(card.getFormattedName().getValue()).isEqualTo("N" + kept);
        assertThat(card.getTitles().getFirst().getValue()).isEqualTo("T" + kept);
        assertThat(card.getOrganization().getValues().getFirst()).isEqualTo("O" + kept);
        assertThat(card.getEmails().getFirst().getTypes().getFirst().getValue()).isEqualToIgnoringCase("L" + kept);
        assertThat(card.getTelephoneNumbers().getFirst().getTypes().getFirst().getValue()).isEqualToIgnoringCase("P" + kept);
        assertThat(card.getAddresses().getFirst().getLocality()).isEqualTo("C" + kept);
        assertThat(card.getAddresses().getFirst().getRegion()).isEqualTo("R" + kept);
        assertThat(card.getAddresses().getFirst().getCountry()).isEqualTo("K" + kept);
        assertThat(card.getNotes().getFirst().getValue()).isEqualTo("Notes" + kept);
        assertThat(card.getCategories().getValues()).containsExactly("g" + kept);
        assertThat(card.getExtendedProperty(VCardPeople.ALTERED).getValue()).contains("name").contains("label of email 1")
                .contains("notes").contains("tags");
        assertThat(read.get(1).getFormattedName().getValue()).isEqualTo("Nplain");
        assertThat(read.get(1).getExtendedProperty(VCardPeople.ALTERED)).isNull();
    }

    @Test
    void labelsAreQuotedTextKeepsItsSemicolonsAndLinesFoldAt75Octets() throws IOException {
        String label = "obair; Ó Súilleabháin, ^_^ \"MNB\"";
        PersonDetails sean = person("; Seán Ó Súilleabháin ".repeat(4).strip());
        sean = new PersonDetails(sean.id(), 0, null, null, Visibility.SHARED, sean.name(), sean.title(), null, null,
                List.of(new LabelledValue("sean@example.ie", label)), List.of(new LabelledValue("+353 1 234 5678", label)),
                sean.location(), null, sean.notes(), sean.tags(), null, sean.source(), sean.createdAt(), sean.updatedAt());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                PeopleWriters.PersonWriter cards = PeopleWriters.vcard(out)) {
            cards.write(sean);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).containsIgnoringCase("EMAIL;TYPE=\"obair; Ó Súilleabháin, ^_^ ^'MNB^'\":sean@example.ie")
                .contains("\nFN:N; Seán Ó Súilleabháin ; Seán").contains("\nNOTE:Notes; Seán");
        // Only compound values (ADR here) escape their semicolons.
        assertThat(unfolded.lines().filter(l -> l.contains("\\;"))).allMatch(l -> l.startsWith("ADR:"));

        VCard card;
        try (VCardReader reader = new VCardReader(text)) {
            card = reader.readNext();
        }
        assertThat(card.getFormattedName().getValue()).isEqualTo(sean.name());
        assertThat(card.getNotes().getFirst().getValue()).isEqualTo(sean.notes());
        // A comma separates the values of TYPE: the label comes back in two.
        assertThat(String.join(",", card.getEmails().getFirst().getTypes().stream().map(t -> t.getValue()).toList()))
                .isEqualToIgnoringCase(label);
        assertThat(String.join(",", card.getTelephoneNumbers().getFirst().getTypes().stream().map(t -> t.getValue()).toList()))
                .isEqualToIgnoringCase(label);
    }
}
