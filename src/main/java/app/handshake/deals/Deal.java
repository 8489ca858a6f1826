package app.handshake.deals;

import app.handshake.accounts.Visibility;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.InvalidTransitionException;
import app.handshake.shared.Money;
import app.handshake.shared.Text;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A deal, with the rules of its life: it moves between stages while open, closes won, lost or walked away, and
 * reopens keeping its history. Each transition is guarded here and answers the {@link DealEvent} to record;
 * a refused one changes nothing.
 */
@Table("deal")
class Deal {

    static final int MAX_PEOPLE = 200;
    static final int MAX_COMPETITORS = 20;

    @Id
    private UUID id;
    @Version
    private Long version;
    private String name;
    private String sortName;
    private @Nullable UUID organizationId;
    private UUID ownerId;
    private String visibility;
    private UUID stageId;
    private @Nullable Long valueAmount;
    private @Nullable String valueCurrency;
    private @Nullable LocalDate expectedClose;
    private DealOutcome outcome;
    private @Nullable OffsetDateTime closedAt;
    private @Nullable UUID lossReasonId;
    private @Nullable String outcomeNote;
    private @Nullable String wonBy;
    private boolean lostOnce;
    private boolean lostBeforeClose;
    private boolean wonBack;
    private @Nullable UUID originDealId;
    private @Nullable Integer nurtureEveryDays;
    private @Nullable String notes;
    private OffsetDateTime lastActivityAt;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @MappedCollection(idColumn = "deal_id")
    private Set<DealPerson> people = new LinkedHashSet<>();
    @MappedCollection(idColumn = "deal_id", keyColumn = "ordinal")
    private List<DealCompetitor> competitors = new ArrayList<>();

    Deal() {}

    static Deal open(UUID id, UUID ownerId, UUID stageId, DealDraft draft, OffsetDateTime now) {
        Deal deal = new Deal();
        deal.id = id;
        deal.ownerId = ownerId;
        deal.outcome = DealOutcome.open;
        deal.stageId = stageId;
        deal.visibility = Visibility.SHARED.key();
        deal.createdAt = now;
        deal.lastActivityAt = now;
        deal.apply(draft, now);
        return deal;
    }

    /** Writes what a user may write; the stage is moved by {@link #moveTo}. */
    void apply(DealDraft draft, OffsetDateTime now) {
        String cleanName = Text.trimToNull(draft.name());
        if (cleanName == null) {
            throw new InvalidRequestException("name", "must not be empty");
        }
        if (cleanName.length() > 200) {
            throw new InvalidRequestException("name", "must be at most 200 characters");
        }
        if (draft.originDealId() != null && draft.originDealId().equals(id)) {
            throw new InvalidRequestException("originDealId", "cannot be the deal itself");
        }
        if (draft.nurtureEveryDays() != null && (draft.nurtureEveryDays() < 1 || draft.nurtureEveryDays() > 3650)) {
            throw new InvalidRequestException("nurtureEveryDays", "must be between 1 and 3650 days");
        }
        List<DealDraft.Participant> participants = draft.people() == null ? List.of() : draft.people();
        if (participants.size() > MAX_PEOPLE) {
            throw new InvalidRequestException("people", "must be at most " + MAX_PEOPLE);
        }
        List<String> names = new ArrayList<>();
        for (String competitor : draft.competitors() == null ? List.<String>of() : draft.competitors()) {
            String clean = Text.trimToNull(competitor);
            if (clean != null && names.stream().noneMatch(clean::equalsIgnoreCase)) {
                names.add(clean);
            }
        }
        if (names.size() > MAX_COMPETITORS) {
            throw new InvalidRequestException("competitors", "must be at most " + MAX_COMPETITORS);
        }
        this.name = cleanName;
        this.sortName = cleanName.toLowerCase(Locale.ROOT);
        this.organizationId = draft.organizationId();
        this.valueAmount = draft.value() == null ? null : draft.value().amount();
        this.valueCurrency = draft.value() == null ? null : draft.value().currency();
        this.expectedClose = draft.expectedClose();
        if (draft.visibility() != null) {
            this.visibility = draft.visibility().key();
        }
        this.people = new LinkedHashSet<>();
        for (DealDraft.Participant participant : participants) {
            if (participant.personId() == null || participant.role() == null) {
                throw new InvalidRequestException("people", "each needs a personId and a role");
            }
            this.people.add(new DealPerson(participant.personId(), participant.role()));
        }
        this.competitors = names.stream().map(DealCompetitor::new).collect(java.util.stream.Collectors.toList());
        this.originDealId = draft.originDealId();
        this.nurtureEveryDays = draft.nurtureEveryDays();
        this.notes = Text.trimToNull(draft.notes());
        this.updatedAt = now;
    }

    /** Moves an open deal to another stage of the pipeline; the same stage is no move. */
    @Nullable
    DealEvent moveTo(UUID stage, UUID actorId, OffsetDateTime now) {
        requireOpen("move");
        if (stage.equals(stageId)) {
            return null;
        }
        DealEvent event = DealEvent.moved(id, actorId, now, stageId, stage);
        this.stageId = stage;
        touched(now);
        return event;
    }

    DealEvent win(UUID actorId, OffsetDateTime now, @Nullable String note) {
        requireOpen("win");
        this.outcome = DealOutcome.won;
        this.closedAt = now;
        this.outcomeNote = Text.trimToNull(note);
        this.wonBack = lostOnce;
        touched(now);
        return DealEvent.closed(id, actorId, now, DealOutcome.won, outcomeNote, null);
    }

    /** Lost: a reason from the workspace's list, free text, or both; and the competitor who won, if one did. */
    DealEvent lose(UUID actorId, OffsetDateTime now, @Nullable UUID reasonId, @Nullable String note,
            @Nullable String competitor) {
        requireOpen("lose");
        String cleanNote = Text.trimToNull(note);
        if (reasonId == null && cleanNote == null) {
            throw new InvalidRequestException("reason", "must say why the deal was lost");
        }
        this.outcome = DealOutcome.lost;
        this.closedAt = now;
        this.lossReasonId = reasonId;
        this.outcomeNote = cleanNote;
        this.wonBy = Text.trimToNull(competitor);
        this.lostBeforeClose = lostOnce;
        this.lostOnce = true;
        touched(now);
        return DealEvent.closed(id, actorId, now, DealOutcome.lost, cleanNote, wonBy);
    }

    /** Walked away: disqualified on purpose, a legitimate outcome with its reason. */
    DealEvent walkAway(UUID actorId, OffsetDateTime now, @Nullable String reason) {
        requireOpen("walk away from");
        String cleanReason = Text.trimToNull(reason);
        if (cleanReason == null) {
            throw new InvalidRequestException("reason", "must say why you walked away");
        }
        this.outcome = DealOutcome.walked_away;
        this.closedAt = now;
        this.outcomeNote = cleanReason;
        touched(now);
        return DealEvent.closed(id, actorId, now, DealOutcome.walked_away, cleanReason, null);
    }

    /** A closed deal opens again in its stage (or the one given); its history stays. */
    DealEvent reopen(UUID actorId, OffsetDateTime now, @Nullable UUID stage) {
        if (!outcome.closed()) {
            throw new InvalidTransitionException("The deal is open already");
        }
        DealEvent event = DealEvent.reopened(id, actorId, now, outcome, stageId,
                stage == null ? stageId : stage);
        this.outcome = DealOutcome.open;
        this.closedAt = null;
        this.lossReasonId = null;
        this.outcomeNote = null;
        this.wonBy = null;
        this.wonBack = false;
        if (stage != null) {
            this.stageId = stage;
        }
        touched(now);
        return event;
    }

    /**
     * Takes back a close made by mistake, shortly after it: the deal is open again where it was, and a loss
     * undone does not count as one (a deal marked lost by mistake and then won is not won back). Later, a
     * closed deal is reopened instead, and its loss stays on the record.
     */
    DealEvent undoClose(UUID actorId, OffsetDateTime now, java.time.Duration window) {
        if (!outcome.closed()) {
            throw new InvalidTransitionException("The deal is open already");
        }
        if (closedAt.isBefore(now.minus(window))) {
            throw new InvalidTransitionException("A close can be undone for " + window.toMinutes()
                    + " minutes; reopen the deal instead");
        }
        DealEvent event = new DealEvent(app.handshake.shared.Ids.newId(), id, now, actorId, DealEvent.Kind.reopened,
                stageId, stageId, "undone: was " + outcome.label(), null);
        if (outcome == DealOutcome.lost) {
            this.lostOnce = lostBeforeClose;
        }
        this.outcome = DealOutcome.open;
        this.closedAt = null;
        this.lossReasonId = null;
        this.outcomeNote = null;
        this.wonBy = null;
        this.wonBack = false;
        touched(now);
        return event;
    }

    /** Something happened on the deal: it is not idle. */
    void touched(OffsetDateTime now) {
        if (lastActivityAt == null || now.isAfter(lastActivityAt)) {
            this.lastActivityAt = now;
        }
        this.updatedAt = now;
    }

    private void requireOpen(String verb) {
        if (outcome.closed()) {
            throw new InvalidTransitionException("A deal that is " + outcome.label() + " cannot " + verb
                    + "; reopen it first");
        }
    }

    /** The ones nurtured after a loss. */
    List<UUID> nurtured() {
        return people.stream().filter(p -> p.role().nurtured()).map(DealPerson::personId).distinct().toList();
    }

    /** Gives the deal to another owner (a hand-over); its stage, value and people stay. */
    void handOverTo(UUID newOwnerId, OffsetDateTime now) {
        this.ownerId = newOwnerId;
        this.updatedAt = now;
    }

    UUID id() { return id; }
    long version() { return version == null ? 0 : version; }
    String name() { return name; }
    @Nullable UUID organizationId() { return organizationId; }
    UUID ownerId() { return ownerId; }
    Visibility visibility() { return Visibility.of(visibility); }
    UUID stageId() { return stageId; }
    @Nullable Money value() { return valueAmount == null ? null : new Money(valueAmount, valueCurrency); }
    @Nullable LocalDate expectedClose() { return expectedClose; }
    DealOutcome outcome() { return outcome; }
    @Nullable OffsetDateTime closedAt() { return closedAt; }
    @Nullable UUID lossReasonId() { return lossReasonId; }
    @Nullable String outcomeNote() { return outcomeNote; }
    @Nullable String wonBy() { return wonBy; }
    boolean lostOnce() { return lostOnce; }
    boolean wonBack() { return wonBack; }
    @Nullable UUID originDealId() { return originDealId; }
    @Nullable Integer nurtureEveryDays() { return nurtureEveryDays; }
    @Nullable String notes() { return notes; }
    OffsetDateTime lastActivityAt() { return lastActivityAt; }
    OffsetDateTime createdAt() { return createdAt; }
    OffsetDateTime updatedAt() { return updatedAt; }
    Set<DealPerson> people() { return Set.copyOf(people); }
    List<String> competitors() { return competitors.stream().map(DealCompetitor::name).toList(); }

    @Table("deal_person")
    record DealPerson(UUID personId, DealRole role) {}

    @Table("deal_competitor")
    record DealCompetitor(String name) {}
}
