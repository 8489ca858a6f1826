package app.handshake.cadences;

import app.handshake.deals.DealChanged;
import app.handshake.deals.DealRole;
import app.handshake.deals.DealStakes;
import app.handshake.people.OrganizationTier;
import app.handshake.people.PersonChanged;
import app.handshake.people.PersonProfile;
import app.handshake.people.People;
import app.handshake.platform.ShortTransactions;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.StrengthRefreshed;
import app.handshake.relationships.Tier;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each person's next due date: from the cadence set on them or the shortest rule that matches, and
 * the last touchpoint that meets it, whoever logged it and however it arrived.
 */
@Service
@Transactional
class DueDates {

    private final CadenceStore store;
    private final People people;
    private final Touchpoints touchpoints;
    private final RelationshipScores scores;
    private final ShortTransactions chunks;
    private final Nurtures nurtures;
    private final Clock clock;
    private final DealStakes dealStakes;

    DueDates(CadenceStore store, People people, Touchpoints touchpoints, RelationshipScores scores,
            ShortTransactions chunks, Nurtures nurtures, Clock clock, DealStakes dealStakes) {
        this.dealStakes = dealStakes;
        this.chunks = chunks;
        this.nurtures = nurtures;
        this.store = store;
        this.people = people;
        this.touchpoints = touchpoints;
        this.scores = scores;
        this.clock = clock;
    }

    /** The cadence in force for a person, where it comes from (null rule: set directly), and the team's tier. */
    record Effective(Cadence cadence, CadenceRule rule, Tier tier) {}

    Optional<Effective> effective(PersonProfile person, List<CadenceRule> rules) {
        Optional<Cadence> direct = store.direct(person.id());
        return effective(person, rules, direct, scores.teamTier(person.id()), untouchedImport(person, direct, null));
    }

    /**
     * A person who came from a file and with whom nobody has been in touch yet. Such people get a cadence only
     * from a user (set on them) or from a rule meant for people never contacted (the {@code connection} tier):
     * otherwise importing an address book would put hundreds of strangers at a key account on Today at once.
     */
    private boolean untouchedImport(PersonProfile person, Optional<Cadence> direct, List<TouchpointFact> facts) {
        return person.imported() && direct.isEmpty()
                && (facts != null ? facts : touchpoints.factsAbout(person.id())).isEmpty();
    }

    static boolean meantForTheNeverContacted(CadenceRule rule) {
        return rule.kind() == CadenceRule.Kind.tier && Tier.connection.name().equals(rule.value());
    }

    private Optional<Effective> effective(PersonProfile person, List<CadenceRule> rules, Optional<Cadence> direct,
            Tier tier, boolean untouchedImport) {
        if (direct.isPresent()) {
            return Optional.of(new Effective(direct.get(), null, tier));
        }
        // Read once, and only when a rule asks: most rules do not look at deals. The deals are those the person's
        // owner, who is reminded, may see.
        List<List<DealStakes.Stake>> read = new java.util.ArrayList<>(1);
        java.util.function.Supplier<List<DealStakes.Stake>> stakes = () -> {
            if (read.isEmpty()) {
                read.add(dealStakes.openFor(person.id(), person.ownerId()));
            }
            return read.getFirst();
        };
        return rules.stream()
                .filter(rule -> !untouchedImport || meantForTheNeverContacted(rule))
                .filter(rule -> switch (rule.kind()) {
                    case tag -> person.tags().contains(rule.value());
                    case tier -> tier.name().equals(rule.value());
                    case organization_tier -> person.organizationTier() != null
                            && person.organizationTier().name().equals(rule.value());
                    case open_deal -> stakes.get().stream().anyMatch(stake -> CadenceRule.ANY_ROLE.equals(rule.value())
                            || stake.role().name().equals(rule.value()));
                    case deal_decision_maker -> stakes.get().stream().anyMatch(stake ->
                            stake.role() == DealRole.decision_maker && DealThreshold.parse(rule.value()).metBy(stake.value()));
                })
                .min(Comparator.comparingInt(CadenceRule::intervalDays))
                .map(rule -> new Effective(new Cadence(rule.intervalDays(), rule.channel(), null), rule, tier));
    }

    // After the scores, which hand over the facts they read and the tier this very touchpoint may have changed.
    @EventListener
    void on(StrengthRefreshed refreshed) {
        refreshIfAnyCadence(refreshed.personId(), refreshed);
    }

    /** Who is on which open deal, and what it is worth, decides who rules about deals cover. */
    @EventListener
    void on(DealChanged changed) {
        List<CadenceRule> rules = store.rules();
        if (rules.stream().anyMatch(rule -> rule.kind().aboutDeals())) {
            changed.personIds().stream().sorted().forEach(personId -> refresh(personId, rules));
        }
    }

    @EventListener
    @Order(10)
    void on(PersonChanged changed) {
        refreshIfAnyCadence(changed.id(), null);
    }

    /** Most people have no cadence and most workspaces few rules: one query says so, and then nothing more. */
    private void refreshIfAnyCadence(UUID personId, StrengthRefreshed known) {
        CadenceStore.State state = store.state(personId);
        if (!state.anyRule() && state.direct().isEmpty() && !state.nurtured()) {
            if (state.hasDue()) {
                store.deleteDue(personId);
            }
            return;
        }
        refresh(personId, store.rules(), state.direct(), state.nurtured(), known);
    }

    void refresh(UUID personId) {
        refresh(personId, store.rules());
    }

    /** Every person again, after a rule changed; returns how many have a cadence. */
    /**
     * Refreshes every person's due date, chunk by chunk, each chunk of people locked and written in a short
     * transaction of its own (see {@link People#lockNext}); returns how many have a cadence.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    int refreshEveryone() {
        List<CadenceRule> rules = store.rules();
        int withCadence = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            int[] counted = new int[1];
            List<UUID> ids = chunks.run(() -> {
                counted[0] = 0;
                List<UUID> chunk = people.lockNext(from, 500);
                for (UUID id : chunk) {
                    counted[0] += refresh(id, rules) ? 1 : 0;
                }
                return chunk;
            });
            if (ids.isEmpty()) {
                return withCadence;
            }
            withCadence += counted[0];
            after = ids.getLast();
        }
    }

    /** Refreshes every person's due date inside the caller's transaction (a rule that was just changed). */
    int refreshAll() {
        List<CadenceRule> rules = store.rules();
        int withCadence = 0;
        for (UUID id : people.allIds()) {
            if (refresh(id, rules)) {
                withCadence++;
            }
        }
        return withCadence;
    }

    private boolean refresh(UUID personId, List<CadenceRule> rules) {
        CadenceStore.State state = store.state(personId);
        return refresh(personId, rules, state.direct(), state.nurtured(), null);
    }

    /**
     * {@code nurtured}: a lost deal's nurture runs for the person; {@code known}: the person's facts and tier
     * when the caller has them at hand; null to read them.
     */
    private boolean refresh(UUID personId, List<CadenceRule> rules, Optional<Cadence> direct, boolean nurtured,
            StrengthRefreshed known) {
        // With no rules, none set on them and no nurture there is nothing to read.
        if (rules.isEmpty() && direct.isEmpty() && !nurtured) {
            store.deleteDue(personId);
            return false;
        }
        Optional<PersonProfile> person = people.profile(personId);
        Tier tier = known != null ? known.teamTier() : scores.teamTier(personId);
        Optional<Effective> effective = person.flatMap(p -> effective(p, rules, direct, tier,
                untouchedImport(p, direct, known != null ? known.facts() : null)));
        UUID assignee = effective.map(e -> e.cadence().assigneeId()).or(() -> person.map(PersonProfile::ownerId))
                .orElse(null);
        // A nurture never replaces the person's cadence: the shorter one applies while it runs.
        Optional<NurtureStore.Running> nurture = nurtured && assignee != null
                ? nurtures.runningFor(personId, assignee).filter(n -> effective.isEmpty()
                        || n.intervalDays() < effective.get().cadence().intervalDays())
                : Optional.empty();
        if ((effective.isEmpty() && nurture.isEmpty()) || assignee == null) {
            store.deleteDue(personId);
            return false;
        }
        Cadence cadence = nurture.map(n -> new Cadence(n.intervalDays(), null, null))
                .orElseGet(() -> effective.get().cadence());
        OffsetDateTime now = OffsetDateTime.now(clock);
        // A meeting planned for next week does not count yet.
        List<TouchpointFact> facts = (known != null ? known.facts() : touchpoints.factsAbout(personId)).stream()
                .filter(f -> !f.occurredAt().isAfter(now))
                .sorted(Comparator.comparing(TouchpointFact::occurredAt).reversed()).toList();
        OffsetDateTime lastQualifying = facts.stream()
                .filter(f -> cadence.channel() == null || f.channel() == cadence.channel())
                .map(TouchpointFact::occurredAt).findFirst().orElse(null);
        // Any touchpoint by anyone meets the cadence; the advice shown to the assignee reads only what they may see.
        List<TouchpointFact> seen = facts.stream().filter(f -> f.visibleTo(assignee)).toList();
        OffsetDateTime lastFaceToFace = seen.stream().filter(f -> f.channel().isFaceToFace())
                .map(TouchpointFact::occurredAt).findFirst().orElse(null);
        List<Channel> recent = seen.stream().limit(3).map(TouchpointFact::channel).toList();
        // Never met: due from the moment the cadence first applied, not pushed back by every refresh.
        OffsetDateTime due = lastQualifying != null ? lastQualifying.plusDays(cadence.intervalDays())
                : store.due(personId).filter(d -> d.lastQualifyingAt() == null).map(CadenceStore.Due::dueAt).orElse(now);
        if (nurture.isPresent()) {
            // The nurture's first touchpoint is due an interval after the loss, not at once for an old silence.
            OffsetDateTime since = nurture.get().since();
            due = (lastQualifying == null || lastQualifying.isBefore(since) ? since : lastQualifying)
                    .plusDays(cadence.intervalDays());
        }
        store.saveDue(new CadenceStore.Due(personId, assignee, cadence.intervalDays(), cadence.channel(),
                nurture.isPresent() || effective.get().rule() == null ? null : effective.get().rule().id(),
                lastQualifying, lastFaceToFace, recent, due, valueWeight(person.get().organizationTier()), tier.name()));
        return true;
    }

    static double valueWeight(OrganizationTier tier) {
        if (tier == null) {
            return 1;
        }
        return switch (tier) {
            case strategic -> 3;
            case key -> 2;
            case standard -> 1;
        };
    }
}
