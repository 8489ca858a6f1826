package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.ConflictException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Endorsements: record, read, change and delete who recommended a partner. An endorsement by a person the reader
 * may not see does not exist for that reader (not listed, not counted, its words never shown); only the one who
 * recorded an endorsement changes or deletes it.
 */
@Service
@Transactional
public class Endorsements {

    static final String AUDIT_TYPE = "endorsement";

    private final EndorsementStore store;
    private final PartnerAccess access;
    private final Touchpoints touchpoints;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Endorsements(EndorsementStore store, PartnerAccess access, Touchpoints touchpoints, AuditTrail audit,
            JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.access = access;
        this.touchpoints = touchpoints;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The endorsements whose endorser the actor may see, as a condition on alias {@code e}: for the ranking. */
    public SqlFilter endorserFilter(Actor actor) {
        SqlFilter people = access.personFilter(actor, "e.endorser_person_id");
        return new SqlFilter(EndorsementStore.endorserVisible(people), people.params());
    }

    public Endorsement record(Actor actor, UUID partnerId, EndorsementDraft draft) {
        PartnerStore.Head partner = access.write(actor, partnerId, null);
        Checked checked = check(actor, draft);
        UUID id = Ids.newId(clock);
        store.insert(id, partnerId, draft, checked.on(), checked.rating(), checked.said(), actor.userId(), now());
        Endorsement created = get(actor, id);
        audit.created(actor.userId(), AUDIT_TYPE, id, "Endorsement of " + partner.name() + " by "
                + created.endorserName(), Map.of("rating", checked.rating(), "endorsedOn", checked.on()));
        return created;
    }

    @Transactional(readOnly = true)
    public Endorsement get(Actor actor, UUID id) {
        return store.get(id, access.readFilter(actor), access.personFilter(actor, "e.endorser_person_id"))
                .orElseThrow(() -> new RecordNotFoundException("endorsement", id));
    }

    /** A partner's endorsements the actor may see, latest first. */
    @Transactional(readOnly = true)
    public Page<Endorsement> ofPartner(Actor actor, UUID partnerId, PageRequest page) {
        access.read(actor, partnerId);
        return store.ofPartner(partnerId, access.readFilter(actor), access.personFilter(actor, "e.endorser_person_id"),
                page);
    }

    /** The endorsements a person gave that the actor may see (the person and each partner), latest first. */
    @Transactional(readOnly = true)
    public Page<Endorsement> byPerson(Actor actor, UUID personId, PageRequest page) {
        return store.byPerson(personId, access.readFilter(actor), access.personFilter(actor, "e.endorser_person_id"),
                page);
    }

    public Endorsement update(Actor actor, UUID id, @Nullable Long expectedVersion, EndorsementDraft draft) {
        Endorsement before = writable(actor, id, expectedVersion);
        Checked checked = check(actor, draft);
        if (!store.update(id, before.version(), draft, checked.on(), checked.rating(), checked.said(), now())) {
            throw new StaleVersionException("endorsement", before.version(), before.version() + 1);
        }
        Endorsement after = get(actor, id);
        audit.updated(actor.userId(), AUDIT_TYPE, id, "Endorsement of " + after.partnerName() + " by "
                + after.endorserName(), AuditTrail.differences(before, after, Set.of("endorserName", "specialtyName",
                "partnerName")));
        return after;
    }

    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Endorsement endorsement = writable(actor, id, expectedVersion);
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, "Endorsement of " + endorsement.partnerName() + " by "
                + endorsement.endorserName());
    }

    /**
     * Logs a message to the endorser thanking them for recommending the partner, as the actor, and answers the
     * touchpoint. A team member who endorsed is thanked in person, not through the log: refused.
     */
    public TouchpointDetails thank(Actor actor, UUID id) {
        Endorsement endorsement = get(actor, id);
        if (endorsement.endorserPersonId() == null) {
            throw new ConflictException("A team member endorsed this partner: thank them yourself, the log of"
                    + " touchpoints is for the people you know");
        }
        String note = "Thanked for recommending " + endorsement.partnerName();
        return touchpoints.log(actor, new TouchpointDraft(Channel.message, Initiator.us, now(), null, null, note,
                null, null, List.of(endorsement.endorserPersonId()), List.of(), null), "api", "endorsement " + id);
    }

    private Endorsement writable(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Endorsement endorsement = get(actor, id);
        if (!endorsement.recordedBy().equals(actor.userId())) {
            throw new ForbiddenException("Only the one who recorded an endorsement changes it");
        }
        long version = store.lock(id).orElseThrow(() -> new RecordNotFoundException("endorsement", id));
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException("endorsement", expectedVersion, version);
        }
        return endorsement;
    }

    private record Checked(LocalDate on, int rating, @Nullable String said) {}

    private Checked check(Actor actor, EndorsementDraft draft) {
        if ((draft.endorserPersonId() == null) == (draft.endorserUserId() == null)) {
            throw new InvalidRequestException("endorserPersonId", "give either a person or a team member, not both");
        }
        if (draft.endorserPersonId() != null && !access.maySeePerson(actor, draft.endorserPersonId())) {
            throw new InvalidRequestException("endorserPersonId", "no such person");
        }
        if (draft.endorserUserId() != null && jdbc.sql("select count(*) from app_user where id = :id")
                .param("id", draft.endorserUserId()).query(Long.class).single() == 0) {
            throw new InvalidRequestException("endorserUserId", "no such team member");
        }
        if (draft.specialtyId() != null && jdbc.sql("select count(*) from specialty where id = :id")
                .param("id", draft.specialtyId()).query(Long.class).single() == 0) {
            throw new InvalidRequestException("specialtyId", "no such specialty");
        }
        if (draft.rating() == null || draft.rating() < 1 || draft.rating() > 5) {
            throw new InvalidRequestException("rating", "must be between 1 and 5");
        }
        String said = Text.trimToNull(draft.said());
        if (said != null && said.length() > 2000) {
            throw new InvalidRequestException("said", "must be at most 2000 characters");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = draft.endorsedOn() == null ? today : draft.endorsedOn();
        if (on.isAfter(today)) {
            throw new InvalidRequestException("endorsedOn", "must not be in the future");
        }
        return new Checked(on, draft.rating(), said);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
