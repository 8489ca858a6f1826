package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.Origin;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.people.Source;
import app.handshake.shared.Location;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Brings one contact into the workspace: the person who already holds one of its addresses (or its
 * card's UID) gets what they lack — never loses what they have —, anyone else is created. Importing
 * the same file again therefore changes nothing.
 *
 * <p>People who are already there are changed only at the end of the file ({@link #finish}): writing to
 * them as their lines come would hold their rows locked for the length of the file, and anyone logging a
 * touchpoint with them meanwhile would wait for the whole import. Until then, what the file adds to them
 * is kept here, and later lines of the file see it.
 */
final class ContactImport {

    enum Outcome { created, updated, unchanged }

    private final Workspace workspace;
    private final Actor actor;
    private final Source source;
    private final Visibility visibility;
    private final Map<String, UUID> organizations = new HashMap<>();
    /** What the file adds to people already there, line by line, in the order first met. */
    private final Map<UUID, List<Change>> changes = new LinkedHashMap<>();
    /** Addresses that those changes give to people already there: later lines find them there. */
    private final Map<String, UUID> addedAddresses = new HashMap<>();

    /** One line's additions to a person already there; {@code holders} are the addresses others hold. */
    private record Change(IncomingContact contact, Map<String, UUID> holders) {}

    ContactImport(Workspace workspace, Actor actor, Source source, Visibility visibility) {
        this.workspace = workspace;
        this.actor = actor;
        this.source = source;
        this.visibility = visibility;
    }

    Outcome apply(IncomingContact given, Consumer<String> warn) {
        IncomingContact contact = tidy(given, warn);
        if (contact.organizationCard()) {
            boolean existed = organizations.containsKey(norm(contact.name()))
                    || workspace.organizations().idByName(actor, contact.name()).isPresent();
            organization(contact.name());
            return existed ? Outcome.unchanged : Outcome.created;
        }
        List<String> addresses = contact.emails().stream().map(e -> e.value().toLowerCase(Locale.ROOT)).toList();
        // Only people the importer may see are matched: someone else's private record is neither found nor hinted at.
        Map<String, UUID> holders = new HashMap<>(workspace.people().idsByEmail(actor, addresses));
        for (String address : addresses) {
            UUID addedTo = addedAddresses.get(address);
            if (addedTo != null) {
                holders.putIfAbsent(address, addedTo);
            }
        }
        LinkedHashSet<UUID> matched = addresses.stream().map(holders::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String key = key(contact);
        Optional<UUID> existing = matched.stream().findFirst();
        if (matched.size() > 1) {
            warn.accept("its addresses belong to " + matched.size() + " different people; added to the first of them");
        }
        if (existing.isEmpty() && contact.key() != null) {
            existing = ownExport(contact.key());
        }
        boolean keyKnown = false;
        if (existing.isEmpty() && key != null) {
            Optional<UUID> known = workspace.keys().find(actor.userId(), "person", key);
            keyKnown = known.isPresent();
            existing = known.filter(id -> workspace.people().profile(id).isPresent());
        }
        OffsetDateTime now = OffsetDateTime.now(workspace.clock());
        if (existing.isEmpty()) {
            UUID created = workspace.people().add(actor, draft(contact, holders), source);
            if (key != null) {
                workspace.keys().put(actor.userId(), "person", key, created, now, keyKnown);
            }
            return Outcome.created;
        }
        UUID id = existing.get();
        PersonDraft before = withChanges(workspace.people().get(actor, id).toDraft(), changes.getOrDefault(id, List.of()));
        PersonDraft merged = merged(before, contact, holders);
        if (merged.equals(before)) {
            return Outcome.unchanged;
        }
        changes.computeIfAbsent(id, k -> new ArrayList<>()).add(new Change(contact, holders));
        merged.emails().forEach(e -> addedAddresses.putIfAbsent(e.value().toLowerCase(Locale.ROOT), id));
        return Outcome.updated;
    }

    /** One person's changes from the file, made by {@link #make()}; {@code origin} is the first line that asked. */
    final class PersonChange {
        private final UUID id;
        private final List<Change> asked;

        private PersonChange(UUID id, List<Change> asked) {
            this.id = id;
            this.asked = asked;
        }

        Origin origin() {
            return asked.getFirst().contact().origin();
        }

        /** Merges what the file adds with what the person holds now: an edit made meanwhile is kept. */
        void make() {
            PersonDetails person = workspace.people().get(actor, id);
            PersonDraft merged = withChanges(person.toDraft(), asked);
            if (!merged.equals(person.toDraft())) {
                workspace.people().update(actor, id, person.version(), merged);
            }
        }
    }

    /**
     * The changes the file asks of people already there, to make at the end of the file. Their rows are locked
     * here, in the database's order of ids, so that making them never deadlocks with people logging touchpoints.
     */
    List<PersonChange> changesToMake() {
        if (changes.isEmpty()) {
            return List.of();
        }
        workspace.people().lockForWrite(changes.keySet());
        List<PersonChange> toMake = changes.entrySet().stream().map(e -> new PersonChange(e.getKey(), e.getValue()))
                .toList();
        changes.clear();
        addedAddresses.clear();
        return toMake;
    }

    private PersonDraft withChanges(PersonDraft person, List<Change> asked) {
        PersonDraft merged = person;
        for (Change change : asked) {
            merged = merged(merged, change.contact(), change.holders());
        }
        return merged;
    }

    /** Leaves out what a person record cannot hold (a "phone number" that is a word), saying so. */
    private static IncomingContact tidy(IncomingContact c, Consumer<String> warn) {
        List<Labelled> phones = new ArrayList<>();
        for (Labelled phone : c.phones()) {
            if (PersonDraft.isPhoneNumber(phone.value())) {
                phones.add(new Labelled(phone.value(), shorten(phone.label(), PersonDraft.MAX_LABEL)));
            } else {
                warn.accept("left out \"" + phone.value() + "\": not a phone number");
            }
        }
        List<Labelled> emails = c.emails().stream()
                .map(e -> new Labelled(e.value(), shorten(e.label(), PersonDraft.MAX_LABEL))).toList();
        List<String> tags = new ArrayList<>();
        for (String tag : c.tags()) {
            if (tag.length() > PersonDraft.MAX_TAG || tag.contains(",")) {
                warn.accept("left out the tag \"" + shorten(tag, 60) + "\": too long for a tag");
            } else {
                tags.add(tag);
            }
        }
        return new IncomingContact(c.origin(), c.key(), cut(c.name(), 200, "name", warn), cut(c.title(), 200, "title", warn),
                cut(c.organization(), 200, "organization", warn), emails, phones, cut(c.notes(), 10_000, "notes", warn),
                tags, c.birthday(), cut(c.city(), 100, "city", warn), cut(c.region(), 100, "region", warn),
                cut(c.country(), 100, "country", warn), c.connectedOn(), c.organizationCard());
    }

    /** What is longer than a person record holds is cut, and said so: the rest of the card still counts. */
    private static String cut(String text, int max, String what, Consumer<String> warn) {
        if (text == null || text.length() <= max) {
            return text;
        }
        warn.accept("the " + what + " was cut to " + max + " characters");
        return text.substring(0, max - 1) + "…";
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Handshake's own vCard export names each person by id: such a card is that person, if still there. */
    private Optional<UUID> ownExport(String uid) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)^urn:uuid:([0-9a-f-]{36})$").matcher(uid);
        if (!m.matches()) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(m.group(1));
        // Only a person the importer may see: a card never finds, nor hints at, someone else's private record.
        return workspace.people().find(actor, id).isPresent() ? Optional.of(id) : Optional.empty();
    }

    /** Cards without an address are found again by their UID, or by what they say when they have none. */
    private static String key(IncomingContact contact) {
        if (contact.key() != null) {
            return "uid:" + contact.key();
        }
        if (!contact.emails().isEmpty()) {
            return null;
        }
        // Everything the card says: two different cards that share only a name stay two people.
        return "card:" + String.join("|", String.valueOf(contact.name()), String.valueOf(contact.title()),
                String.valueOf(contact.organization()),
                contact.phones().stream().map(Labelled::value).collect(Collectors.joining(",")),
                String.valueOf(contact.notes()), String.valueOf(contact.birthday()), String.valueOf(contact.city()),
                String.valueOf(contact.region()), String.valueOf(contact.country()), String.join(",", contact.tags()));
    }

    private PersonDraft draft(IncomingContact c, Map<String, UUID> holders) {
        List<LabelledValue> emails = c.emails().stream()
                .filter(e -> !holders.containsKey(e.value().toLowerCase(Locale.ROOT)))
                .map(e -> new LabelledValue(e.value(), e.label())).toList();
        return new PersonDraft(c.name(), c.title(), c.organization() == null ? null : organization(c.organization()),
                emails, c.phones().stream().map(p -> new LabelledValue(p.value(), p.label())).toList(),
                new Location(c.city(), c.region(), c.country(), null, null), c.birthday(), c.notes(), c.tags(), visibility,
                null);
    }

    /** What the person has, plus what the contact adds: addresses, numbers and tags they lack, empty fields filled. */
    private PersonDraft merged(PersonDraft p, IncomingContact c, Map<String, UUID> holders) {
        List<LabelledValue> emails = new ArrayList<>(p.emails());
        for (Labelled e : c.emails()) {
            UUID holder = holders.get(e.value().toLowerCase(Locale.ROOT));
            if (holder == null) {
                emails.add(new LabelledValue(e.value(), e.label()));
            }
        }
        List<LabelledValue> phones = new ArrayList<>(p.phones());
        for (Labelled phone : c.phones()) {
            if (phones.stream().noneMatch(x -> digits(x.value()).equals(digits(phone.value())))) {
                phones.add(new LabelledValue(phone.value(), phone.label()));
            }
        }
        List<String> tags = new ArrayList<>(p.tags());
        c.tags().stream().filter(t -> tags.stream().noneMatch(x -> x.equalsIgnoreCase(t))).forEach(tags::add);
        Location l = p.location();
        Location location = l.city() == null && l.region() == null && l.country() == null
                && (c.city() != null || c.region() != null || c.country() != null)
                ? new Location(c.city(), c.region(), c.country(), l.latitude(), l.longitude()) : l;
        return new PersonDraft(p.name(), p.title() != null ? p.title() : c.title(),
                p.organizationId() != null || c.organization() == null ? p.organizationId() : organization(c.organization()),
                emails, phones, location, p.birthday() != null ? p.birthday() : c.birthday(),
                p.notes() != null ? p.notes() : c.notes(), tags, p.visibility(), p.privateNote());
    }

    /** After a record was undone: what it created may be gone, so nothing remembered from it is trusted. */
    void forget() {
        organizations.clear();
    }

    /** The organization of this name the importer may see, created (with the import's visibility) when there is none. */
    UUID organization(String name) {
        return organizations.computeIfAbsent(norm(name), k -> workspace.organizations().idByName(actor, name)
                .orElseGet(() -> workspace.organizations().create(actor,
                        new OrganizationDraft(name.strip(), null, null, null, null, List.of(), visibility)).id()));
    }

    private static String norm(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String digits(String phone) {
        return phone.replaceAll("[^0-9+]", "");
    }
}
