package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' door: make an organization or a person of the workspace a partner, read, list, change and delete
 * partners on behalf of an {@link Actor}. A partner the actor may not see does not exist for them.
 */
@Service
@Transactional
public class Partners {

    static final String AUDIT_TYPE = "partner";

    private final PartnerStore store;
    private final PartnerPartsStore parts;
    private final EndorsementStore endorsements;
    private final PartnerAccess access;
    private final Specialties specialties;
    private final Organizations organizations;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    Partners(PartnerStore store, PartnerPartsStore parts, EndorsementStore endorsements, PartnerAccess access,
            Specialties specialties, Organizations organizations, People people, AuditTrail audit, Clock clock) {
        this.store = store;
        this.parts = parts;
        this.endorsements = endorsements;
        this.access = access;
        this.specialties = specialties;
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partners the actor may see, as a condition on alias {@code pa}: for other modules' queries. */
    public SqlFilter readFilter(Actor actor) {
        return access.readFilter(actor);
    }

    public PartnerDetails create(Actor actor, PartnerDraft draft) {
        if ((draft.organizationId() == null) == (draft.personId() == null)) {
            throw new InvalidRequestException("organizationId", "give either an organization or a person, not both");
        }
        String recordName;
        Optional<UUID> existing;
        if (draft.organizationId() != null) {
            recordName = organizations.find(actor, draft.organizationId())
                    .orElseThrow(() -> new InvalidRequestException("organizationId", "no such organization")).name();
            existing = store.byOrganization(draft.organizationId());
        } else {
            recordName = people.find(actor, draft.personId())
                    .orElseThrow(() -> new InvalidRequestException("personId", "no such person")).name();
            existing = store.byPerson(draft.personId());
        }
        if (existing.isPresent()) {
            // The partner is exactly as visible as its record, which the actor just proved they may see.
            throw new DuplicateRecordException("partners", existing.get(), "It is a partner already");
        }
        PartnerKind kind = draft.kind() != null ? draft.kind()
                : draft.organizationId() != null ? PartnerKind.company : PartnerKind.individual;
        String name = Text.trimToNull(draft.name()) == null ? recordName : name(draft.name());
        UUID id = Ids.newId(clock);
        try {
            store.insert(id, name, kind, draft.organizationId(), draft.personId(), description(draft.description()),
                    website(draft.website()), actor.userId(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException e) {
            throw new DuplicateRecordException("partners", null, "It was made a partner at the same moment");
        }
        audit.created(actor.userId(), AUDIT_TYPE, id, name, Map.of("name", name, "kind", kind.name()));
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public PartnerDetails get(Actor actor, UUID id) {
        return details(actor, access.read(actor, id));
    }

    /**
     * The partner standing for this organization or person, if the actor may see it: for imports, which find a
     * partner again by its record rather than by a name that may have changed.
     */
    @Transactional(readOnly = true)
    public Optional<UUID> idOf(Actor actor, @Nullable UUID organizationId, @Nullable UUID personId) {
        Optional<UUID> id = organizationId != null ? store.byOrganization(organizationId)
                : personId != null ? store.byPerson(personId) : Optional.empty();
        return id.filter(found -> store.head(found, access.readFilter(actor)).isPresent());
    }

    /** The partner standing for the organization, when there is one and the actor may see the organization. */
    @Transactional(readOnly = true)
    public Optional<PartnerDetails> ofOrganization(Actor actor, UUID organizationId) {
        return idOf(actor, organizationId, null).map(id -> get(actor, id));
    }

    /** The partners the actor may see, by name; {@code specialty} is found by any term of the vocabulary. */
    @Transactional(readOnly = true)
    public Page<PartnerSummary> list(Actor actor, PartnerFilter filter, PageRequest page) {
        UUID specialty = filter.specialtyId();
        if (specialty == null && Text.trimToNull(filter.specialty()) != null) {
            Optional<Specialty> found = specialties.resolve(filter.specialty());
            if (found.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            specialty = found.get().id();
        }
        Page<PartnerStore.Head> heads = store.list(access.readFilter(actor), Text.trimToNull(filter.q()), specialty,
                page);
        List<UUID> ids = heads.items().stream().map(PartnerStore.Head::id).toList();
        Map<UUID, List<String>> names = new LinkedHashMap<>();
        store.specialtiesOf(ids).forEach(s -> names.computeIfAbsent(s.partnerId(), k -> new ArrayList<>()).add(s.name()));
        Map<UUID, Long> counts = endorsements.counts(ids, access.personFilter(actor, "e.endorser_person_id"));
        return heads.map(h -> new PartnerSummary(h.id(), h.name(), PartnerKind.valueOf(h.kind()), h.organizationId(),
                h.personId(), List.copyOf(names.getOrDefault(h.id(), List.of())), counts.getOrDefault(h.id(), 0L)));
    }

    /** Replaces the partner's own fields; the organization or person it stands for does not change. */
    public PartnerDetails update(Actor actor, UUID id, @Nullable Long expectedVersion, PartnerDraft draft) {
        PartnerStore.Head head = access.write(actor, id, expectedVersion);
        if ((draft.organizationId() != null && !draft.organizationId().equals(head.organizationId()))
                || (draft.personId() != null && !draft.personId().equals(head.personId()))) {
            throw new InvalidRequestException(draft.organizationId() != null ? "organizationId" : "personId",
                    "cannot change: make the other record a partner instead");
        }
        String name = Text.trimToNull(draft.name()) == null ? head.name() : name(draft.name());
        PartnerKind kind = draft.kind() == null ? PartnerKind.valueOf(head.kind()) : draft.kind();
        String description = description(draft.description());
        String website = website(draft.website());
        if (!store.update(id, head.version(), name, kind, description, website, OffsetDateTime.now(clock))) {
            throw new StaleVersionException("partner", head.version(), head.version() + 1);
        }
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        change(changes, "name", head.name(), name);
        change(changes, "kind", head.kind(), kind.name());
        change(changes, "description", head.description(), description);
        change(changes, "website", head.website(), website);
        audit.updated(actor.userId(), AUDIT_TYPE, id, name, changes);
        return get(actor, id);
    }

    /** Deletes the partner with its endorsements and referrals; the organization or person stays. */
    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        PartnerStore.Head head = access.write(actor, id, expectedVersion);
        access.requireDelete(actor, head);
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, head.name());
    }

    private PartnerDetails details(Actor actor, PartnerStore.Head h) {
        LocalDate today = LocalDate.now(clock);
        List<PartnerDetails.SpecialtyName> specialtyNames = store.specialtiesOf(List.of(h.id())).stream()
                .map(s -> new PartnerDetails.SpecialtyName(s.specialtyId(), s.name())).toList();
        List<Certification> certifications = parts.certifications(h.id()).stream()
                .map(c -> new Certification(c.id(), c.name(), c.issuer(), c.expiresOn(),
                        Certification.currentOn(c.expiresOn(), today))).toList();
        long endorsementCount = endorsements.counts(List.of(h.id()), access.personFilter(actor, "e.endorser_person_id"))
                .getOrDefault(h.id(), 0L);
        return new PartnerDetails(h.id(), h.version(), h.name(), PartnerKind.valueOf(h.kind()), h.organizationId(),
                h.personId(), h.description(), h.website(), h.createdBy(), specialtyNames, parts.areas(h.id()),
                certifications, parts.contacts(h.id(), access.personFilter(actor, "c.person_id")), endorsementCount,
                h.createdAt(), h.updatedAt());
    }

    private static String name(@Nullable String name) {
        String clean = Text.trimToNull(name);
        if (clean == null) {
            throw new InvalidRequestException("name", "must not be blank");
        }
        if (clean.length() > 200) {
            throw new InvalidRequestException("name", "must be at most 200 characters");
        }
        return clean;
    }

    private static @Nullable String description(@Nullable String description) {
        String clean = Text.trimToNull(description);
        if (clean != null && clean.length() > 4000) {
            throw new InvalidRequestException("description", "must be at most 4000 characters");
        }
        return clean;
    }

    private static @Nullable String website(@Nullable String website) {
        String clean = Text.trimToNull(website);
        if (clean == null) {
            return null;
        }
        if (clean.length() > 500) {
            throw new InvalidRequestException("website", "must be at most 500 characters");
        }
        // Shown as a link: only the web's own schemes, never javascript: or data:.
        if (!clean.toLowerCase(java.util.Locale.ROOT).matches("https?://[^\\s]+")) {
            throw new InvalidRequestException("website", "must be an http or https address");
        }
        return clean;
    }

    private static void change(Map<String, AuditTrail.Change> changes, String field, @Nullable String from,
            @Nullable String to) {
        if (!Objects.equals(from, to)) {
            changes.put(field, new AuditTrail.Change(from, to));
        }
    }
}
