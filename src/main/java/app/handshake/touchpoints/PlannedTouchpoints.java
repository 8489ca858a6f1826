package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PeopleMerged;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.InvalidTransitionException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Plausible;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings planned with people, by a person or for them (the advisor, a hand-over plan). A planned meeting is no
 * touchpoint: it counts nowhere until someone logs the touchpoint that fulfils it, which completes it. It is seen
 * only by those who may see every person on it, and its organization and deal when it names them; it is changed
 * or cancelled by the one who will meet them, the one who planned it, the assignee's manager and admins.
 */
@Service
@Transactional
public class PlannedTouchpoints {

    /**
     * A meeting logged up to a week before its planned time still fulfils it (it was brought forward), and so does
     * one up to two weeks after (it slipped, as meetings do); beyond that it is another meeting.
     */
    static final Duration EARLIEST_BEFORE = Duration.ofDays(7);
    static final Duration LATEST_AFTER = Duration.ofDays(14);

    private static final String AUDIT_TYPE = "planned meeting";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final PlannedTouchpointStore store;
    private final People people;
    private final Organizations organizations;
    private final Users users;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<DealNames> dealNames;

    PlannedTouchpoints(PlannedTouchpointStore store, People people, Organizations organizations, Users users,
            RecordAccess access, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            ObjectProvider<DealNames> dealNames) {
        this.store = store;
        this.people = people;
        this.organizations = organizations;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.dealNames = dealNames;
    }

    /**
     * Plans a meeting. The actor plans for themselves; a manager also for their reports, an admin for anyone. Every
     * person, and the organization and deal when named, must be visible to the actor, and the people to the one
     * who will meet them.
     */
    public PlannedTouchpoint plan(Actor actor, PlannedDraft draft) {
        if (draft.personIds().isEmpty()) {
            throw new InvalidRequestException("personIds", "name at least one person");
        }
        if (draft.plannedAt() == null) {
            throw new InvalidRequestException("plannedAt", "must not be empty");
        }
        Plausible.time("plannedAt", draft.plannedAt());
        checkText("purpose", draft.purpose(), 1000);
        checkText("originKind", draft.originKind(), 40);
        checkText("originRef", draft.originRef(), 200);
        UserView assignee = assignee(actor, draft.assigneeId());
        checkPeople(actor, draft.personIds(), "no such person");
        checkPeople(assignee.actor(), draft.personIds(), "is someone " + assignee.displayName() + " may not see");
        if (draft.organizationId() != null && organizations.find(actor, draft.organizationId()).isEmpty()) {
            throw new InvalidRequestException("organizationId", "no such organization");
        }
        if (draft.dealId() != null && !mayName(actor, draft.dealId())) {
            throw new InvalidRequestException("dealId", "is not a deal you can see");
        }
        for (int i = 0; i < draft.joiningUserIds().size(); i++) {
            UUID userId = draft.joiningUserIds().get(i);
            if (users.find(userId).filter(UserView::enabled).isEmpty()) {
                throw new InvalidRequestException("joiningUserIds[" + i + "]", "no such user");
            }
        }
        UUID id = Ids.newId(clock);
        store.insert(id, draft, assignee.id(), actor.userId(), OffsetDateTime.now(clock));
        PlannedTouchpoint planned = store.find(id).orElseThrow();
        audit.created(actor.userId(), AUDIT_TYPE, id, describe(planned), Map.of("channel", draft.channel().name(),
                "plannedAt", draft.plannedAt().toString(), "assignee", assignee.displayName(),
                "people", draft.personIds().size()));
        return withDeal(actor, planned);
    }

    /** The planned meeting, if it exists and the actor may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlannedTouchpoint> find(Actor actor, UUID id) {
        return store.find(id).filter(p -> store.isVisible(id, readFilter(actor)))
                .filter(p -> p.dealId() == null || mayName(actor, p.dealId())).map(p -> withDeal(actor, p));
    }

    @Transactional(readOnly = true)
    public PlannedTouchpoint get(Actor actor, UUID id) {
        return find(actor, id).orElseThrow(() -> new RecordNotFoundException("planned meeting", id));
    }

    /** Calls it off; {@code expectedVersion} null takes it as it is. */
    public PlannedTouchpoint cancel(Actor actor, UUID id, Long expectedVersion) {
        PlannedTouchpoint planned = changeable(actor, id);
        long version = expectedVersion == null ? planned.version() : expectedVersion;
        if (!store.cancel(id, version, OffsetDateTime.now(clock))) {
            throw refusal(planned, version);
        }
        audit.updated(actor.userId(), AUDIT_TYPE, id, "Cancelled " + describe(planned),
                Map.of("status", new AuditTrail.Change("planned", "cancelled")));
        return get(actor, id);
    }

    /** Moves it to another time (and how, and why, when given); {@code expectedVersion} null takes it as it is. */
    public PlannedTouchpoint reschedule(Actor actor, UUID id, Long expectedVersion, OffsetDateTime plannedAt,
            Channel channel, String purpose) {
        if (plannedAt == null) {
            throw new InvalidRequestException("plannedAt", "must not be empty");
        }
        Plausible.time("plannedAt", plannedAt);
        PlannedTouchpoint planned = changeable(actor, id);
        Channel how = channel == null ? planned.channel() : channel;
        String why = purpose == null ? planned.purpose() : purpose.isBlank() ? null : purpose.strip();
        checkText("purpose", why, 1000);
        long version = expectedVersion == null ? planned.version() : expectedVersion;
        if (!store.reschedule(id, version, plannedAt, how, why, OffsetDateTime.now(clock))) {
            throw refusal(planned, version);
        }
        Map<String, AuditTrail.Change> changes = new HashMap<>();
        if (!plannedAt.isEqual(planned.plannedAt())) {
            changes.put("plannedAt", new AuditTrail.Change(planned.plannedAt().toString(), plannedAt.toString()));
        }
        if (how != planned.channel()) {
            changes.put("channel", new AuditTrail.Change(planned.channel().name(), how.name()));
        }
        if (!Objects.equals(why, planned.purpose())) {
            changes.put("purpose", new AuditTrail.Change(planned.purpose(), why));
        }
        audit.updated(actor.userId(), AUDIT_TYPE, id, "Moved " + describe(planned) + " to "
                + plannedAt.format(DAY), changes);
        return get(actor, id);
    }

    /**
     * The actor's planned meetings (they will meet them, or join) in a status (null: any) from one time to another
     * (either may be open), earliest first, of those they may see.
     */
    @Transactional(readOnly = true)
    public Page<PlannedTouchpoint> ofActor(Actor actor, PlannedStatus status, OffsetDateTime from, OffsetDateTime to,
            PageRequest page) {
        Page<PlannedTouchpoint> found = store.ofUser(actor.userId(), status, Plausible.time("from", from),
                Plausible.time("to", to), readFilter(actor), page);
        return withDeals(actor, found);
    }

    /** The actor's meetings still to happen between two times, earliest first (at most a hundred). */
    @Transactional(readOnly = true)
    public List<PlannedTouchpoint> upcoming(Actor actor, OffsetDateTime from, OffsetDateTime to) {
        return ofActor(actor, PlannedStatus.planned, from, to, PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    /** Every planned meeting a caller asked for under its own words, whoever may see it: for that caller only. */
    @Transactional(readOnly = true)
    public List<PlannedTouchpoint> byOrigin(String originKind, String originRef) {
        return store.byOrigin(originKind, originRef);
    }

    /**
     * Before a touchpoint is logged for a planned meeting named by the one who logs it: refused unless the actor
     * may see it and it is still to happen.
     */
    void checkOpen(Actor actor, UUID plannedId) {
        PlannedTouchpoint planned = find(actor, plannedId).orElseThrow(() ->
                new InvalidRequestException("plannedTouchpointId", "is not a planned meeting you can see"));
        if (planned.status() != PlannedStatus.planned) {
            throw new InvalidRequestException("plannedTouchpointId", "was already "
                    + (planned.status() == PlannedStatus.done ? "logged" : "cancelled"));
        }
    }

    /**
     * Completes what a touchpoint just logged fulfils: the one named, and every open meeting one of its team
     * members (or the one who logged it) was to have with one of its people around its time, face to face if it was
     * planned so. A video call does not make up for a meeting in person.
     */
    void completeBy(Actor actor, UUID touchpointId, TouchpointDraft draft, UUID named) {
        Set<UUID> team = new HashSet<>(draft.userIds());
        team.add(actor.userId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<UUID> candidates = new LinkedHashSet<>();
        if (named != null) {
            candidates.add(named);
        }
        candidates.addAll(store.openMatching(team, draft.personIds(), draft.occurredAt().minus(LATEST_AFTER),
                draft.occurredAt().plus(EARLIEST_BEFORE)));
        for (UUID id : candidates) {
            PlannedTouchpoint planned = store.find(id).orElse(null);
            if (planned == null || (!id.equals(named) && planned.channel().isFaceToFace()
                    && !draft.channel().isFaceToFace())) {
                continue;
            }
            if (store.complete(id, touchpointId, now)) {
                audit.updated(actor.userId(), AUDIT_TYPE, id, "Logged " + describe(planned),
                        Map.of("status", new AuditTrail.Change("planned", "done")));
                events.publishEvent(new PlannedTouchpointDone(id, planned.originKind(), planned.originRef(),
                        touchpointId, Set.copyOf(planned.people().stream().map(TouchpointDetails.Participant::id)
                                .toList()), draft.occurredAt()));
            }
        }
    }

    /** The touchpoint that completed meetings is being deleted: they did not happen after all. */
    void reopenFor(UUID touchpointId) {
        store.reopen(touchpointId, OffsetDateTime.now(clock));
    }

    @EventListener
    void on(PeopleMerged merged) {
        store.movePerson(merged.mergedId(), merged.survivorId());
    }

    /**
     * The planned meetings the actor may see (alias {@code pt}): those whose people, and organization when named,
     * they may all see; as for touchpoints, one private record of another's makes the whole meeting private.
     */
    SqlFilter readFilter(Actor actor) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        SqlFilter person = access.readFilter(actor, "hidden_p");
        SqlFilter organization = access.readFilter(actor, "hidden_o");
        Map<String, Object> params = new HashMap<>(person.params());
        params.putAll(organization.params());
        return new SqlFilter("(not exists (select 1 from planned_touchpoint_person hidden_pp join person hidden_p"
                + " on hidden_p.id = hidden_pp.person_id where hidden_pp.planned_id = pt.id"
                + " and not coalesce(" + person.sql() + ", false))"
                + " and (pt.organization_id is null or exists (select 1 from organization hidden_o"
                + " where hidden_o.id = pt.organization_id and " + organization.sql() + ")))", params);
    }

    /** "the meeting in person with Anna Berg on 4 Dec 2026" */
    private static String describe(PlannedTouchpoint planned) {
        return "the " + planned.channel().count(1).replaceFirst("^1 ", "") + " with " + planned.names() + " on "
                + planned.plannedAt().format(DAY);
    }

    private UserView assignee(Actor actor, UUID assigneeId) {
        UUID id = assigneeId == null ? actor.userId() : assigneeId;
        UserView assignee = users.find(id).filter(UserView::enabled)
                .orElseThrow(() -> new InvalidRequestException("assigneeId", "no such user"));
        boolean allowed = id.equals(actor.userId()) || actor.isAdmin()
                || (actor.isManager() && actor.userId().equals(assignee.managerId()));
        if (!allowed) {
            throw new ForbiddenException("You may plan meetings for yourself; a manager also for their reports");
        }
        return assignee;
    }

    private void checkPeople(Actor actor, List<UUID> personIds, String refusal) {
        Set<UUID> visible = people.visibleAmong(actor, personIds);
        for (int i = 0; i < personIds.size(); i++) {
            if (!visible.contains(personIds.get(i))) {
                throw new InvalidRequestException("personIds[" + i + "]", refusal);
            }
        }
    }

    private static void checkText(String field, String value, int longest) {
        if (value == null) {
            return;
        }
        if (value.length() > longest) {
            throw new InvalidRequestException(field, "must be at most " + longest + " characters");
        }
        String problem = Plausible.textProblem(value);
        if (problem != null) {
            throw new InvalidRequestException(field, problem);
        }
    }

    /** The one who will meet them, the one who planned it, the assignee's manager, admins. */
    private PlannedTouchpoint changeable(Actor actor, UUID id) {
        PlannedTouchpoint planned = get(actor, id);
        if (!planned.createdBy().equals(actor.userId()) && !access.canManage(actor, planned.assigneeId())) {
            throw new ForbiddenException("Only the one who will meet them, the one who planned it, their manager or"
                    + " an admin may change this planned meeting");
        }
        return planned;
    }

    private RuntimeException refusal(PlannedTouchpoint planned, long version) {
        if (planned.status() != PlannedStatus.planned) {
            return new InvalidTransitionException("This meeting was already "
                    + (planned.status() == PlannedStatus.done ? "logged" : "cancelled"));
        }
        return new StaleVersionException(AUDIT_TYPE, version, planned.version());
    }

    private boolean mayName(Actor actor, UUID dealId) {
        DealNames names = dealNames.getIfAvailable();
        return names != null && names.mayName(actor, dealId);
    }

    private PlannedTouchpoint withDeal(Actor actor, PlannedTouchpoint planned) {
        if (planned.dealId() == null) {
            return planned;
        }
        DealNames names = dealNames.getIfAvailable();
        return planned.withDeal(planned.dealId(), names == null ? null : names.name(actor, planned.dealId()).orElse(null));
    }

    /** A meeting about a deal the actor may not see is left out, as the deal would show through it. */
    private Page<PlannedTouchpoint> withDeals(Actor actor, Page<PlannedTouchpoint> page) {
        Set<UUID> deals = new HashSet<>();
        page.items().stream().map(PlannedTouchpoint::dealId).filter(Objects::nonNull).forEach(deals::add);
        if (deals.isEmpty()) {
            return page;
        }
        DealNames names = dealNames.getIfAvailable();
        Map<UUID, String> visible = names == null ? Map.of() : names.visibleNames(actor, deals);
        return new Page<>(page.items().stream().filter(p -> p.dealId() == null || visible.containsKey(p.dealId()))
                .map(p -> p.dealId() == null ? p : p.withDeal(p.dealId(), visible.get(p.dealId()))).toList(),
                page.next());
    }
}
