package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deals' door: open, read, change, move, close and reopen deals on behalf of an {@link Actor}. A deal is
 * seen under the same rules as people, and never by one who may not see its organization.
 */
@Service
@Transactional
public class Deals {

    static final String KIND = "deals";
    private static final String AUDIT_TYPE = "deal";
    static final int BOARD_CARDS = 25;

    private final DealRepository repository;
    private final DealQueries queries;
    private final DealHistory history;
    private final Pipeline pipeline;
    private final RecordAccess access;
    private final People people;
    private final Organizations organizations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final NurtureFigures nurtureFigures;
    private final PipelineTotals totals;
    private final ClosedTotals closedTotals;
    private final Clock clock;

    Deals(DealRepository repository, DealQueries queries, DealHistory history, Pipeline pipeline, RecordAccess access,
            People people, Organizations organizations, AuditTrail audit, ApplicationEventPublisher events,
            NurtureFigures nurtureFigures, PipelineTotals totals, ClosedTotals closedTotals, Clock clock) {
        this.nurtureFigures = nurtureFigures;
        this.totals = totals;
        this.closedTotals = closedTotals;
        this.repository = repository;
        this.queries = queries;
        this.history = history;
        this.pipeline = pipeline;
        this.access = access;
        this.people = people;
        this.organizations = organizations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The deals the actor may see, as a condition on alias {@code d}: their own visibility, and their
     * organization's (a deal at a private organization is no more visible than the organization). The
     * organizations one may not see are a small set read once, rather than a look-up for every deal: the board
     * sums thousands of them.
     */
    public SqlFilter readFilter(Actor actor) {
        SqlFilter own = access.readFilter(actor, "d");
        if (actor.isAdmin()) {
            return own;
        }
        SqlFilter organization = access.readFilter(actor, "hidden_o");
        Map<String, Object> params = new HashMap<>(own.params());
        params.putAll(organization.params());
        return new SqlFilter("(" + own.sql() + " and (d.organization_id is null or d.organization_id not in"
                + " (select hidden_o.id from organization hidden_o where not coalesce(" + organization.sql()
                + ", false))))", params);
    }

    /**
     * The deals the actor may see, as {@link #readFilter} says, for statements over many of them (alias {@code d}):
     * their own rule per row, and the hidden organizations, whose deals the caller sets aside.
     */
    public ManyRowsFilter readFilterForMany(Actor actor) {
        return new ManyRowsFilter(access.readFilter(actor, "d"), organizations.hiddenFrom(actor));
    }

    /**
     * The deals hidden from the actor (none from an admin): others' private deals, found by the index deal_private,
     * and the deals at the organizations hidden from them, {@code organizations}, by the deals' organization index.
     * For statements over many rows that point at deals and set these aside as the rows come.
     */
    @Transactional(readOnly = true)
    public Set<UUID> hiddenFrom(Actor actor, Set<UUID> organizations) {
        if (actor.isAdmin()) {
            return Set.of();
        }
        return queries.hidden(access.hiddenFilter(actor, "d"), organizations);
    }

    /**
     * A deal key column, {@code column}, that is null or names a deal the actor may see: as {@link #readFilter} says,
     * worded for statements over many rows that point at deals. The deals hidden from the actor (others' private
     * deals, found by the index deal_private; deals at organizations hidden from them) are gathered once, instead of
     * every visible deal being looked up or hashed.
     */
    public SqlFilter notHidden(Actor actor, String column) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        SqlFilter own = access.hiddenFilter(actor, "hidden_d");
        SqlFilter organization = access.readFilter(actor, "hidden_o");
        Map<String, Object> params = new HashMap<>(own.params());
        params.putAll(organization.params());
        return new SqlFilter("(" + column + " is null or (" + column + " not in (select hidden_d.id from deal hidden_d"
                + " where " + own.sql() + ") and " + column + " not in (select hidden_od.id from deal hidden_od"
                + " where hidden_od.organization_id in (select hidden_o.id from organization hidden_o where not coalesce("
                + organization.sql() + ", false)))))", params);
    }

    public DealDetails create(Actor actor, DealDraft draft) {
        UUID stage = draft.stageId() == null ? pipeline.first().id() : requireStage(draft.stageId());
        checkReferences(actor, draft, null);
        Deal deal = Deal.open(Ids.newId(clock), actor.userId(), stage, draft, now());
        save(deal);
        history.append(DealEvent.created(deal.id(), actor.userId(), deal.createdAt(), stage));
        DealDetails created = details(actor, deal);
        Map<String, String> words = new LinkedHashMap<>(DealWords.of(created));
        words.values().removeIf(java.util.Objects::isNull);
        audit.created(actor.userId(), AUDIT_TYPE, created.id(), created.name(), words);
        changed(deal, Set.of());
        return created;
    }

    @Transactional(readOnly = true)
    public DealDetails get(Actor actor, UUID id) {
        return details(actor, load(actor, id));
    }

    @Transactional(readOnly = true)
    public List<DealHistoryEntry> history(Actor actor, UUID id) {
        load(actor, id);
        return history.of(id);
    }

    /**
     * Whether the nurture of the deal's latest loss is kept up, month by month, from what the actor may see;
     * for a deal never lost, a record that says so.
     */
    @Transactional(readOnly = true)
    public NurtureRecord nurture(Actor actor, UUID id) {
        return nurtureFigures.of(actor, load(actor, id));
    }

    /** Changes what a user may write; a stage in the draft moves the deal (open deals only). */
    public DealDetails update(Actor actor, UUID id, @Nullable Long expectedVersion, DealDraft draft) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        if (draft.visibility() != null && draft.visibility() != deal.visibility()
                && !access.canManage(actor, deal.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin decides who sees this deal");
        }
        checkReferences(actor, draft, deal);
        Set<UUID> wereOn = peopleOn(deal);
        DealDetails before = details(actor, deal);
        OffsetDateTime now = now();
        deal.apply(keepHidden(actor, deal, draft), now);
        if (draft.stageId() != null && !draft.stageId().equals(deal.stageId())) {
            DealEvent moved = deal.moveTo(requireStage(draft.stageId()), actor.userId(), now);
            if (moved != null) {
                history.append(moved);
            }
        }
        save(deal);
        DealDetails after = details(actor, deal);
        audit.updated(actor.userId(), AUDIT_TYPE, id, after.name(), DealWords.changes(before, after));
        changed(deal, wereOn);
        return after;
    }

    /** Moves an open deal to another stage (the board's drag, or its menu on a phone). */
    public DealDetails move(Actor actor, UUID id, @Nullable Long expectedVersion, UUID stageId) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        String from = pipeline.stage(deal.stageId()).map(PipelineStage::name).orElse(null);
        DealEvent moved = deal.moveTo(requireStage(stageId), actor.userId(), now());
        if (moved != null) {
            save(deal);
            history.append(moved);
            audit.updated(actor.userId(), AUDIT_TYPE, id, deal.name(), Map.of("stage",
                    new AuditTrail.Change(from, pipeline.stage(stageId).map(PipelineStage::name).orElse(null))));
            changed(deal, Set.of());
        }
        return details(actor, deal);
    }

    public DealDetails win(Actor actor, UUID id, @Nullable Long expectedVersion, @Nullable String note) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        return close(actor, deal, deal.win(actor.userId(), now(), note));
    }

    public DealDetails lose(Actor actor, UUID id, @Nullable Long expectedVersion, @Nullable UUID reasonId,
            @Nullable String note, @Nullable String competitor) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        if (reasonId != null && pipeline.lossReasons().stream().noneMatch(r -> r.id().equals(reasonId))) {
            throw new InvalidRequestException("reasonId", "is not one of the workspace's loss reasons");
        }
        if (competitor != null && competitor.strip().length() > 200) {
            throw new InvalidRequestException("competitor", "must be at most 200 characters");
        }
        return close(actor, deal, deal.lose(actor.userId(), now(), reasonId, note, competitor));
    }

    public DealDetails walkAway(Actor actor, UUID id, @Nullable Long expectedVersion, @Nullable String reason) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        return close(actor, deal, deal.walkAway(actor.userId(), now(), reason));
    }

    /** How long after closing a deal its close may be taken back as a mistake. */
    static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofMinutes(10);

    /** Takes back a close made by mistake in the last {@link #UNDO_WINDOW}; later, {@link #reopen} it. */
    public DealDetails undoClose(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        DealOutcome was = deal.outcome();
        DealEvent event = deal.undoClose(actor.userId(), now(), UNDO_WINDOW);
        save(deal);
        history.append(event);
        audit.updated(actor.userId(), AUDIT_TYPE, id, deal.name(),
                Map.of("outcome", new AuditTrail.Change(was.label(), DealOutcome.open.label() + " (undone)")));
        events.publishEvent(new DealReopened(id, was, event.occurredAt()));
        changed(deal, Set.of());
        return details(actor, deal);
    }

    public DealDetails reopen(Actor actor, UUID id, @Nullable Long expectedVersion, @Nullable UUID stageId) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        DealOutcome was = deal.outcome();
        DealEvent event = deal.reopen(actor.userId(), now(), stageId == null ? null : requireStage(stageId));
        save(deal);
        history.append(event);
        audit.updated(actor.userId(), AUDIT_TYPE, id, deal.name(),
                Map.of("outcome", new AuditTrail.Change(was.label(), DealOutcome.open.label())));
        events.publishEvent(new DealReopened(id, was, event.occurredAt()));
        changed(deal, Set.of());
        return details(actor, deal);
    }

    private DealDetails close(Actor actor, Deal deal, DealEvent event) {
        save(deal);
        history.append(event);
        audit.updated(actor.userId(), AUDIT_TYPE, deal.id(), deal.name(),
                Map.of("outcome", new AuditTrail.Change(DealOutcome.open.label(), deal.outcome().label())));
        int nurture = deal.nurtureEveryDays() != null ? deal.nurtureEveryDays() : pipeline.nurtureEveryDays();
        events.publishEvent(new DealClosed(deal.id(), deal.name(), deal.organizationId(), deal.ownerId(),
                deal.outcome(), event.occurredAt(), deal.wonBack(),
                deal.outcome() == DealOutcome.lost ? deal.nurtured() : List.of(), nurture, deal.visibility()));
        changed(deal, Set.of());
        return details(actor, deal);
    }

    /**
     * A hand-over: the open deals the leaving user owns with this person on them go to a colleague, through the
     * one save that keeps the board's totals. An admin or the leaving user's manager does it; the deal's history
     * has no line for an owner, so the audit log tells it. Answers the deals moved.
     */
    public List<UUID> handOver(Actor actor, UUID personId, UUID fromUserId, UUID toUserId) {
        if (!access.mayHandOver(actor, fromUserId)) {
            throw new ForbiddenException("Only an admin or their manager hands over someone's relationships");
        }
        if (fromUserId.equals(toUserId)) {
            return List.of();
        }
        List<UUID> moved = new ArrayList<>();
        for (UUID id : queries.openOwnedWith(fromUserId, personId)) {
            Deal deal = repository.findById(id).orElseThrow();
            deal.handOverTo(toUserId, now());
            save(deal);
            audit.updated(actor.userId(), AUDIT_TYPE, id, deal.name(), Map.of("owner", new AuditTrail.Change(
                    queries.ownerName(fromUserId), queries.ownerName(toUserId) + " (hand-over)")));
            changed(deal, Set.of());
            moved.add(id);
        }
        return moved;
    }

    /**
     * Every change of a deal is saved here, so that the board's totals and the closed deals' follow it in the same
     * transaction.
     */
    private void save(Deal deal) {
        totals.saving(deal);
        closedTotals.saving(deal);
        repository.save(deal);
    }

    public void delete(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Deal deal = loadVersion(actor, id, expectedVersion);
        if (!access.canManage(actor, deal.ownerId())) {
            throw new ForbiddenException("Only the owner, their manager or an admin may delete this deal");
        }
        totals.deleting(deal);
        closedTotals.deleting(deal);
        repository.delete(deal);
        audit.deleted(actor.userId(), AUDIT_TYPE, id, deal.name());
        events.publishEvent(new DealChanged(id, peopleOn(deal)));
    }

    @Transactional(readOnly = true)
    public Page<DealSummary> list(Actor actor, DealFilter filter, PageRequest page) {
        return queries.list(readFilter(actor), filter, pipeline.stages(), now(), page);
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, DealFilter filter) {
        return queries.count(readFilter(actor), filter, pipeline.stages(), now());
    }

    /** The board: every stage of the pipeline with its open deals (the first {@value #BOARD_CARDS} by name). */
    @Transactional(readOnly = true)
    public Board board(Actor actor, DealFilter filter) {
        SqlFilter visible = readFilter(actor);
        OffsetDateTime now = now();
        Map<UUID, List<DealQueries.StageSum>> sums = new HashMap<>();
        // The kept totals when they can answer (the board as it opens, or by owner, stage or currency); the
        // open deals themselves under any other filter.
        List<DealQueries.StageSum> all = PipelineTotals.answer(filter) ? totals.sums(actor, filter)
                : queries.stageSums(visible, filter, now);
        for (DealQueries.StageSum sum : all) {
            sums.computeIfAbsent(sum.stageId(), s -> new ArrayList<>()).add(sum);
        }
        List<Board.Column> columns = new ArrayList<>();
        for (PipelineStage stage : pipeline.stages()) {
            List<DealQueries.StageSum> stageSums = sums.getOrDefault(stage.id(), List.of());
            long count = stageSums.stream().mapToLong(DealQueries.StageSum::deals).sum();
            List<Money> values = stageSums.stream().filter(s -> s.currency() != null)
                    .map(s -> new Money(s.total(), s.currency())).sorted(Comparator.comparing(Money::currency)).toList();
            List<DealSummary> cards = count == 0 ? List.of()
                    : queries.column(visible, filter, stage.id(), now, BOARD_CARDS + 1);
            columns.add(new Board.Column(stage, count, values,
                    values.stream().map(value -> value.percent(stage.winProbability())).toList(),
                    cards.subList(0, Math.min(BOARD_CARDS, cards.size())), cards.size() > BOARD_CARDS));
        }
        return new Board(columns);
    }

    /** Sums per currency of the values of these deals: amounts of different currencies are never added. */
    public static List<Money> sumsByCurrency(List<DealSummary> deals) {
        Map<String, Money> sums = new java.util.TreeMap<>();
        for (DealSummary deal : deals) {
            if (deal.value() != null) {
                sums.merge(deal.value().currency(), deal.value(), Money::plus);
            }
        }
        return List.copyOf(sums.values());
    }

    private DealDetails details(Actor actor, Deal deal) {
        SqlFilter visible = readFilter(actor);
        PipelineStage stage = pipeline.stage(deal.stageId()).orElseThrow();
        Map<UUID, String> names = queries.visiblePeople(people.readFilter(actor),
                deal.people().stream().map(Deal.DealPerson::personId).distinct().toList());
        List<DealDetails.Person> persons = new ArrayList<>();
        for (Map.Entry<UUID, String> person : names.entrySet()) {
            deal.people().stream().filter(p -> p.personId().equals(person.getKey()))
                    .sorted(Comparator.comparing(Deal.DealPerson::role))
                    .forEach(p -> persons.add(new DealDetails.Person(p.personId(), person.getValue(), p.role())));
        }
        LossReason reason = deal.lossReasonId() == null ? null : pipeline.lossReasons().stream()
                .filter(r -> r.id().equals(deal.lossReasonId())).findFirst().orElse(null);
        DealDetails.Linked origin = deal.originDealId() == null ? null
                : queries.linked(visible, deal.originDealId(), null).stream().findFirst().orElse(null);
        return new DealDetails(deal.id(), deal.version(), deal.name(), deal.organizationId(),
                queries.organizationName(deal.organizationId()), deal.ownerId(), queries.ownerName(deal.ownerId()),
                deal.visibility(), stage, deal.value(), deal.expectedClose(), deal.outcome(), deal.closedAt(), reason,
                deal.outcomeNote(), deal.wonBy(), deal.wonBack(), origin, queries.linked(visible, null, deal.id()),
                persons, deal.competitors(), deal.nurtureEveryDays(), deal.notes(), deal.lastActivityAt(),
                Staleness.goingStale(deal.outcome(), stage.idleDays(), deal.lastActivityAt(), now()),
                access.canManage(actor, deal.ownerId()), deal.createdAt(), deal.updatedAt());
    }

    /** Whoever was or is on the deal may stand differently on open deals now (cadence rules look at that). */
    private void changed(Deal deal, Set<UUID> wereOn) {
        Set<UUID> people = new java.util.HashSet<>(wereOn);
        people.addAll(peopleOn(deal));
        events.publishEvent(new DealChanged(deal.id(), Set.copyOf(people)));
    }

    private static Set<UUID> peopleOn(Deal deal) {
        return deal.people().stream().map(Deal.DealPerson::personId).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * People on the deal whom this actor may not see stay on it: a member who edits a colleague's deal cannot
     * remove (or learn of) a private contact they were never shown.
     */
    private DealDraft keepHidden(Actor actor, Deal deal, DealDraft draft) {
        Set<UUID> onDeal = new java.util.HashSet<>(deal.people().stream().map(Deal.DealPerson::personId).toList());
        Set<UUID> seen = people.visibleAmong(actor, onDeal);
        List<DealDraft.Participant> kept = new ArrayList<>(draft.people() == null ? List.of() : draft.people());
        deal.people().stream().filter(p -> !seen.contains(p.personId()))
                .forEach(p -> kept.add(new DealDraft.Participant(p.personId(), p.role())));
        return new DealDraft(draft.name(), draft.organizationId(), draft.value(), draft.stageId(),
                draft.expectedClose(), draft.visibility(), kept, draft.competitors(), draft.originDealId(),
                draft.nurtureEveryDays(), draft.notes());
    }

    /** The organization, people and origin deal named must exist and be visible to the actor. */
    private void checkReferences(Actor actor, DealDraft draft, @Nullable Deal deal) {
        if (draft.organizationId() == null && (deal == null || deal.organizationId() != null)) {
            throw new InvalidRequestException("organizationId", "must name the organization of the deal");
        }
        if (draft.organizationId() != null && organizations.find(actor, draft.organizationId()).isEmpty()) {
            throw new InvalidRequestException("organizationId", "is not an organization you can see");
        }
        List<UUID> ids = draft.people() == null ? List.of()
                : draft.people().stream().map(DealDraft.Participant::personId).filter(java.util.Objects::nonNull)
                        .distinct().toList();
        Set<UUID> visible = people.visibleAmong(actor, ids);
        for (int i = 0; i < ids.size(); i++) {
            if (!visible.contains(ids.get(i))) {
                throw new InvalidRequestException("people", "names a person you cannot see: " + ids.get(i));
            }
        }
        if (draft.originDealId() != null && !queries.visible(readFilter(actor), draft.originDealId())) {
            throw new InvalidRequestException("originDealId", "is not a deal you can see");
        }
    }

    private UUID requireStage(UUID stageId) {
        return pipeline.stage(stageId).map(PipelineStage::id)
                .orElseThrow(() -> new InvalidRequestException("stageId", "is not a stage of the pipeline"));
    }

    private Deal loadVersion(Actor actor, UUID id, @Nullable Long expectedVersion) {
        Deal deal = load(actor, id);
        if (expectedVersion != null && deal.version() != expectedVersion) {
            throw new StaleVersionException("deal", expectedVersion, deal.version());
        }
        return deal;
    }

    /** The deal, if the actor may see it; otherwise "not found", as for a deal that does not exist. */
    private Deal load(Actor actor, UUID id) {
        return repository.findById(id).filter(deal -> queries.visible(readFilter(actor), id))
                .orElseThrow(() -> new RecordNotFoundException("deal", id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
