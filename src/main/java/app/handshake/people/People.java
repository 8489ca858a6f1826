package app.handshake.people;

import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The people module's door: create, read, change, delete, search and merge people. */
@Service
@Transactional
public class People {

    static final String KIND = "people";

    private final PersonRepository repository;
    private final PersonQueries queries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    People(PersonRepository repository, PersonQueries queries, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    public PersonDetails create(PersonDraft draft, Source source) {
        Person person = Person.create(Ids.newId(clock), draft, source, now());
        checkOrganization(person);
        refuseDuplicateEmails(person);
        return details(save(person));
    }

    @Transactional(readOnly = true)
    public PersonDetails get(UUID id) {
        return details(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> find(UUID id) {
        return repository.findById(id).map(this::details);
    }

    /** Replaces the person's fields, provided nobody changed them since {@code expectedVersion}. */
    public PersonDetails update(UUID id, long expectedVersion, PersonDraft draft) {
        Person person = load(id);
        requireVersion(person, expectedVersion);
        person.apply(draft, now());
        checkOrganization(person);
        refuseDuplicateEmails(person);
        return details(save(person));
    }

    /** Deletes the person; with an expected version, only if nobody changed them since. */
    public void delete(UUID id, Long expectedVersion) {
        Person person = load(id);
        if (expectedVersion != null) {
            requireVersion(person, expectedVersion);
        }
        repository.delete(person);
        events.publishEvent(new PersonDeleted(id));
    }

    @Transactional(readOnly = true)
    public Page<PersonSummary> search(PersonSearch search, PageRequest page) {
        return queries.search(search, page);
    }

    /**
     * Merges the duplicate into the survivor: every email, phone, tag and note of both is kept, the
     * survivor's fields win where both have one, and the duplicate is removed. Other modules move what
     * they hold for the duplicate on {@link PeopleMerged}.
     */
    public PersonDetails merge(UUID survivorId, UUID duplicateId) {
        if (survivorId.equals(duplicateId)) {
            throw new InvalidRequestException("duplicateId", "a person cannot be merged with themselves");
        }
        Person survivor = load(survivorId);
        Person duplicate = load(duplicateId);
        survivor.absorb(duplicate, now());
        // The duplicate goes first so that its addresses are free for the survivor.
        repository.delete(duplicate);
        Person merged = repository.save(survivor);
        events.publishEvent(new PeopleMerged(survivorId, duplicateId));
        return details(merged);
    }

    private Person save(Person person) {
        try {
            return repository.save(person);
        } catch (DuplicateKeyException e) {
            // Another request stored one of these addresses a moment ago; the failed transaction can't look it up.
            throw new DuplicateRecordException(KIND, null,
                    "Another person with one of these emails was stored at the same moment");
        }
    }

    private void refuseDuplicateEmails(Person person) {
        for (String address : person.emailAddresses()) {
            repository.findIdByEmail(address)
                    .filter(owner -> !owner.equals(person.id()))
                    .ifPresent(owner -> {
                        throw new DuplicateRecordException(KIND, owner,
                                "A person with the email " + address + " already exists");
                    });
        }
    }

    private void checkOrganization(Person person) {
        if (person.organizationId() != null && !queries.organizationExists(person.organizationId())) {
            throw new InvalidRequestException("organizationId", "no such organization");
        }
    }

    private static void requireVersion(Person person, long expectedVersion) {
        if (person.version() != expectedVersion) {
            throw new StaleVersionException("person", expectedVersion, person.version());
        }
    }

    private Person load(UUID id) {
        return repository.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    private PersonDetails details(Person person) {
        return new PersonDetails(person.id(), person.version(), person.name(), person.title(),
                person.organizationId(), queries.organizationName(person.organizationId()), person.emailValues(),
                person.phoneValues(), person.location(), person.birthday(), person.notes(), person.tagNames(),
                person.source(), person.createdAt(), person.updatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
