package app.handshake.people;

import app.handshake.accounts.Visibility;
import app.handshake.shared.EmailAddress;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Location;
import app.handshake.shared.Text;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person the team knows or wants to know. The aggregate root of their emails, phones and tags. */
@Table("person")
class Person {

    @Id
    private UUID id;
    @Version
    private Long version;
    private UUID ownerId;
    private String visibility;
    private String name;
    private String sortName;
    private String title;
    private UUID organizationId;
    @Embedded.Nullable
    private Location location;
    private LocalDate birthday;
    private String notes;
    @Embedded.Nullable(prefix = "source_")
    private Source source;
    @MappedCollection(idColumn = "person_id", keyColumn = "ordinal")
    private List<PersonEmail> emails = new ArrayList<>();
    @MappedCollection(idColumn = "person_id", keyColumn = "ordinal")
    private List<PersonPhone> phones = new ArrayList<>();
    @MappedCollection(idColumn = "person_id")
    private Set<PersonTag> tags = new LinkedHashSet<>();
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;

    /** Persistence constructor. */
    Person() {}

    static Person create(UUID id, UUID ownerId, PersonDraft draft, Source source, OffsetDateTime now) {
        Person person = new Person();
        person.id = id;
        person.ownerId = ownerId;
        person.visibility = Visibility.SHARED.key();
        person.source = source;
        person.createdAt = now;
        person.apply(draft, now);
        return person;
    }

    /** Replaces everything a user may set; the id, source and creation time stay. */
    void apply(PersonDraft draft, OffsetDateTime now) {
        String cleanName = Text.trimToNull(draft.name());
        if (cleanName == null) {
            throw new InvalidRequestException("name", "must not be empty");
        }
        this.name = cleanName;
        this.sortName = cleanName.toLowerCase(Locale.ROOT);
        this.title = Text.trimToNull(draft.title());
        this.organizationId = draft.organizationId();
        this.location = draft.location().isUnknown() ? null : draft.location();
        this.birthday = draft.birthday();
        this.notes = Text.trimToNull(draft.notes());
        this.emails = distinctEmails(draft.emails());
        this.phones = distinctPhones(draft.phones());
        this.tags = tagsOf(draft.tags());
        if (draft.visibility() != null) {
            this.visibility = draft.visibility().key();
        }
        stampEmails();
        this.updatedAt = now;
    }

    /**
     * Who should see the record two records become: privately kept beats shared, so that merging never shows
     * anyone what one of them kept from them.
     */
    Visibility stricterWith(Person duplicate) {
        return visibility() == Visibility.PRIVATE || duplicate.visibility() == Visibility.PRIVATE ? Visibility.PRIVATE
                : Visibility.SHARED;
    }

    /**
     * Takes in everything the duplicate knows: every email, phone and tag, the notes (both kept), and each
     * field this person left empty. Where both had a different value, this person's stays and the
     * duplicate's is written into the notes. Nothing is lost. Who sees the result is decided by the caller
     * ({@link #stricterWith} unless the owners' side chose otherwise).
     */
    void absorb(Person duplicate, Visibility visibility, OffsetDateTime now) {
        this.visibility = visibility.key();
        List<String> alsoKnownAs = new ArrayList<>();
        if (!duplicate.name.equals(name)) {
            alsoKnownAs.add("name " + duplicate.name);
        }
        if (duplicate.title != null && title != null && !duplicate.title.equals(title)) {
            alsoKnownAs.add("title " + duplicate.title);
        }
        if (duplicate.birthday != null && birthday != null && !duplicate.birthday.equals(birthday)) {
            alsoKnownAs.add("birthday " + duplicate.birthday);
        }
        if (duplicate.location != null && location != null && !duplicate.location.equals(location)) {
            alsoKnownAs.add("location " + duplicate.location.label());
        }
        List<PersonDraft.LabelledValue> allEmails = new ArrayList<>(emailValues());
        allEmails.addAll(duplicate.emailValues());
        this.emails = distinctEmails(allEmails);
        List<PersonDraft.LabelledValue> allPhones = new ArrayList<>(phoneValues());
        allPhones.addAll(duplicate.phoneValues());
        this.phones = distinctPhones(allPhones);
        Set<PersonTag> allTags = new LinkedHashSet<>(tags);
        allTags.addAll(duplicate.tags);
        this.tags = allTags;
        if (title == null) {
            title = duplicate.title;
        }
        if (organizationId == null) {
            organizationId = duplicate.organizationId;
        }
        if (location == null) {
            location = duplicate.location;
        }
        if (birthday == null) {
            birthday = duplicate.birthday;
        }
        if (duplicate.notes != null && !duplicate.notes.equals(notes)) {
            notes = notes == null ? duplicate.notes : notes + "\n\n" + duplicate.notes;
        }
        if (!alsoKnownAs.isEmpty()) {
            String merged = "Merged with a duplicate record that had " + String.join("; ", alsoKnownAs) + ".";
            notes = notes == null ? merged : notes + "\n\n" + merged;
        }
        stampEmails();
        this.updatedAt = now;
    }

    /** Gives the person to another owner; a private person's addresses are then unique among that owner's. */
    void handOverTo(UUID newOwnerId, OffsetDateTime now) {
        this.ownerId = newOwnerId;
        stampEmails();
        this.updatedAt = now;
    }

    /** Among which records this person's addresses must be unique ({@link AddressAudience}). */
    UUID uniqueWithin() {
        return AddressAudience.of(visibility(), ownerId);
    }

    private void stampEmails() {
        UUID within = uniqueWithin();
        this.emails = new ArrayList<>(emails.stream().map(e -> new PersonEmail(e.address(), e.label(), within)).toList());
    }

    private static List<PersonEmail> distinctEmails(List<PersonDraft.LabelledValue> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<PersonEmail> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            PersonDraft.LabelledValue value = values.get(i);
            String address;
            try {
                address = new EmailAddress(value.value()).value();
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException("emails[" + i + "].address", e.getMessage());
            }
            if (seen.add(address)) {
                result.add(new PersonEmail(address, label("emails[" + i + "].label", value.label()), null));
            }
        }
        return result;
    }

    private static List<PersonPhone> distinctPhones(List<PersonDraft.LabelledValue> values) {
        Set<String> seen = new LinkedHashSet<>();
        List<PersonPhone> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String number = Text.trimToNull(values.get(i).value());
            if (number == null) {
                throw new InvalidRequestException("phones[" + i + "].number", "must not be empty");
            }
            if (!PersonDraft.isPhoneNumber(number)) {
                throw new InvalidRequestException("phones[" + i + "].number", "'" + number
                        + "' is not a phone number: up to 40 digits, spaces and + ( ) . / - x # *");
            }
            // "+1 612-555-0100" and "+16125550100" are the same phone.
            if (seen.add(number.replaceAll("[^0-9+]", ""))) {
                result.add(new PersonPhone(number, label("phones[" + i + "].label", values.get(i).label())));
            }
        }
        return result;
    }

    private static Set<PersonTag> tagsOf(List<String> values) {
        Set<PersonTag> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String tag = Text.trimToNull(values.get(i));
            if (tag == null) {
                continue;
            }
            // Tags are typed comma-separated in the pages, so a comma could never be typed back.
            if (tag.length() > PersonDraft.MAX_TAG || tag.contains(",")) {
                throw new InvalidRequestException("tags[" + i + "]", "'" + tag
                        + "' is not a tag: up to 50 characters, no commas");
            }
            result.add(new PersonTag(tag.toLowerCase(Locale.ROOT)));
        }
        return result;
    }

    private static String label(String field, String value) {
        String label = Text.trimToNull(value);
        if (label != null && label.length() > PersonDraft.MAX_LABEL) {
            throw new InvalidRequestException(field, "must be at most 40 characters");
        }
        return label;
    }

    List<PersonDraft.LabelledValue> emailValues() {
        return emails.stream().map(e -> new PersonDraft.LabelledValue(e.address(), e.label())).toList();
    }

    List<PersonDraft.LabelledValue> phoneValues() {
        return phones.stream().map(p -> new PersonDraft.LabelledValue(p.number(), p.label())).toList();
    }

    List<String> emailAddresses() {
        return emails.stream().map(PersonEmail::address).toList();
    }

    List<String> tagNames() {
        return tags.stream().map(PersonTag::tag).sorted().toList();
    }

    UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    Visibility visibility() {
        return Visibility.of(visibility);
    }

    long version() {
        return version == null ? 0 : version;
    }

    String name() {
        return name;
    }

    String sortName() {
        return sortName;
    }

    String title() {
        return title;
    }

    UUID organizationId() {
        return organizationId;
    }

    Location location() {
        return location == null ? Location.UNKNOWN : location;
    }

    LocalDate birthday() {
        return birthday;
    }

    String notes() {
        return notes;
    }

    Source source() {
        return source;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /** {@code uniqueWithin} follows the person's visibility and owner: see {@link #uniqueWithin()}. */
    record PersonEmail(String address, String label, UUID uniqueWithin) {}

    record PersonPhone(String number, String label) {}

    record PersonTag(String tag) {}
}
