package app.handshake.people;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.Users;
import app.handshake.accounts.Visibility;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Two records of one person become one: who may merge them, who sees the result (private wins unless the
 * private side's owners choose to share), and what other modules do with what they hold for the two
 * ({@link MergeParticipant}). A preview works all of it out and writes nothing.
 */
@Service
class Merges {

    /** The merged person (saved, or as it would be), the actor's private note on it, and what became of everything. */
    record Result(Person person, String privateNote, List<MergeNote> notes) {}

    private record Plan(Person merged, Person duplicate, PersonMerge merge, MergeNote visibility) {}

    private final PersonRepository repository;
    private final PrivateNotes privateNotes;
    private final EmailHolders holders;
    private final PersonQueries queries;
    private final RecordAccess access;
    private final Users users;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<MergeParticipant> participants;
    private final Clock clock;
    private final SearchTerms searchTerms;
    private final PlaceKeys placeKeys;

    Merges(PersonRepository repository, PrivateNotes privateNotes, EmailHolders holders, PersonQueries queries,
            RecordAccess access, Users users, AuditTrail audit, ApplicationEventPublisher events,
            ObjectProvider<MergeParticipant> participants, Clock clock, SearchTerms searchTerms, PlaceKeys placeKeys) {
        this.searchTerms = searchTerms;
        this.placeKeys = placeKeys;
        this.repository = repository;
        this.privateNotes = privateNotes;
        this.holders = holders;
        this.queries = queries;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.participants = participants;
        this.clock = clock;
    }

    Result preview(Actor actor, UUID survivorId, Long expectedVersion, UUID duplicateId, Visibility visibility) {
        Plan plan = plan(actor, survivorId, expectedVersion, duplicateId, visibility);
        List<MergeNote> notes = new ArrayList<>(List.of(plan.visibility()));
        participants.orderedStream().forEach(p -> notes.addAll(p.preview(actor, plan.merge())));
        return new Result(plan.merged(), privateNotes.mergedOf(survivorId, duplicateId, actor.userId()).orElse(null),
                notes);
    }

    Result merge(Actor actor, UUID survivorId, Long expectedVersion, UUID duplicateId, Visibility visibility) {
        Plan plan = plan(actor, survivorId, expectedVersion, duplicateId, visibility);
        List<MergeNote> notes = new ArrayList<>(List.of(plan.visibility()));
        participants.orderedStream().forEach(p -> notes.addAll(p.merge(actor, plan.merge())));
        privateNotes.merge(survivorId, duplicateId, now());
        // Other modules move what they hold for the duplicate before it goes: deleting it cascades.
        events.publishEvent(new PeopleMerged(survivorId, duplicateId));
        // The duplicate goes before the survivor is saved, so that its addresses are free for the survivor.
        repository.delete(plan.duplicate());
        Person merged;
        try {
            merged = repository.save(plan.merged());
            searchTerms.index(merged);
            placeKeys.keep(merged);
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException(People.KIND, null,
                    "Another person with one of these emails was stored at the same moment");
        }
        audit.merged(actor.userId(), "person", survivorId, duplicateId,
                merged.name() + " absorbed " + plan.duplicate().name());
        events.publishEvent(new PersonChanged(survivorId));
        return new Result(merged, privateNotes.of(survivorId, actor.userId()).orElse(null), notes);
    }

    private Plan plan(Actor actor, UUID survivorId, Long expectedVersion, UUID duplicateId, Visibility wanted) {
        if (survivorId.equals(duplicateId)) {
            throw new InvalidRequestException("duplicateId", "a person cannot be merged with themselves");
        }
        Person survivor = load(actor, survivorId);
        if (expectedVersion != null && survivor.version() != expectedVersion) {
            throw new StaleVersionException("person", expectedVersion, survivor.version());
        }
        Person duplicate = load(actor, duplicateId);
        if (!access.canManage(actor, duplicate.ownerId())) {
            throw new ForbiddenException("Only the owner of " + duplicate.name()
                    + ", their manager or an admin may merge it away");
        }
        Visibility visibility = wanted != null ? wanted : survivor.stricterWith(duplicate);
        requireMayDecide(actor, survivor, duplicate, visibility, wanted == null);
        MergeNote note = visibilityNote(survivor, duplicate, visibility, wanted == null);
        survivor.absorb(duplicate, visibility, now());
        refuseClashes(actor, survivor, duplicate);
        return new Plan(survivor, duplicate, new PersonMerge(survivorId, survivor.name(), duplicateId, duplicate.name(),
                survivor.ownerId(), visibility), note);
    }

    /** Sharing what a record keeps private, or hiding a shared record, is for that record's owner's side. */
    private void requireMayDecide(Actor actor, Person survivor, Person duplicate, Visibility visibility, boolean stricter) {
        if (visibility == Visibility.SHARED) {
            for (Person kept : List.of(survivor, duplicate)) {
                if (kept.visibility() == Visibility.PRIVATE && !access.canManage(actor, kept.ownerId())) {
                    throw new ForbiddenException("Only the owner of " + kept.name()
                            + ", their manager or an admin may share what it keeps private");
                }
            }
        }
        if (visibility != survivor.visibility() && !access.canManage(actor, survivor.ownerId())) {
            throw new ForbiddenException("Merging would make " + survivor.name() + " " + visibility.key()
                    + (stricter ? ", as " + duplicate.name() + " is," : "")
                    + " and only its owner, their manager or an admin decide who sees it"
                    + (stricter ? "; send \"visibility\": \"shared\" to share what " + duplicate.name()
                            + " keeps private instead" : ""));
        }
    }

    private MergeNote visibilityNote(Person survivor, Person duplicate, Visibility visibility, boolean stricter) {
        String owner = queries.userName(survivor.ownerId());
        String text;
        if (visibility == Visibility.SHARED) {
            boolean sharesPrivate = survivor.visibility() == Visibility.PRIVATE || duplicate.visibility() == Visibility.PRIVATE;
            text = sharesPrivate ? "Shared with the whole team, as asked: what was kept private is seen by everyone now."
                    : "Shared with the whole team, as both records were.";
        } else {
            text = "Private: only " + (owner == null ? "admins" : owner + ", their manager and admins") + " will see "
                    + survivor.name() + (stricter ? (survivor.visibility() == Visibility.SHARED
                            ? ", as " + duplicate.name() + " kept private what it holds." : ", as both records were.")
                            : ", as asked.");
            UUID other = duplicate.ownerId();
            if (other != null && !other.equals(survivor.ownerId()) && !canStillRead(other, survivor.ownerId())) {
                text += " " + queries.userName(other) + ", who kept " + duplicate.name() + ", will no longer see it.";
            }
        }
        return new MergeNote("visibility", text, Map.of("visibility", visibility.key(),
                "changed", visibility != survivor.visibility()));
    }

    private boolean canStillRead(UUID userId, UUID ownerId) {
        return users.find(userId).map(u -> access.canRead(u.actor(), ownerId, Visibility.PRIVATE)).orElse(false);
    }

    /** An address may not end up twice among the records seen together; a third record holding it is merged first. */
    private void refuseClashes(Actor actor, Person merged, Person duplicate) {
        var clashes = holders.within(merged.uniqueWithin(), merged.emailAddresses(), List.of(merged.id(), duplicate.id()));
        for (var clash : clashes.entrySet()) {
            UUID visible = repository.findById(clash.getValue()).filter(p -> canRead(actor, p)).map(Person::id).orElse(null);
            throw new DuplicateRecordException(People.KIND, visible, "The email " + clash.getKey()
                    + " is also on another person seen together with the merged one: merge that one in first");
        }
    }

    private boolean canRead(Actor actor, Person person) {
        return access.canRead(actor, person.ownerId(), person.visibility());
    }

    private Person load(Actor actor, UUID id) {
        return repository.findById(id).filter(p -> canRead(actor, p))
                .orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
