package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parts of a partner: its specialties, service areas, certifications and contacts. Whoever may change the
 * partner may change them; each change moves the partner's version on and is audited as a change of the partner.
 */
@Service
@Transactional
public class PartnerParts {

    private final PartnerStore store;
    private final PartnerPartsStore parts;
    private final PartnerAccess access;
    private final Partners partners;
    private final Specialties specialties;
    private final AuditTrail audit;
    private final Clock clock;

    PartnerParts(PartnerStore store, PartnerPartsStore parts, PartnerAccess access, Partners partners,
            Specialties specialties, AuditTrail audit, Clock clock) {
        this.store = store;
        this.parts = parts;
        this.access = access;
        this.partners = partners;
        this.specialties = specialties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces the partner's specialties, each named by any term of the vocabulary or by its id. */
    public PartnerDetails setSpecialties(Actor actor, UUID partnerId, @Nullable Long expectedVersion,
            List<String> specialtyTerms) {
        PartnerStore.Head head = access.write(actor, partnerId, expectedVersion);
        Set<UUID> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < specialtyTerms.size(); i++) {
            String given = specialtyTerms.get(i);
            Specialty specialty = byIdOrTerm(given)
                    .orElseThrow(new IndexedNotFound("specialties", specialtyTerms.size() == 1 ? -1 : i));
            ids.add(specialty.id());
            names.add(specialty.name());
        }
        if (ids.size() > 50) {
            throw new InvalidRequestException("specialties", "must be at most 50");
        }
        parts.replaceSpecialties(partnerId, ids);
        return changed(actor, head, "specialties", String.join(", ", names));
    }

    public PartnerDetails addArea(Actor actor, UUID partnerId, AreaDraft draft) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        AreaDraft area = draft.checked();
        parts.insertArea(Ids.newId(clock), partnerId, area);
        return changed(actor, head, "areas", "added " + describe(area));
    }

    public PartnerDetails removeArea(Actor actor, UUID partnerId, UUID areaId) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        if (!parts.deleteArea(partnerId, areaId)) {
            throw new RecordNotFoundException("service area", areaId);
        }
        return changed(actor, head, "areas", "removed one");
    }

    public PartnerDetails addCertification(Actor actor, UUID partnerId, CertificationDraft draft) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        String name = bounded("name", draft.name(), 200);
        if (name == null) {
            throw new InvalidRequestException("name", "must not be blank");
        }
        parts.insertCertification(Ids.newId(clock), partnerId, name, bounded("issuer", draft.issuer(), 200),
                draft.expiresOn());
        return changed(actor, head, "certifications", "added " + name);
    }

    public PartnerDetails removeCertification(Actor actor, UUID partnerId, UUID certificationId) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        if (!parts.deleteCertification(partnerId, certificationId)) {
            throw new RecordNotFoundException("certification", certificationId);
        }
        return changed(actor, head, "certifications", "removed one");
    }

    /** Adds a person the actor may see as a contact at the partner, or changes their role there. */
    public PartnerDetails putContact(Actor actor, UUID partnerId, UUID personId, @Nullable String role) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        if (!access.maySeePerson(actor, personId)) {
            throw new InvalidRequestException("personId", "no such person");
        }
        parts.putContact(partnerId, personId, bounded("role", role, 200));
        return changed(actor, head, "contacts", "added " + personId);
    }

    public PartnerDetails removeContact(Actor actor, UUID partnerId, UUID personId) {
        PartnerStore.Head head = access.write(actor, partnerId, null);
        if (!access.maySeePerson(actor, personId) || !parts.deleteContact(partnerId, personId)) {
            throw new RecordNotFoundException("contact", personId);
        }
        return changed(actor, head, "contacts", "removed " + personId);
    }

    private java.util.Optional<Specialty> byIdOrTerm(@Nullable String given) {
        if (given == null) {
            return java.util.Optional.empty();
        }
        try {
            UUID id = UUID.fromString(given.strip());
            return specialties.list().stream().filter(s -> s.id().equals(id)).findFirst();
        } catch (IllegalArgumentException notAnId) {
            return specialties.resolve(given);
        }
    }

    private PartnerDetails changed(Actor actor, PartnerStore.Head head, String field, String what) {
        store.touch(head.id(), OffsetDateTime.now(clock));
        audit.updated(actor.userId(), Partners.AUDIT_TYPE, head.id(), head.name(),
                Map.of(field, new AuditTrail.Change(null, what)));
        return partners.get(actor, head.id());
    }

    private static String describe(AreaDraft area) {
        return area.kind() == AreaKind.radius
                ? area.radiusKm() + " km around " + area.latitude() + ", " + area.longitude()
                : area.kind() + " " + area.place();
    }

    private static @Nullable String bounded(String field, @Nullable String value, int max) {
        String clean = Text.trimToNull(value);
        if (clean != null && clean.length() > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters");
        }
        return clean;
    }

    /** "specialties[2]: no such specialty in the vocabulary". */
    private record IndexedNotFound(String field, int index) implements java.util.function.Supplier<InvalidRequestException> {

        @Override
        public InvalidRequestException get() {
            return new InvalidRequestException(index < 0 ? field : field + "[" + index + "]",
                    "no such specialty in the vocabulary");
        }
    }
}
