package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.Users;
import app.handshake.people.People;
import app.handshake.people.PersonProfile;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import app.handshake.touchpoints.Channel;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keep-in-touch cadences: set on a person, or by rule for many; and where each person stands. */
@Service
@Transactional
public class Cadences {

    private final CadenceStore store;
    private final DueDates dueDates;
    private final People people;
    private final Users users;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    Cadences(CadenceStore store, DueDates dueDates, People people, Users users, RecordAccess access, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.dueDates = dueDates;
        this.people = people;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A person's cadence as it applies now: where it comes from, who is reminded, and when it is due. The
     * touchpoint that met it last is not named: it may be someone else's private one.
     */
    public record Standing(UUID personId, Integer intervalDays, Channel channel, String source, UUID assigneeId,
            OffsetDateTime dueAt, long version) {}

    @Transactional(readOnly = true)
    public Standing of(Actor actor, UUID personId) {
        people.get(actor, personId);
        PersonProfile profile = people.profile(personId).orElseThrow();
        Optional<DueDates.Effective> effective = dueDates.effective(profile, store.rules());
        Optional<CadenceStore.Due> due = store.due(personId);
        return new Standing(personId, effective.map(e -> e.cadence().intervalDays()).orElse(null),
                effective.map(e -> e.cadence().channel()).orElse(null),
                effective.map(e -> e.rule() == null ? "set on this person" : "rule: " + e.rule().describe()).orElse(null),
                due.map(CadenceStore.Due::assigneeId).orElse(null), due.map(CadenceStore.Due::dueAt).orElse(null),
                store.version(personId));
    }

    /**
     * Sets the cadence on the person, provided nobody changed the one set there since {@code expectedVersion}
     * (null: no check, for a client that asked for none with {@code If-Match: *}).
     */
    public Standing set(Actor actor, UUID personId, Long expectedVersion, Cadence cadence) {
        people.get(actor, personId);
        PersonProfile profile = people.profile(personId).orElseThrow();
        if (cadence.assigneeId() != null && !cadence.assigneeId().equals(actor.userId())
                && !access.canManage(actor, profile.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin gives this person's reminders to someone else");
        }
        if (cadence.assigneeId() != null) {
            var assignee = users.find(cadence.assigneeId())
                    .orElseThrow(() -> new InvalidRequestException("assigneeId", "no such user"));
            if (people.find(assignee.actor(), personId).isEmpty()) {
                throw new InvalidRequestException("assigneeId", assignee.displayName() + " may not see this person");
            }
        }
        if (!store.setDirect(personId, cadence, actor.userId(), OffsetDateTime.now(clock), expectedVersion)) {
            throw stale(personId, expectedVersion);
        }
        dueDates.refresh(personId);
        audit.updated(actor.userId(), "cadence", personId, "Cadence every " + cadence.intervalDays() + " days",
                Map.of("cadence", new AuditTrail.Change(null, cadence.intervalDays() + " days"
                        + (cadence.channel() == null ? "" : " by " + cadence.channel().name()))));
        return of(actor, personId);
    }

    /** Removes the cadence set on the person; with an expected version, only if nobody changed it since. */
    public Standing clear(Actor actor, UUID personId, Long expectedVersion) {
        people.get(actor, personId);
        PersonProfile profile = people.profile(personId).orElseThrow();
        boolean mine = store.direct(personId).map(c -> actor.userId().equals(c.assigneeId())).orElse(false);
        if (!mine && !access.canManage(actor, profile.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin removes this person's cadence");
        }
        if (!store.clearDirect(personId, actor.userId(), OffsetDateTime.now(clock), expectedVersion)) {
            throw stale(personId, expectedVersion);
        }
        dueDates.refresh(personId);
        audit.updated(actor.userId(), "cadence", personId, "Cadence removed",
                Map.of("cadence", new AuditTrail.Change("set", null)));
        return of(actor, personId);
    }

    /**
     * A hand-over: the person's reminders go from the leaving user to a colleague. A cadence set on the person with
     * the leaving user as its assignee names the colleague from now on; one that follows the person's owner follows
     * them already. An admin or the leaving user's manager does it.
     */
    public void handOver(Actor actor, UUID personId, UUID fromUserId, UUID toUserId) {
        if (!access.mayHandOver(actor, fromUserId)) {
            throw new ForbiddenException("Only an admin or their manager hands over someone's relationships");
        }
        Optional<Cadence> direct = store.direct(personId);
        if (direct.isPresent() && fromUserId.equals(direct.get().assigneeId())) {
            Cadence cadence = direct.get();
            store.setDirect(personId, new Cadence(cadence.intervalDays(), cadence.channel(), toUserId), actor.userId(),
                    OffsetDateTime.now(clock), null);
            audit.updated(actor.userId(), "cadence", personId, "Cadence every " + cadence.intervalDays() + " days",
                    Map.of("reminded", new AuditTrail.Change(name(fromUserId), name(toUserId) + " (hand-over)")));
        }
        dueDates.refresh(personId);
    }

    private String name(UUID userId) {
        return users.find(userId).map(app.handshake.accounts.UserView::displayName).orElse("a former colleague");
    }

    private StaleVersionException stale(UUID personId, Long expectedVersion) {
        // Without an expected version only a cadence set at the very same moment gets in the way.
        return new StaleVersionException("cadence", expectedVersion == null ? 0 : expectedVersion, store.version(personId));
    }

    @Transactional(readOnly = true)
    public List<CadenceRule> rules() {
        return store.rules();
    }

    /** Adds a rule (managers and admins) and applies it to everyone; returns the rule. */
    public CadenceRule addRule(Actor actor, CadenceRule.Kind kind, String value, int intervalDays, Channel channel) {
        requireManager(actor);
        String clean = Text.trimToNull(value);
        if (kind == null || clean == null) {
            throw new InvalidRequestException("value", "name the tag, tier, organization tier, deal role or deal value");
        }
        clean = switch (kind) {
            case deal_decision_maker -> DealThreshold.parse(clean).value();
            case open_deal -> dealRole(clean);
            default -> clean.toLowerCase(Locale.ROOT);
        };
        if (kind == CadenceRule.Kind.tier && !List.of("connection", "acquaintance", "relationship", "trusted").contains(clean)) {
            throw new InvalidRequestException("value", "must be connection, acquaintance, relationship or trusted");
        }
        if (kind == CadenceRule.Kind.organization_tier && !List.of("strategic", "key", "standard").contains(clean)) {
            throw new InvalidRequestException("value", "must be strategic, key or standard");
        }
        String wanted = clean;
        if (store.rules().stream().anyMatch(r -> r.kind() == kind && r.value().equals(wanted) && r.channel() == channel)) {
            throw new app.handshake.shared.DuplicateRecordException("cadence-rules", null,
                    "This rule exists already: " + kind + " " + wanted);
        }
        CadenceRule rule = new CadenceRule(Ids.newId(clock), kind, clean, new Cadence(intervalDays, channel, null)
                .intervalDays(), channel);
        store.addRule(rule, actor.userId(), OffsetDateTime.now(clock));
        dueDates.refreshAll();
        audit.created(actor.userId(), "cadence-rule", rule.id(), rule.describe(), Map.of());
        return rule;
    }

    /** A role on a deal as people type it ("decision maker", "Champion"), or anyone on the deal. */
    private static String dealRole(String value) {
        String role = value.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (role.equals(CadenceRule.ANY_ROLE) || role.equals("anyone")) {
            return CadenceRule.ANY_ROLE;
        }
        if (java.util.Arrays.stream(app.handshake.deals.DealRole.values()).noneMatch(r -> r.name().equals(role))) {
            throw new InvalidRequestException("value",
                    "must be any, or a role on the deal: decision_maker, champion, influencer, user or blocker");
        }
        return role;
    }

    public void removeRule(Actor actor, UUID ruleId) {
        requireManager(actor);
        if (!store.removeRule(ruleId)) {
            throw new RecordNotFoundException("cadence rule", ruleId);
        }
        dueDates.refreshAll();
        audit.deleted(actor.userId(), "cadence-rule", ruleId, "Cadence rule removed");
    }

    /** Rules set cadences for everyone: managers and admins add and remove them, everyone reads them. */
    public static boolean setsRules(Actor actor) {
        return actor.isAdmin() || actor.isManager();
    }

    private static void requireManager(Actor actor) {
        if (!setsRules(actor)) {
            throw new ForbiddenException("Only managers and admins set cadence rules for everyone");
        }
    }
}
