package app.handshake.people;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.Visibility;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's door: create, read, change, delete, search and merge people, always on behalf of
 * an {@link Actor}. A person the actor may not see does not exist for them: every call answers as if
 * there were no such person.
 */
@Service
@Transactional
public class People {

    static final String KIND = "people";
    private static final String AUDIT_TYPE = "person";

    private final PersonRepository repository;
    private final PersonQueries queries;
    private final PrivateNotes privateNotes;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<PersonRanking> ranking;
    private final EmailHolders holders;
    private final Merges merges;
    private final SearchTerms searchTerms;
    private final PlaceKeys placeKeys;

    People(PersonRepository repository, PersonQueries queries, PrivateNotes privateNotes, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, ObjectProvider<PersonRanking> ranking,
            EmailHolders holders, Merges merges, SearchTerms searchTerms, PlaceKeys placeKeys) {
        this.searchTerms = searchTerms;
        this.placeKeys = placeKeys;
        this.ranking = ranking;
        this.holders = holders;
        this.merges = merges;
        this.repository = repository;
        this.queries = queries;
        this.privateNotes = privateNotes;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a person owned by the actor. */
    public PersonDetails create(Actor actor, PersonDraft draft, Source source) {
        return details(actor, insert(actor, draft, source));
    }

    /** Creates a person and answers only the id: for bulk work (imports) that shows no one the result. */
    public UUID add(Actor actor, PersonDraft draft, Source source) {
        return insert(actor, draft, source).id();
    }

    private Person insert(Actor actor, PersonDraft draft, Source source) {
        Person person = Person.create(Ids.newId(clock), actor.userId(), draft, source, now());
        checkOrganization(actor, person);
        refuseDuplicateEmails(actor, person, person.emailAddresses());
        Person saved = save(person);
        privateNotes.write(saved.id(), actor.userId(), draft.privateNote(), now());
        audit.created(actor.userId(), AUDIT_TYPE, saved.id(), saved.name(), java.util.Map.of(
                "visibility", saved.visibility().key(), "source", saved.source().channel().name()));
        events.publishEvent(new PersonChanged(saved.id()));
        return saved;
    }

    @Transactional(readOnly = true)
    public PersonDetails get(Actor actor, UUID id) {
        return details(actor, load(actor, id));
    }

    @Transactional(readOnly = true)
    public Optional<PersonDetails> find(Actor actor, UUID id) {
        return repository.findById(id).filter(p -> canRead(actor, p)).map(p -> details(actor, p));
    }

    /**
     * Replaces the person's fields, provided nobody changed them since {@code expectedVersion} (null: no
     * check, for a client that asked for none with {@code If-Match: *}).
     */
    public PersonDetails update(Actor actor, UUID id, Long expectedVersion, PersonDraft draft) {
        Person person = load(actor, id);
        if (expectedVersion != null) {
            requireVersion(person, expectedVersion);
        }
        if (draft.visibility() != null && draft.visibility() != person.visibility()
                && !access.canManage(actor, person.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin decides who sees this person");
        }
        PersonDetails before = details(actor, person);
        var visibilityBefore = person.visibility();
        Set<String> held = Set.copyOf(person.emailAddresses());
        UUID heldWithin = person.uniqueWithin();
        person.apply(draft, now());
        checkOrganization(actor, person);
        // Addresses the person gains, or all of them when others now see the person together with other records.
        refuseDuplicateEmails(actor, person, person.uniqueWithin().equals(heldWithin) ? person.emailAddresses()
                .stream().filter(a -> !held.contains(a)).toList() : person.emailAddresses());
        Person saved = save(person);
        privateNotes.write(id, actor.userId(), draft.privateNote(), now());
        PersonDetails after = details(actor, saved);
        // A private note is its author's alone: the audit log says nothing of it.
        audit.updated(actor.userId(), AUDIT_TYPE, id, after.name(),
                AuditTrail.differences(before, after, Set.of("privateNote", "ownerName", "organizationName")));
        events.publishEvent(new PersonChanged(id));
        if (saved.visibility() != visibilityBefore) {
            events.publishEvent(new VisibilityChanged(VisibilityChanged.Kind.person, id));
        }
        return after;
    }

    /** Deletes the person; with an expected version, only if nobody changed them since. */
    public void delete(Actor actor, UUID id, Long expectedVersion) {
        Person person = load(actor, id);
        if (expectedVersion != null) {
            requireVersion(person, expectedVersion);
        }
        requireManage(actor, person);
        events.publishEvent(new PersonDeleting(id));
        repository.delete(person);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, person.name());
        events.publishEvent(new PersonDeleted(id));
    }

    /**
     * Gives a person a leaving user owns to a colleague, for a hand-over: an admin or the leaving user's manager
     * does it. A person someone else owns by now stays theirs; answers whether the person moved.
     */
    public boolean handOver(Actor actor, UUID id, UUID fromUserId, UUID toUserId) {
        if (!access.mayHandOver(actor, fromUserId)) {
            throw new ForbiddenException("Only an admin or their manager hands over someone's relationships");
        }
        Person person = repository.findById(id).orElseThrow(() -> new RecordNotFoundException("person", id));
        if (!fromUserId.equals(person.ownerId()) || fromUserId.equals(toUserId)) {
            return false;
        }
        String from = queries.userName(fromUserId);
        person.handOverTo(toUserId, now());
        Person saved = save(person);
        audit.updated(actor.userId(), AUDIT_TYPE, id, saved.name(), java.util.Map.of("owner",
                new AuditTrail.Change(from, queries.userName(toUserId) + " (hand-over)")));
        events.publishEvent(new PersonChanged(id));
        if (saved.visibility() == Visibility.PRIVATE) {
            // Who may see a private person follows its owner.
            events.publishEvent(new VisibilityChanged(VisibilityChanged.Kind.person, id));
        }
        return true;
    }

    /** Which of these people the actor may see, in one query. */
    @Transactional(readOnly = true)
    public Set<UUID> visibleAmong(Actor actor, java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : queries.visibleAmong(access.readFilter(actor, "p"), ids);
    }

    /**
     * For each of these addresses (lower case), a person the actor may see who holds it, their own records
     * first: an import matches by email. A record the actor may not see is never matched, nor hinted at.
     */
    @Transactional(readOnly = true)
    public java.util.Map<String, UUID> idsByEmail(Actor actor, java.util.Collection<String> addresses) {
        return holders.visible(access.readFilter(actor, "p"), addresses, null, actor.userId());
    }

    /** Another record of the person, as far as the actor may know: it holds some of the same addresses. */
    public record Duplicate(UUID id, String name, List<String> addresses) {}

    /**
     * The people the actor may see who hold one of this person's addresses: records made by someone who may
     * not see this one (it is private), which the owner's side can merge.
     */
    @Transactional(readOnly = true)
    public List<Duplicate> duplicates(Actor actor, UUID id) {
        load(actor, id);
        return holders.sharingAddressesWith(access.readFilter(actor, "p"), id).stream()
                .map(h -> new Duplicate(h.personId(), h.name(), List.copyOf(h.addresses()))).toList();
    }

    /** Bookkeeping facts of a person for other modules, whoever may see them; empty if there is no such person. */
    @Transactional(readOnly = true)
    public Optional<PersonProfile> profile(UUID id) {
        return queries.profile(id);
    }

    /** Every person's id, for work that touches the whole workspace (recomputing due dates after a rule change). */
    @Transactional(readOnly = true)
    public List<UUID> allIds() {
        return queries.allIds();
    }

    /**
     * Locks these people's rows for writing until the transaction ends, in the database's order of ids, so
     * that two writers locking several people never wait for each other in a circle.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void lockForWrite(java.util.Collection<UUID> ids) {
        queries.lockForWrite(ids);
    }

    /** The ids of the next people after {@code after} (null: from the first), in the database's order. */
    public List<UUID> nextIds(UUID after, int limit) {
        return queries.nextIds(after, limit);
    }

    /**
     * Locks the next {@code limit} people after {@code after} (null: from the first), in id order, until the
     * caller's transaction ends, and returns their ids. Every writer locks people in id order before it
     * writes what depends on them, so work over the whole workspace done chunk by chunk this way never
     * deadlocks with people logging touchpoints.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public List<UUID> lockNext(UUID after, int limit) {
        return queries.lockNext(after, limit);
    }

    /** The people the actor may see, as a condition on a table aliased {@code p}, for other modules' queries. */
    public RecordAccess.SqlFilter readFilter(Actor actor) {
        return access.readFilter(actor, "p");
    }

    @Transactional(readOnly = true)
    public Page<PersonSummary> search(Actor actor, PersonSearch search, PageRequest page) {
        return queries.search(access.readFilter(actor, "p"), access.readFilter(actor, "o"), ranking.getIfAvailable(),
                search, page);
    }

    /**
     * Merges the duplicate into the survivor: every email, phone, tag and note of both is kept, the survivor's
     * fields win where both have one, the merged person is private if either was (unless the owners' side
     * asks for {@code visibility} shared), and the duplicate is removed. Other modules move or reconcile what
     * they hold for it ({@link MergeParticipant}, {@link PeopleMerged}); the outcome says what became of it.
     */
    public MergeOutcome merge(Actor actor, UUID survivorId, Long expectedVersion, UUID duplicateId, Visibility visibility) {
        Merges.Result merged = merges.merge(actor, survivorId, expectedVersion, duplicateId, visibility);
        return new MergeOutcome(details(actor, merged.person(), merged.privateNote()), merged.notes());
    }

    /** What {@link #merge} would make of the two records and what it would do, without writing anything. */
    @Transactional(readOnly = true)
    public MergeOutcome previewMerge(Actor actor, UUID survivorId, Long expectedVersion, UUID duplicateId,
            Visibility visibility) {
        Merges.Result preview = merges.preview(actor, survivorId, expectedVersion, duplicateId, visibility);
        return new MergeOutcome(details(actor, preview.person(), preview.privateNote()), preview.notes());
    }

    private Person save(Person person) {
        try {
            Person saved = repository.save(person);
            searchTerms.index(saved);
            placeKeys.keep(saved);
            return saved;
        } catch (DuplicateKeyException e) {
            // Another request stored one of these addresses a moment ago; the failed transaction can't look it up.
            throw new DuplicateRecordException(KIND, null,
                    "Another person with one of these emails was stored at the same moment");
        }
    }

    /**
     * Refuses an address that a record the actor may see already holds. A record they may not see never
     * refuses it: that would tell them it exists. Such twins are merged by someone who sees both.
     */
    private void refuseDuplicateEmails(Actor actor, Person person, List<String> addresses) {
        java.util.Map<String, UUID> taken = holders.visible(access.readFilter(actor, "p"), addresses, person.id(),
                actor.userId());
        for (String address : addresses) {
            if (taken.containsKey(address)) {
                throw new DuplicateRecordException(KIND, taken.get(address),
                        "A person with the email " + address + " already exists");
            }
        }
    }

    private void checkOrganization(Actor actor, Person person) {
        if (person.organizationId() != null
                && queries.organizationName(access.readFilter(actor, "o"), person.organizationId()) == null) {
            throw new InvalidRequestException("organizationId", "no such organization");
        }
    }

    private void requireManage(Actor actor, Person person) {
        if (!access.canManage(actor, person.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin may delete this person");
        }
    }

    private static void requireVersion(Person person, long expectedVersion) {
        if (person.version() != expectedVersion) {
            throw new StaleVersionException("person", expectedVersion, person.version());
        }
    }

    private boolean canRead(Actor actor, Person person) {
        return access.canRead(actor, person.ownerId(), person.visibility());
    }

    private Person load(Actor actor, UUID id) {
        return repository.findById(id).filter(p -> canRead(actor, p))
                .orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    private PersonDetails details(Actor actor, Person person) {
        return details(actor, person, privateNotes.of(person.id(), actor.userId()).orElse(null));
    }

    private PersonDetails details(Actor actor, Person person, String privateNote) {
        return new PersonDetails(person.id(), person.version(), person.ownerId(), queries.userName(person.ownerId()),
                person.visibility(), person.name(), person.title(), person.organizationId(),
                queries.organizationName(access.readFilter(actor, "o"), person.organizationId()),
                person.emailValues(), person.phoneValues(), person.location(), person.birthday(), person.notes(),
                person.tagNames(), privateNote, person.source(),
                person.createdAt(), person.updatedAt());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
