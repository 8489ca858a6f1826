package app.handshake.advisor;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.cadences.Cadences;
import app.handshake.deals.Deals;
import app.handshake.people.AccountRoster;
import app.handshake.people.People;
import app.handshake.shared.Cursor;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.InvalidTransitionException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Plausible;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedDraft;
import app.handshake.touchpoints.PlannedTouchpoint;
import app.handshake.touchpoints.PlannedTouchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-over plans: when a user leaves or changes territory, every relationship they hold meets its new owner. An
 * admin or the leaving user's manager proposes and accepts a plan; accepting it plans a joint introduction for each
 * person and moves the person, their cadence and the open deals with them to the new owner. A plan is seen by
 * them, the leaving user and the new owners, each item only by those who may see its person.
 */
@Service
@Transactional
public class HandOvers {

    /** The origin the introductions carry, so that their completion finds its way back here. */
    public static final String ORIGIN = "hand-over";
    private static final String AUDIT_TYPE = "hand-over";

    /** A relationship to hand over: to whom, when to meet (and how; null: in person). */
    public record Choice(UUID personId, UUID newOwnerId, OffsetDateTime plannedAt, @Nullable Channel channel) {}

    private final HandOverStore store;
    private final HandOverProposals proposals;
    private final Users users;
    private final People people;
    private final AccountRoster accounts;
    private final Cadences cadences;
    private final Deals deals;
    private final PlannedTouchpoints planned;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;

    HandOvers(HandOverStore store, HandOverProposals proposals, Users users, People people, AccountRoster accounts,
            Cadences cadences, Deals deals, PlannedTouchpoints planned, RecordAccess access, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.proposals = proposals;
        this.users = users;
        this.people = people;
        this.accounts = accounts;
        this.cadences = cadences;
        this.deals = deals;
        this.planned = planned;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The plan as it would be, stored nowhere; {@code toUserId}: one colleague to take everything over. */
    @Transactional(readOnly = true)
    public HandOverProposal propose(Actor actor, UUID userId, @Nullable UUID toUserId) {
        UserView leaving = leaving(actor, userId);
        return proposals.propose(actor, leaving, toUserId == null ? null : colleague("to", toUserId, userId));
    }

    /** Stores a proposed plan of these relationships, each of which the actor and the leaving user may see. */
    public HandOver create(Actor actor, UUID userId, List<Choice> choices) {
        UserView leaving = leaving(actor, userId);
        if (choices == null || choices.isEmpty()) {
            throw new InvalidRequestException("items", "name at least one relationship to hand over");
        }
        List<UUID> personIds = choices.stream().map(Choice::personId).toList();
        Set<UUID> visible = new HashSet<>(people.visibleAmong(actor, personIds));
        visible.retainAll(people.visibleAmong(leaving.actor(), personIds));
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID id = Ids.newId(clock);
        List<HandOverStore.Item> items = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            String field = "items[" + i + "]";
            if (choice.personId() == null || !visible.contains(choice.personId())) {
                throw new InvalidRequestException(field + ".personId", "is not a person both you and "
                        + leaving.displayName() + " may see");
            }
            if (!seen.add(choice.personId())) {
                throw new InvalidRequestException(field + ".personId", "is named twice");
            }
            if (choice.newOwnerId() == null) {
                throw new InvalidRequestException(field + ".newOwnerId", "must name a colleague");
            }
            colleague(field + ".newOwnerId", choice.newOwnerId(), userId);
            if (choice.plannedAt() == null) {
                throw new InvalidRequestException(field + ".plannedAt", "must not be empty");
            }
            Plausible.time(field + ".plannedAt", choice.plannedAt());
            items.add(new HandOverStore.Item(id, choice.personId(), choice.newOwnerId(), choice.plannedAt(),
                    choice.channel() == null ? Channel.in_person : choice.channel(), null, null));
        }
        store.insert(new HandOverStore.Plan(id, userId, actor.userId(), now, null, HandOverStatus.proposed, 1), items);
        audit.created(actor.userId(), AUDIT_TYPE, id, "Hand-over of " + leaving.displayName() + "'s relationships",
                Map.of("relationships", items.size(), "status", HandOverStatus.proposed.name()));
        return get(actor, id);
    }

    /**
     * Accepts a proposed plan: for each person an introduction is planned (the leaving user meets them with the new
     * owner; the new owner alone once the leaving user is disabled), and the person, their cadence and the open deals
     * the leaving user owns with them go to the new owner.
     */
    public HandOver accept(Actor actor, UUID id, @Nullable Long expectedVersion) {
        HandOverStore.Plan plan = store.find(id).orElseThrow(() -> new RecordNotFoundException("hand-over", id));
        UserView leaving = leaving(actor, plan.userId());
        if (plan.status() != HandOverStatus.proposed) {
            throw new InvalidTransitionException("This hand-over was already " + plan.status().name());
        }
        long version = expectedVersion == null ? plan.version() : expectedVersion;
        List<HandOverStore.Item> items = store.items(id);
        Set<UUID> visible = people.visibleAmong(actor, items.stream().map(HandOverStore.Item::personId).toList());
        if (visible.size() < items.size()) {
            throw new ForbiddenException("This hand-over names people you may not see: an admin accepts it");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.accept(id, version, now)) {
            throw new StaleVersionException(AUDIT_TYPE, version, plan.version());
        }
        Map<UUID, String> names = accounts.names(actor, visible);
        for (HandOverStore.Item item : items) {
            UserView owner = users.find(item.newOwnerId()).filter(UserView::enabled).orElseThrow(() ->
                    new InvalidRequestException("newOwnerId", "names a colleague who can no longer sign in"));
            PlannedDraft draft = introduction(plan, item, leaving, owner, names.get(item.personId()));
            // The leaving user still sees whom they introduce only while they own them: plan first, then move.
            PlannedTouchpoint meeting = leaving.enabled() ? plan(actor, draft, leaving) : null;
            people.handOver(actor, item.personId(), leaving.id(), owner.id());
            cadences.handOver(actor, item.personId(), leaving.id(), owner.id());
            deals.handOver(actor, item.personId(), leaving.id(), owner.id());
            if (meeting == null) {
                meeting = plan(actor, draft, owner);
            }
            store.planned(id, item.personId(), meeting.id());
        }
        audit.updated(actor.userId(), AUDIT_TYPE, id, "Hand-over of " + leaving.displayName() + "'s relationships",
                Map.of("status", new AuditTrail.Change(HandOverStatus.proposed.name(),
                        HandOverStatus.accepted.name() + ": " + items.size() + " introductions planned, owners moved")));
        return get(actor, id);
    }

    /** The plan as the actor may see it. */
    @Transactional(readOnly = true)
    public HandOver get(Actor actor, UUID id) {
        HandOverStore.Plan plan = store.find(id).filter(p -> mayView(actor, p))
                .orElseThrow(() -> new RecordNotFoundException("hand-over", id));
        return view(actor, plan);
    }

    /** Plans newest first: an admin's are everyone's, a manager's their reports', anyone's those they are in. */
    @Transactional(readOnly = true)
    public Page<HandOver> list(Actor actor, PageRequest page) {
        UUID after = page.after() == null ? null : page.after().id();
        List<HandOverStore.Plan> found;
        if (actor.isAdmin()) {
            found = store.list(null, after, page.limit() + 1);
        } else {
            Set<UUID> whose = new HashSet<>();
            whose.add(actor.userId());
            if (actor.isManager()) {
                users.list().stream().filter(u -> actor.userId().equals(u.managerId())).forEach(u -> whose.add(u.id()));
            }
            Set<UUID> takenOver = new HashSet<>(store.takenOverBy(actor.userId()));
            found = store.list(null, after, Integer.MAX_VALUE / 2).stream()
                    .filter(p -> whose.contains(p.userId()) || takenOver.contains(p.id())).limit(page.limit() + 1L)
                    .toList();
        }
        return Page.of(found, page.limit(), p -> new Cursor(p.id().toString(), p.id())).map(p -> view(actor, p));
    }

    private HandOver view(Actor actor, HandOverStore.Plan plan) {
        List<HandOverStore.Item> items = store.items(plan.id());
        Map<UUID, String> names = accounts.names(actor, items.stream().map(HandOverStore.Item::personId).toList());
        Map<UUID, String> userNames = new HashMap<>();
        users.list().forEach(u -> userNames.put(u.id(), u.displayName()));
        Map<UUID, HandOver.Introduction> meetings = new HashMap<>();
        if (plan.acceptedAt() != null) {
            planned.byOrigin(ORIGIN, plan.id().toString()).forEach(m -> meetings.put(m.id(),
                    new HandOver.Introduction(m.id(), m.plannedAt(), m.channel(), m.status())));
        }
        List<HandOver.HandOverItem> shown = new ArrayList<>();
        for (HandOverStore.Item item : items) {
            String name = names.get(item.personId());
            if (name == null) {
                continue;
            }
            shown.add(new HandOver.HandOverItem(item.personId(), name, item.newOwnerId(),
                    userNames.getOrDefault(item.newOwnerId(), "A former colleague"), item.plannedAt(), item.channel(),
                    item.plannedTouchpointId() == null ? null : meetings.get(item.plannedTouchpointId()),
                    item.metAt() != null, item.metAt()));
        }
        int met = (int) shown.stream().filter(HandOver.HandOverItem::met).count();
        return new HandOver(plan.id(), plan.version(), plan.userId(),
                userNames.getOrDefault(plan.userId(), "A former colleague"), plan.status(), plan.createdBy(),
                plan.createdAt(), plan.acceptedAt(), shown, shown.size(), met);
    }

    private boolean mayView(Actor actor, HandOverStore.Plan plan) {
        return actor.isAdmin() || actor.userId().equals(plan.userId()) || access.mayHandOver(actor, plan.userId())
                || store.items(plan.id()).stream().anyMatch(i -> i.newOwnerId().equals(actor.userId()));
    }

    private PlannedDraft introduction(HandOverStore.Plan plan, HandOverStore.Item item, UserView leaving,
            UserView owner, String personName) {
        UUID assignee = leaving.enabled() ? leaving.id() : owner.id();
        return new PlannedDraft(List.of(item.personId()), item.plannedAt(), item.channel(),
                "Introduce " + owner.displayName() + " to " + personName, null, null, assignee,
                assignee.equals(owner.id()) ? List.of() : List.of(owner.id()), ORIGIN, plan.id().toString());
    }

    /**
     * Plans the introduction as the actor when they may plan for its assignee (an admin, the assignee's manager);
     * otherwise the assignee, the new owner, plans their own meeting, as anyone may.
     */
    private PlannedTouchpoint plan(Actor actor, PlannedDraft draft, UserView assignee) {
        boolean mayAssign = actor.isAdmin() || actor.userId().equals(assignee.id())
                || (actor.isManager() && actor.userId().equals(assignee.managerId()));
        return planned.plan(mayAssign ? actor : assignee.actor(), draft);
    }

    private UserView leaving(Actor actor, UUID userId) {
        if (userId == null) {
            throw new InvalidRequestException("userId", "must name the user whose relationships are handed over");
        }
        UserView leaving = users.find(userId).orElseThrow(() -> new RecordNotFoundException("user", userId));
        if (!access.mayHandOver(actor, userId)) {
            throw new ForbiddenException("Only an admin or " + leaving.displayName()
                    + "'s manager hands over their relationships");
        }
        return leaving;
    }

    private UserView colleague(String field, UUID id, UUID leavingId) {
        UserView colleague = users.find(id).filter(UserView::enabled)
                .orElseThrow(() -> new InvalidRequestException(field, "is not a colleague who can sign in"));
        if (colleague.id().equals(leavingId)) {
            throw new InvalidRequestException(field, "must be someone other than the one handing over");
        }
        return colleague;
    }
}
