package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import app.handshake.platform.ShortTransactions;
import app.handshake.platform.TableStatistics;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import app.handshake.touchpoints.TouchpointsChanged;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every relationship score: per person for the whole team (from the touchpoints open to everyone
 * who may see that person, so that no private touchpoint and no colleague's private contact shows through)
 * and per (team member, person) from the touchpoints that member logged or took part in. A touchpoint change recomputes only the people it touched.
 */
@Service
@Transactional
public class RelationshipScores {

    private static final Logger log = LoggerFactory.getLogger(RelationshipScores.class);
    private static final double LN2 = Math.log(2);
    static final double NO_STRENGTH = -1.0E9;

    private final Touchpoints touchpoints;
    private final People people;
    private final ScoreStore store;
    private final StrengthFormula formula;
    private final StrengthSettings settings;
    private final ApplicationEventPublisher events;
    private final ShortTransactions chunks;
    private final TableStatistics statistics;
    private final Clock clock;

    RelationshipScores(Touchpoints touchpoints, People people, ScoreStore store, StrengthSettings settings,
            ApplicationEventPublisher events, ShortTransactions chunks, TableStatistics statistics, Clock clock) {
        this.chunks = chunks;
        this.statistics = statistics;
        this.touchpoints = touchpoints;
        this.events = events;
        this.people = people;
        this.store = store;
        this.settings = settings;
        this.formula = new StrengthFormula(settings);
        this.clock = clock;
    }

    /** The team's and the actor's own strength with a person the actor may see, computed now. */
    public record Relationship(UUID personId, Strength team, Strength mine) {}

    @Transactional(readOnly = true)
    public Relationship of(Actor actor, UUID personId) {
        people.get(actor, personId);
        List<TouchpointFact> facts = touchpoints.factsAbout(personId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return new Relationship(personId, formula.evaluate(teamFacts(facts), now),
                formula.evaluate(facts.stream().filter(f -> f.countsFor(actor.userId())).toList(), now));
    }

    /** The team's tier with a person today, from the stored score (connection when there is none). */
    @Transactional(readOnly = true)
    public Tier teamTier(UUID personId) {
        return store.teamKey(personId).map(this::tierAt).orElse(Tier.connection);
    }

    /** One team member's own score and tier with a person today. */
    public record OwnScore(UUID personId, int score, Tier tier) {}

    /**
     * A member's own relationships today, from their stored scores (every touchpoint they logged or took part in):
     * everyone at relationship tier or above, and these other people at whatever tier (connection when none).
     */
    @Transactional(readOnly = true)
    public Map<UUID, OwnScore> heldBy(UUID userId, java.util.Collection<UUID> alsoThese) {
        Map<UUID, OwnScore> held = new java.util.HashMap<>();
        // Read from a point below the tier's lowest score (scores are rounded); tierAt decides, as everywhere.
        store.keysOf(userId, keyForScore(Math.max(0, settings.relationshipFrom() - 1)), alsoThese).forEach((person, key) -> {
            Tier tier = tierAt(key);
            if (alsoThese.contains(person) || tier.compareTo(Tier.relationship) >= 0) {
                held.put(person, new OwnScore(person, formula.score(rawNow(key)), tier));
            }
        });
        alsoThese.forEach(person -> held.putIfAbsent(person, new OwnScore(person, 0, Tier.connection)));
        return held;
    }

    /** The tier today of a stored strength key. */
    Tier tierAt(double key) {
        return formula.tier(formula.score(rawNow(key)), key > NO_STRENGTH);
    }

    @EventListener
    void on(TouchpointsChanged changed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (UUID personId : changed.personIds()) {
            List<TouchpointFact> facts = touchpoints.factsAbout(personId);
            List<ScoreStore.Row> rows = rows(personId, facts, now);
            if (changed.onlyAdded()) {
                // Members only join a person's rows when touchpoints are added: write over them, nothing to remove.
                store.upsert(rows);
            } else {
                store.replace(personId, rows);
            }
            // rows() puts the team's row first.
            Tier teamTier = rows.isEmpty() ? Tier.connection : tierAt(rows.getFirst().key());
            events.publishEvent(new StrengthRefreshed(personId, facts, teamTier));
        }
    }

    /**
     * Recomputes every stored score from every touchpoint; returns how many scores it wrote. It goes through
     * the people in chunks, each locked and rewritten in a short transaction of its own, so that nobody
     * logging a touchpoint meanwhile waits for more than one chunk or deadlocks with it.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long recomputeAll() {
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        long written = 0;
        // Planned a few hundred times over: after a bulk load, on statistics of today, not of before it.
        statistics.refresh(READ_BY_RECOMPUTE);
        Chunk chunk = new Chunk(null, 0);
        while (chunk != null) {
            UUID after = chunk.last();
            chunk = chunks.run(() -> recomputeChunk(after, now));
            written += chunk == null ? 0 : chunk.rows();
        }
        log.info("Recomputed {} relationship scores in {} ms", written, (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    private static final int CHUNK = 500;

    private static final List<String> READ_BY_RECOMPUTE = List.of("person", "organization", "touchpoint",
            "touchpoint_person", "touchpoint_user", "relationship_score");

    private record Chunk(UUID last, int rows) {}

    /**
     * One chunk of people: their scores worked out from their touchpoints and compared with what is stored.
     * Only the people whose scores differ are locked (in id order), worked out again from what their
     * touchpoints are once locked, and written: a lock is itself a write (of every locked row, at commit),
     * and on most days most scores are what they were. A touchpoint logged meanwhile either wrote its
     * person's scores before the lock (the second look sees them) or waits for it.
     */
    private Chunk recomputeChunk(UUID after, OffsetDateTime now) {
        List<UUID> ids = people.nextIds(after, CHUNK);
        if (ids.isEmpty()) {
            return null;
        }
        Differences first = differences(ids, now);
        if (!first.people().isEmpty()) {
            List<UUID> differing = ids.stream().filter(first.people()::contains).toList();
            people.lockForWrite(differing);
            Differences locked = differences(differing, now);
            store.delete(locked.gone());
            store.upsert(locked.changed());
            store.insert(locked.added());
        }
        return new Chunk(ids.getLast(), first.rows());
    }

    /** What differs between the stored scores of these people and their touchpoints; who it concerns. */
    private record Differences(List<ScoreStore.Row> added, List<ScoreStore.Row> changed, Set<ScoreStore.Key> gone,
            Set<UUID> people, int rows) {}

    private Differences differences(List<UUID> orderedIds, OffsetDateTime now) {
        List<ScoreStore.Row> rows = new ArrayList<>();
        touchpoints.streamFacts(orderedIds, facts -> rows.addAll(rows(facts.getFirst().personId(), facts, now)));
        Map<ScoreStore.Key, ScoreStore.Row> stored = store.storedOf(orderedIds);
        List<ScoreStore.Row> added = new ArrayList<>();
        List<ScoreStore.Row> changed = new ArrayList<>();
        Set<UUID> people = new java.util.HashSet<>();
        for (ScoreStore.Row row : rows) {
            ScoreStore.Row before = stored.remove(row.identity());
            if (before == null) {
                added.add(row);
                people.add(row.personId());
            } else if (!before.sameScore(row)) {
                changed.add(row);
                people.add(row.personId());
            }
        }
        stored.keySet().forEach(gone -> people.add(gone.personId()));
        return new Differences(added, changed, stored.keySet(), people, rows.size());
    }

    /** The key that orders by today's strength: the log of raw strength carried back to 1970 along its decay. */
    double key(double raw, OffsetDateTime at) {
        if (raw <= 0) {
            return NO_STRENGTH;
        }
        return Math.log(raw) + LN2 * epochDays(at) / settings.halfLifeDays();
    }

    /** Raw strength today of a stored key. */
    double rawNow(double key) {
        if (key <= NO_STRENGTH) {
            return 0;
        }
        return Math.exp(key - LN2 * epochDays(OffsetDateTime.now(clock)) / settings.halfLifeDays());
    }

    /** The lowest key of a score today. */
    double keyForScore(int score) {
        return key(formula.rawFor(score), OffsetDateTime.now(clock));
    }

    StrengthFormula formula() {
        return formula;
    }

    /** The team's row first, then one per member who logged or took part in a touchpoint. */
    private List<ScoreStore.Row> rows(UUID personId, List<TouchpointFact> facts, OffsetDateTime now) {
        List<ScoreStore.Row> rows = new ArrayList<>();
        if (facts.isEmpty()) {
            return rows;
        }
        Strength team = formula.measure(teamFacts(facts), now);
        rows.add(new ScoreStore.Row(personId, ScoreStore.TEAM, team, key(team.raw(), now)));
        Set<UUID> members = new LinkedHashSet<>();
        for (TouchpointFact fact : facts) {
            members.add(fact.ownerId());
            members.addAll(fact.userIds());
        }
        for (UUID member : members) {
            Strength mine = formula.measure(facts.stream().filter(f -> f.countsFor(member)).toList(), now);
            rows.add(new ScoreStore.Row(personId, member, mine, key(mine.raw(), now)));
        }
        return rows;
    }

    /** What the team's score counts: the headline of the person page, and what a what-if projects. */
    static List<TouchpointFact> teamFacts(List<TouchpointFact> facts) {
        return facts.stream().filter(TouchpointFact::openToTeam).toList();
    }

    private static double epochDays(OffsetDateTime at) {
        return at.toEpochSecond() / 86_400.0;
    }
}
