package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals given to and received from partners, with their outcome. A referral is seen only by those who may see
 * both its partner and its person; anyone who sees it may record what came of it, only its recorder (or an admin)
 * deletes it.
 */
@Service
@Transactional
public class Referrals {

    static final String AUDIT_TYPE = "referral";

    private final ReferralStore store;
    private final PartnerAccess access;
    private final Specialties specialties;
    private final AuditTrail audit;
    private final Clock clock;

    Referrals(ReferralStore store, PartnerAccess access, Specialties specialties, AuditTrail audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.specialties = specialties;
        this.audit = audit;
        this.clock = clock;
    }

    public Referral record(Actor actor, ReferralDraft draft) {
        if (draft.partnerId() == null) {
            throw new InvalidRequestException("partnerId", "must not be null");
        }
        if (draft.direction() == null) {
            throw new InvalidRequestException("direction", "must be given or received");
        }
        PartnerStore.Head partner = access.write(actor, draft.partnerId(), null);
        if (draft.personId() != null && !access.maySeePerson(actor, draft.personId())) {
            throw new InvalidRequestException("personId", "no such person");
        }
        String need = Text.trimToNull(draft.need());
        if (need != null && need.length() > 500) {
            throw new InvalidRequestException("need", "must be at most 500 characters");
        }
        UUID specialty = draft.specialtyId();
        if (specialty != null) {
            specialties.get(specialty);
        } else if (need != null) {
            specialty = specialties.resolve(need).map(Specialty::id).orElse(null);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate on = draft.referredOn() == null ? today : draft.referredOn();
        if (on.isAfter(today)) {
            throw new InvalidRequestException("referredOn", "must not be in the future");
        }
        LocalDate outcomeOn = outcomeOn(draft.outcome(), draft.outcomeOn(), on);
        UUID id = Ids.newId(clock);
        store.insert(id, partner.id(), draft.direction(), draft.personId(), specialty, need, on, draft.outcome(),
                outcomeOn, actor.userId(), now());
        Referral created = get(actor, id);
        audit.created(actor.userId(), AUDIT_TYPE, id, summary(created), Map.of("direction", draft.direction().name(),
                "referredOn", on, "outcome", draft.outcome() == null ? "" : draft.outcome().name()));
        return created;
    }

    @Transactional(readOnly = true)
    public Referral get(Actor actor, UUID id) {
        return store.get(id, access.readFilter(actor), access.personFilter(actor, "r.person_id"))
                .orElseThrow(() -> new RecordNotFoundException("referral", id));
    }

    /** The referrals the actor may see, latest first, of one partner and/or one person when given. */
    @Transactional(readOnly = true)
    public Page<Referral> list(Actor actor, @Nullable UUID partnerId, @Nullable UUID personId, PageRequest page) {
        return store.list(partnerId, personId, access.readFilter(actor), access.personFilter(actor, "r.person_id"),
                page);
    }

    /** Records what came of the referral (null: nothing yet); the day defaults to today. */
    public Referral updateOutcome(Actor actor, UUID id, @Nullable Long expectedVersion,
            @Nullable ReferralOutcome outcome, @Nullable LocalDate outcomeOn) {
        Referral before = locked(actor, id, expectedVersion);
        LocalDate day = outcomeOn(outcome, outcomeOn, before.referredOn());
        if (!store.updateOutcome(id, before.version(), outcome, day, now())) {
            throw new StaleVersionException("referral", before.version(), before.version() + 1);
        }
        Referral after = get(actor, id);
        audit.updated(actor.userId(), AUDIT_TYPE, id, summary(after), AuditTrail.differences(before, after,
                Set.of("partnerName", "personName", "specialtyName")));
        return after;
    }

    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Referral referral = locked(actor, id, expectedVersion);
        if (!actor.isAdmin() && !referral.recordedBy().equals(actor.userId())) {
            throw new ForbiddenException("Only the one who recorded a referral, or an admin, deletes it");
        }
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, summary(referral));
    }

    private Referral locked(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Referral referral = get(actor, id);
        long version = store.lock(id).orElseThrow(() -> new RecordNotFoundException("referral", id));
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException("referral", expectedVersion, version);
        }
        return referral;
    }

    private @Nullable LocalDate outcomeOn(@Nullable ReferralOutcome outcome, @Nullable LocalDate given,
            LocalDate referredOn) {
        if (outcome == null) {
            if (given != null) {
                throw new InvalidRequestException("outcomeOn", "needs an outcome");
            }
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = given == null ? today : given;
        if (day.isBefore(referredOn)) {
            throw new InvalidRequestException("outcomeOn", "must not be before the referral");
        }
        if (day.isAfter(today)) {
            throw new InvalidRequestException("outcomeOn", "must not be in the future");
        }
        return day;
    }

    private static String summary(Referral referral) {
        return "Referral " + referral.direction() + (referral.direction() == ReferralDirection.given ? " to " : " from ")
                + referral.partnerName();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
