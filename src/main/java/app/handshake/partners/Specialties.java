package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's vocabulary of specialties: everyone reads it, admins and managers change it. A term (a name or a
 * synonym) belongs to one specialty only; {@link #resolve} finds a specialty by any term, or by its stem
 * ({@link Terms}).
 */
@Service
@Transactional
public class Specialties {

    static final String AUDIT_TYPE = "specialty";

    private final SpecialtyStore store;
    private final AuditTrail audit;
    private final Clock clock;

    Specialties(SpecialtyStore store, AuditTrail audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Specialty> list() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public Specialty get(UUID id) {
        return store.get(id).orElseThrow(() -> new RecordNotFoundException("specialty", id));
    }

    /**
     * The specialty a need names: the one holding the need as a term, else the one with a term of the same stem
     * (the one whose name it is first, then by name), else none.
     */
    @Transactional(readOnly = true)
    public Optional<Specialty> resolve(@Nullable String need) {
        String term = Terms.normalize(need);
        if (term == null) {
            return Optional.empty();
        }
        Optional<UUID> exact = store.holderOf(term);
        if (exact.isPresent()) {
            return store.get(exact.get());
        }
        String stem = Terms.stem(term);
        return store.terms().stream().filter(t -> Terms.stem(t.term()).equals(stem))
                .sorted(Comparator.comparing((SpecialtyStore.Term t) -> !t.isName()).thenComparing(SpecialtyStore.Term::term))
                .findFirst().flatMap(t -> store.get(t.specialtyId()));
    }

    public Specialty create(Actor actor, SpecialtyDraft draft) {
        requireEditor(actor);
        UUID id = Ids.newId(clock);
        String name = name(draft.name());
        Set<String> synonyms = synonyms(draft, name);
        refuseTaken(id, Terms.normalize(name), synonyms);
        store.insert(id, name, OffsetDateTime.now(clock));
        writeTerms(id, name, synonyms);
        audit.created(actor.userId(), AUDIT_TYPE, id, name, Map.of("name", name, "synonyms", String.join(", ", synonyms)));
        return get(id);
    }

    public Specialty update(Actor actor, UUID id, @Nullable Long expectedVersion, SpecialtyDraft draft) {
        requireEditor(actor);
        Specialty before = get(id);
        long version = store.lock(id).orElseThrow(() -> new RecordNotFoundException("specialty", id));
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException("specialty", expectedVersion, version);
        }
        String name = name(draft.name());
        Set<String> synonyms = synonyms(draft, name);
        refuseTaken(id, Terms.normalize(name), synonyms);
        if (!store.update(id, version, name)) {
            throw new StaleVersionException("specialty", version, version + 1);
        }
        writeTerms(id, name, synonyms);
        Specialty after = get(id);
        audit.updated(actor.userId(), AUDIT_TYPE, id, name, AuditTrail.differences(before, after, Set.of()));
        return after;
    }

    /** Removes a specialty from the vocabulary; partners lose it, endorsements and referrals keep their words. */
    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        requireEditor(actor);
        Specialty specialty = get(id);
        long version = store.lock(id).orElseThrow(() -> new RecordNotFoundException("specialty", id));
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException("specialty", expectedVersion, version);
        }
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, specialty.name());
    }

    private void writeTerms(UUID id, String name, Set<String> synonyms) {
        try {
            store.replaceTerms(id, Terms.normalize(name), synonyms);
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException("specialties", null, "A term was given to another specialty at the"
                    + " same moment");
        }
    }

    private void refuseTaken(UUID id, String nameTerm, Set<String> synonyms) {
        Set<String> all = new LinkedHashSet<>();
        all.add(nameTerm);
        all.addAll(synonyms);
        for (String term : all) {
            Optional<UUID> holder = store.holderOf(term);
            if (holder.isPresent() && !holder.get().equals(id)) {
                String other = store.get(holder.get()).map(Specialty::name).orElse("another specialty");
                throw new DuplicateRecordException("specialties", holder.get(),
                        "\"" + term + "\" already belongs to " + other);
            }
        }
    }

    private static void requireEditor(Actor actor) {
        if (!actor.isAdmin() && !actor.isManager()) {
            throw new ForbiddenException("Only admins and managers change the vocabulary of specialties");
        }
    }

    private static String name(@Nullable String name) {
        String clean = name == null ? null : name.strip().replaceAll("\\s+", " ");
        if (clean == null || clean.isEmpty()) {
            throw new InvalidRequestException("name", "must not be blank");
        }
        if (clean.length() > 100) {
            throw new InvalidRequestException("name", "must be at most 100 characters");
        }
        return clean;
    }

    /** The synonyms normalized, without blanks, repeats or the name itself. */
    private static Set<String> synonyms(SpecialtyDraft draft, String name) {
        Set<String> synonyms = new LinkedHashSet<>();
        List<String> given = draft.synonyms() == null ? List.of() : draft.synonyms();
        for (int i = 0; i < given.size(); i++) {
            String term = Terms.normalize(given.get(i));
            if (term != null && term.length() > 100) {
                throw new InvalidRequestException("synonyms[" + i + "]", "must be at most 100 characters");
            }
            if (term != null && !term.equals(Terms.normalize(name))) {
                synonyms.add(term);
            }
        }
        if (synonyms.size() > 50) {
            throw new InvalidRequestException("synonyms", "must be at most 50");
        }
        return synonyms;
    }
}
