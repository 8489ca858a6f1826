package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Location;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-24T10:00:00Z");
    private static final UUID OWNER = UUID.randomUUID();

    private static PersonDraft draft(String name, List<LabelledValue> emails, List<LabelledValue> phones,
            List<String> tags, String notes) {
        return new PersonDraft(name, null, null, emails, phones, Location.UNKNOWN, null, notes, tags, null, null);
    }

    @Test
    void emailsAreStoredInLowerCaseOnceEach() {
        Person person = Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(new LabelledValue(" Ada@Example.COM ", "work"),
                new LabelledValue("ada@example.com", "home")), List.of(), List.of(), null), Source.web(), NOW);

        assertThat(person.emailAddresses()).containsExactly("ada@example.com");
        assertThat(person.emailValues().getFirst().label()).isEqualTo("work");
    }

    @Test
    void invalidEmailNamesItsPositionInTheRequest() {
        PersonDraft draft = draft("Ada", List.of(new LabelledValue("ada@example.com", null),
                new LabelledValue("ada at example", null)), List.of(), List.of(), null);

        assertThatThrownBy(() -> Person.create(UUID.randomUUID(), OWNER, draft, Source.web(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("emails[1].address"));
    }

    @Test
    void theSamePhoneWrittenTwoWaysIsKeptOnce() {
        Person person = Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(),
                List.of(new LabelledValue("+1 612-555-0100", "mobile"), new LabelledValue("+16125550100", null)),
                List.of(), null), Source.web(), NOW);

        assertThat(person.phoneValues()).containsExactly(new LabelledValue("+1 612-555-0100", "mobile"));
    }

    @Test
    void tagsAreTrimmedLowerCasedAndDistinct() {
        Person person = Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(), List.of(),
                List.of(" VIP", "vip", "Board ", " "), null), Source.web(), NOW);

        assertThat(person.tagNames()).containsExactly("board", "vip");
    }

    @Test
    void phonesTagsAndLabelsMustFitWhatIsStored() {
        assertThatThrownBy(() -> Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(),
                List.of(new LabelledValue("ask reception", null)), List.of(), null), Source.web(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("phones[0].number"));
        assertThatThrownBy(() -> Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(), List.of(),
                List.of("ok", "a,b"), null), Source.web(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("tags[1]"));
        assertThatThrownBy(() -> Person.create(UUID.randomUUID(), OWNER, draft("Ada",
                List.of(new LabelledValue("ada@example.org", "l".repeat(41))), List.of(), List.of(), null),
                Source.web(), NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("emails[0].label"));
    }

    @Test
    void blankNameIsRefused() {
        assertThatThrownBy(() -> Person.create(UUID.randomUUID(), OWNER, draft("  ", List.of(), List.of(), List.of(), null),
                Source.web(), NOW)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("empty");
    }

    @Test
    void absorbingADuplicateLosesNothingAndKeepsTheSurvivorsFieldsFirst() {
        Person survivor = Person.create(UUID.randomUUID(), OWNER, new PersonDraft("Grace Hopper", "Rear Admiral", null,
                List.of(new LabelledValue("grace@navy.example", "work")), List.of(new LabelledValue("+1 202 555 0100", null)),
                Location.UNKNOWN, null, "Invented the compiler", List.of("navy"), null, null), Source.web(), NOW);
        UUID organization = UUID.randomUUID();
        Person duplicate = Person.create(UUID.randomUUID(), OWNER, new PersonDraft("G. Hopper", "Professor", organization,
                List.of(new LabelledValue("GRACE@navy.example", null), new LabelledValue("grace@home.example", "home")),
                List.of(new LabelledValue("+1 202 555 0199", "mobile")),
                new Location("Arlington", "VA", "US", null, null), LocalDate.of(1906, 12, 9), "Loves nanoseconds",
                List.of("cobol", "navy"), null, null), Source.imported("contacts.vcf"), NOW);

        survivor.absorb(duplicate, survivor.stricterWith(duplicate), NOW.plusHours(1));

        assertThat(survivor.name()).isEqualTo("Grace Hopper");
        assertThat(survivor.title()).isEqualTo("Rear Admiral");
        assertThat(survivor.organizationId()).isEqualTo(organization);
        assertThat(survivor.location().city()).isEqualTo("Arlington");
        assertThat(survivor.birthday()).isEqualTo(LocalDate.of(1906, 12, 9));
        assertThat(survivor.emailAddresses()).containsExactly("grace@navy.example", "grace@home.example");
        assertThat(survivor.phoneValues()).extracting(LabelledValue::value)
                .containsExactly("+1 202 555 0100", "+1 202 555 0199");
        assertThat(survivor.tagNames()).containsExactly("cobol", "navy");
        assertThat(survivor.notes()).startsWith("Invented the compiler\n\nLoves nanoseconds")
                .contains("G. Hopper").contains("Professor");
        assertThat(survivor.updatedAt()).isEqualTo(NOW.plusHours(1));
    }

    @Test
    void aMergeOfAPrivateAndASharedRecordIsPrivateAndItsAddressesWithIt() {
        UUID other = UUID.randomUUID();
        Person shared = Person.create(UUID.randomUUID(), OWNER, draft("Ada", List.of(new LabelledValue("ada@example.org", null)),
                List.of(), List.of(), null), Source.web(), NOW);
        Person kept = Person.create(UUID.randomUUID(), other, new PersonDraft("Ada L.", null, null,
                List.of(new LabelledValue("ada@home.example", null)), List.of(), Location.UNKNOWN, null, null, List.of(),
                app.handshake.accounts.Visibility.PRIVATE, null), Source.web(), NOW);

        assertThat(shared.stricterWith(kept)).isEqualTo(app.handshake.accounts.Visibility.PRIVATE);
        assertThat(kept.stricterWith(shared)).isEqualTo(app.handshake.accounts.Visibility.PRIVATE);
        assertThat(shared.stricterWith(shared)).isEqualTo(app.handshake.accounts.Visibility.SHARED);
        assertThat(shared.uniqueWithin()).isEqualTo(AddressAudience.EVERYONE);
        assertThat(kept.uniqueWithin()).isEqualTo(other);

        shared.absorb(kept, shared.stricterWith(kept), NOW);

        assertThat(shared.visibility()).isEqualTo(app.handshake.accounts.Visibility.PRIVATE);
        // The survivor's owner keeps it: its addresses are unique among that owner's private records now.
        assertThat(shared.uniqueWithin()).isEqualTo(OWNER);
        assertThat(shared.emailAddresses()).containsExactly("ada@example.org", "ada@home.example");
    }
}
