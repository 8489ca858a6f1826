package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Users;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PeopleMerged;
import app.handshake.people.VisibilityChanged;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of every contact moment. A touchpoint is read by everyone when shared; when private, by the
 * one who logged it, their manager, admins, and the team members who took part; in either case only by
 * those who may see every person and the organization it involves. Only the one who logged
 * it (or their manager, or an admin) changes or deletes it.
 */
@Service
@Transactional
public class Touchpoints {

    private static final String AUDIT_TYPE = "touchpoint";

    private final TouchpointStore store;
    private final People people;
    private final Organizations organizations;
    private final Users users;
    private final RecordAccess access;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ObjectProvider<DealNames> dealNames;
    private final PlannedTouchpoints planned;

    Touchpoints(TouchpointStore store, People people, Organizations organizations, Users users, RecordAccess access,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock, ObjectProvider<DealNames> dealNames,
            PlannedTouchpoints planned) {
        this.dealNames = dealNames;
        this.planned = planned;
        this.store = store;
        this.people = people;
        this.organizations = organizations;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Logs a touchpoint by the actor; {@code source} says how it arrived (web, api, import ...). */
    public TouchpointDetails log(Actor actor, TouchpointDraft draft, String source, String sourceDetail) {
        return log(actor, draft, source, sourceDetail, null);
    }

    /**
     * Logs a touchpoint as {@link #log(Actor, TouchpointDraft, String, String)} does, for the planned meeting
     * {@code plannedId} (when not null: refused unless the actor may see it and it is still to happen). Either way
     * it completes the planned meetings it fulfils.
     */
    public TouchpointDetails log(Actor actor, TouchpointDraft draft, String source, String sourceDetail,
            UUID plannedId) {
        List<TouchpointDetails.Participant> users = checkFields(actor, draft);
        if (plannedId != null) {
            planned.checkOpen(actor, plannedId);
        }
        // One statement both checks that the actor may see the people and locks them.
        TouchpointStore.Locked locked = store.lockPeople(draft.personIds(), people.readFilter(actor), actor.userId());
        Map<UUID, TouchpointStore.Named> named = locked.people();
        for (int i = 0; i < draft.personIds().size(); i++) {
            if (!named.containsKey(draft.personIds().get(i))) {
                throw new InvalidRequestException("personIds[" + i + "]", "no such person");
            }
        }
        UUID id = Ids.newId(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        store.insert(id, draft, actor.userId(), source, sourceDetail, now);
        audit.created(actor.userId(), AUDIT_TYPE, id, draft.channel().label() + " on " + draft.occurredAt().toLocalDate(),
                Map.of("channel", draft.channel().name(), "people", draft.personIds().size()));
        events.publishEvent(new TouchpointsChanged(Set.copyOf(draft.personIds()), true));
        aboutDeal(draft);
        planned.completeBy(actor, id, draft, plannedId);
        // Everything in it was just checked and written: no need to read it back.
        List<TouchpointDetails.Participant> persons = named.values().stream()
                .sorted(java.util.Comparator.comparing(TouchpointStore.Named::sortName))
                .map(n -> new TouchpointDetails.Participant(n.id(), n.name())).toList();
        return new TouchpointDetails(id, 0, draft.channel(), draft.initiatedBy(), draft.occurredAt(),
                draft.durationMinutes(), draft.topic(), draft.summary(), draft.notes(), draft.organizationId(), persons,
                users, actor.userId(), locked.ownerName(), draft.visibility(), source, sourceDetail, now, now,
                draft.dealId(), draft.dealId() == null ? null : dealName(actor, draft.dealId()));
    }

    /**
     * Logs a touchpoint from an import without updating scores and due dates yet: an import of many
     * touchpoints with one person would otherwise recompute that person once per touchpoint. The caller
     * calls {@link #announce(Set)} with every person it touched before its transaction ends.
     */
    public UUID logImported(Actor actor, TouchpointDraft draft, String sourceDetail) {
        checkFields(actor, draft);
        // No lock here: an import holds its transaction for the whole file. announce() locks, briefly, at the end.
        checkPeople(actor, draft);
        UUID id = Ids.newId(clock);
        store.insert(id, draft, actor.userId(), "import", sourceDetail, OffsetDateTime.now(clock));
        return id;
    }

    /** Brings the scores and due dates of these people up to date after {@link #logImported}. */
    public void announce(Set<UUID> personIds) {
        if (!personIds.isEmpty()) {
            store.lockPeople(personIds);
            events.publishEvent(new TouchpointsChanged(Set.copyOf(personIds)));
        }
    }

    /** Whether a touchpoint is still there (an import's key may name one deleted since). */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return store.core(id).isPresent();
    }

    /** The touchpoint, if it exists and the actor may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<TouchpointDetails> find(Actor actor, UUID id) {
        return store.details(id, readFilter(actor), people.readFilter(actor)).map(t -> withDeal(actor, t));
    }

    @Transactional(readOnly = true)
    public TouchpointDetails get(Actor actor, UUID id) {
        TouchpointStore.Core core = readable(actor, id);
        return withDeal(actor, store.details(core.id(), readFilter(actor), people.readFilter(actor)).orElseThrow());
    }

    public TouchpointDetails update(Actor actor, UUID id, Long expectedVersion, TouchpointDraft draft) {
        TouchpointStore.Core core = manageable(actor, id);
        checkFields(actor, draft);
        draft = keepHiddenDeal(actor, id, draft);
        checkPeople(actor, draft);
        Set<UUID> locked = new HashSet<>(core.personIds());
        locked.addAll(draft.personIds());
        store.lockPeople(locked);
        long version = expectedVersion == null ? core.version() : expectedVersion;
        if (!store.update(id, version, draft, OffsetDateTime.now(clock))) {
            throw new StaleVersionException("touchpoint", version, core.version());
        }
        audit.updated(actor.userId(), AUDIT_TYPE, id, draft.channel().label() + " on " + draft.occurredAt().toLocalDate(),
                Map.of());
        Set<UUID> affected = new HashSet<>(core.personIds());
        affected.addAll(draft.personIds());
        events.publishEvent(new TouchpointsChanged(affected));
        aboutDeal(draft);
        return get(actor, id);
    }

    public void delete(Actor actor, UUID id, Long expectedVersion) {
        TouchpointStore.Core core = manageable(actor, id);
        store.lockPeople(core.personIds());
        if (expectedVersion != null && expectedVersion != core.version()) {
            throw new StaleVersionException("touchpoint", expectedVersion, core.version());
        }
        planned.reopenFor(id);
        store.delete(id);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, "touchpoint");
        events.publishEvent(new TouchpointsChanged(core.personIds()));
    }

    /** Touchpoints the actor may see, newest first. */
    @Transactional(readOnly = true)
    public Page<TouchpointDetails> list(Actor actor, TouchpointFilter filter, PageRequest page) {
        if (filter.personId() != null) {
            people.get(actor, filter.personId());
        }
        if (filter.organizationId() != null) {
            organizations.get(actor, filter.organizationId());
        }
        if (filter.dealId() != null && !mayName(actor, filter.dealId())) {
            throw new RecordNotFoundException("deal", filter.dealId());
        }
        return withDeals(actor, store.page(filter, readFilter(actor), people.readFilter(actor), page));
    }

    /** A person's timeline: every touchpoint with them the actor may see, newest first. */
    @Transactional(readOnly = true)
    public Page<TouchpointDetails> timeline(Actor actor, UUID personId, PageRequest page) {
        people.get(actor, personId);
        return list(actor, TouchpointFilter.withPerson(personId), page);
    }

    /**
     * An account's timeline: every touchpoint the actor may see that names the organization or involves any
     * of its people, newest first. A touchpoint with a person the actor may not see stays hidden, as everywhere.
     */
    @Transactional(readOnly = true)
    public Page<TouchpointDetails> atOrganization(Actor actor, UUID organizationId, PageRequest page) {
        organizations.get(actor, organizationId);
        SqlFilter visible = readFilter(actor);
        Map<String, Object> params = new java.util.HashMap<>(visible.params());
        params.put("account", organizationId);
        SqlFilter atAccount = new SqlFilter("(" + visible.sql() + " and (t.organization_id = :account"
                + " or t.id in (select account_tp.touchpoint_id from touchpoint_person account_tp"
                + " join person account_p on account_p.id = account_tp.person_id"
                + " where account_p.organization_id = :account)))", params);
        return withDeals(actor, store.page(new TouchpointFilter(null, null, null, null, null), atAccount,
                people.readFilter(actor), page));
    }

    /** Facts of every touchpoint with a person, for scores and cadences; the callers decide what to show. */
    @Transactional(readOnly = true)
    public List<TouchpointFact> factsAbout(UUID personId) {
        return store.factsAbout(personId);
    }

    /**
     * Facts of every touchpoint with these people, handed over person by person. The ids must be in the
     * database's order of ids (as {@code order by id} gives them): they are read as the range from the first
     * to the last, which every database walks along its index, rather than as a list of hundreds of values
     * that H2 compares one by one with every row.
     */
    @Transactional(readOnly = true)
    public void streamFacts(List<UUID> orderedPersonIds, Consumer<List<TouchpointFact>> perPerson) {
        if (!orderedPersonIds.isEmpty()) {
            store.streamFacts(orderedPersonIds, perPerson);
        }
    }

    /** Whose team scores are made of touchpoints that involve a record that was just made private or shared. */
    @EventListener
    void on(VisibilityChanged changed) {
        Set<UUID> affected = switch (changed.kind()) {
            case person -> store.peopleMetWith(changed.id());
            case organization -> store.peopleMetAt(changed.id());
        };
        if (!affected.isEmpty()) {
            store.lockPeople(affected);
            events.publishEvent(new TouchpointsChanged(affected));
        }
    }

    @EventListener
    void on(PeopleMerged merged) {
        store.movePerson(merged.mergedId(), merged.survivorId());
        events.publishEvent(new TouchpointsChanged(Set.of(merged.survivorId())));
    }

    /**
     * The touchpoints the actor may read (alias {@code t}): shared ones, their own side's, and those they
     * took part in; and of these only the ones whose people and organization they may all see. A touchpoint
     * is no more visible than the most private record it involves, so a colleague's private contact never
     * shows through a meeting, a timeline, a count or an export.
     */
    SqlFilter readFilter(Actor actor) {
        if (actor.isAdmin()) {
            return access.readFilter(actor, "t");
        }
        SqlFilter own = access.readFilter(actor, "t");
        SqlFilter person = access.readFilter(actor, "hidden_p");
        SqlFilter organization = access.readFilter(actor, "hidden_o");
        Map<String, Object> params = new java.util.HashMap<>(own.params());
        params.putAll(person.params());
        params.putAll(organization.params());
        return new SqlFilter("((" + own.sql() + " or exists (select 1 from touchpoint_user rt"
                + " where rt.touchpoint_id = t.id and rt.user_id = :accessActor))"
                + " and not exists (select 1 from touchpoint_person hidden_tp join person hidden_p"
                + " on hidden_p.id = hidden_tp.person_id where hidden_tp.touchpoint_id = t.id"
                + " and not coalesce(" + person.sql() + ", false))"
                + " and (t.organization_id is null or exists (select 1 from organization hidden_o"
                + " where hidden_o.id = t.organization_id and " + organization.sql() + ")))", params);
    }

    /** Checks everything but the people; returns the team members taking part, by name. */
    private List<TouchpointDetails.Participant> checkFields(Actor actor, TouchpointDraft draft) {
        if (draft.channel() == null) {
            throw new InvalidRequestException("channel", "must not be empty");
        }
        if (draft.occurredAt() == null) {
            throw new InvalidRequestException("occurredAt", "must not be empty");
        }
        if (draft.personIds().isEmpty()) {
            throw new InvalidRequestException("personIds", "name at least one person");
        }
        if (draft.organizationId() != null && organizations.find(actor, draft.organizationId()).isEmpty()) {
            throw new InvalidRequestException("organizationId", "no such organization");
        }
        if (draft.dealId() != null && !mayName(actor, draft.dealId())) {
            throw new InvalidRequestException("dealId", "is not a deal you can see");
        }
        java.util.Map<UUID, TouchpointDetails.Participant> members = new java.util.LinkedHashMap<>();
        for (int i = 0; i < draft.userIds().size(); i++) {
            UUID userId = draft.userIds().get(i);
            String field = "userIds[" + i + "]";
            String name = users.find(userId).map(u -> u.displayName())
                    .orElseThrow(() -> new InvalidRequestException(field, "no such user"));
            members.put(userId, new TouchpointDetails.Participant(userId, name));
        }
        return members.values().stream()
                .sorted(java.util.Comparator.comparing(TouchpointDetails.Participant::name)).toList();
    }

    /**
     * The open deals a touchpoint with these people is likely about, for a form's choice; and the deal already
     * chosen, open or not, if the actor may see it.
     */
    @Transactional(readOnly = true)
    public List<DealNames.DealChoice> likelyDeals(Actor actor, java.util.Collection<UUID> personIds, UUID chosen) {
        DealNames names = dealNames.getIfAvailable();
        if (names == null) {
            return List.of();
        }
        List<DealNames.DealChoice> likely = names.likelyDeals(actor, personIds);
        if (chosen == null || likely.stream().anyMatch(d -> d.id().equals(chosen))) {
            return likely;
        }
        return names.name(actor, chosen).map(name -> {
            List<DealNames.DealChoice> all = new java.util.ArrayList<>(likely);
            all.addFirst(new DealNames.DealChoice(chosen, name, null));
            return List.copyOf(all);
        }).orElse(likely);
    }

    private boolean mayName(Actor actor, UUID dealId) {
        DealNames names = dealNames.getIfAvailable();
        return names != null && names.mayName(actor, dealId);
    }

    private String dealName(Actor actor, UUID dealId) {
        DealNames names = dealNames.getIfAvailable();
        return names == null ? null : names.name(actor, dealId).orElse(null);
    }

    /** Something happened on the deal the touchpoint names, when it happened. */
    private void aboutDeal(TouchpointDraft draft) {
        if (draft.dealId() != null) {
            events.publishEvent(new DealTouchpointLogged(draft.dealId(), draft.occurredAt()));
        }
    }

    /**
     * A deal the actor may not see stays named: one who edits a colleague's touchpoint cannot unlink (or learn
     * of) a deal they were never shown.
     */
    private TouchpointDraft keepHiddenDeal(Actor actor, UUID id, TouchpointDraft draft) {
        if (draft.dealId() != null) {
            return draft;
        }
        return store.dealOf(id).filter(deal -> !mayName(actor, deal)).map(draft::aboutDeal).orElse(draft);
    }

    /** The deal a touchpoint names, only to a reader who may see it: to anyone else it names none. */
    private TouchpointDetails withDeal(Actor actor, TouchpointDetails touchpoint) {
        if (touchpoint.dealId() == null) {
            return touchpoint;
        }
        String name = dealName(actor, touchpoint.dealId());
        return name == null ? touchpoint.aboutDeal(null, null) : touchpoint.aboutDeal(touchpoint.dealId(), name);
    }

    private Page<TouchpointDetails> withDeals(Actor actor, Page<TouchpointDetails> page) {
        Set<UUID> deals = new HashSet<>();
        page.items().stream().map(TouchpointDetails::dealId).filter(java.util.Objects::nonNull).forEach(deals::add);
        if (deals.isEmpty()) {
            return page;
        }
        DealNames names = dealNames.getIfAvailable();
        Map<UUID, String> visible = names == null ? Map.of() : names.visibleNames(actor, deals);
        return page.map(t -> t.dealId() == null ? t : visible.containsKey(t.dealId())
                ? t.aboutDeal(t.dealId(), visible.get(t.dealId())) : t.aboutDeal(null, null));
    }

    private void checkPeople(Actor actor, TouchpointDraft draft) {
        Set<UUID> visible = people.visibleAmong(actor, draft.personIds());
        for (int i = 0; i < draft.personIds().size(); i++) {
            if (!visible.contains(draft.personIds().get(i))) {
                throw new InvalidRequestException("personIds[" + i + "]", "no such person");
            }
        }
    }

    /** A single read answers exactly as the lists do: the same filter, in SQL. */
    private TouchpointStore.Core readable(Actor actor, UUID id) {
        return store.core(id)
                .filter(t -> store.isVisible(id, readFilter(actor)))
                .orElseThrow(() -> new RecordNotFoundException("touchpoint", id));
    }

    private TouchpointStore.Core manageable(Actor actor, UUID id) {
        TouchpointStore.Core core = readable(actor, id);
        if (!access.canManage(actor, core.ownerId())) {
            throw new ForbiddenException("Only the one who logged this touchpoint, their manager or an admin may change it");
        }
        return core;
    }
}
