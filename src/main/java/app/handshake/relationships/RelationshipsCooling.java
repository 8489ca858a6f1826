package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.People;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Strong relationships as one reader knows them, now and some days ago: the scores worked out from the
 * touchpoints that reader may read (all of them for an admin), with the same formula as every score, so that a
 * colleague's private dinner neither warms nor cools what the reader is told.
 */
@Service
@Transactional(readOnly = true)
public class RelationshipsCooling {

    private final JdbcClient jdbc;
    private final People people;
    private final Touchpoints touchpoints;
    private final RelationshipScores scores;
    private final StrengthSettings settings;

    RelationshipsCooling(JdbcClient jdbc, People people, Touchpoints touchpoints, RelationshipScores scores,
            StrengthSettings settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.touchpoints = touchpoints;
        this.scores = scores;
        this.settings = settings;
    }

    /** A person's score and tier {@code days} ago and now, and the last touch, as the reader knows them. */
    public record Change(UUID personId, int scoreThen, Tier tierThen, int scoreNow, Tier tierNow,
            @Nullable OffsetDateTime lastTouch) {}

    /**
     * The people these team members own who were at relationship tier or above {@code days} ago, with their
     * score then and now.
     */
    public List<Change> ofPeopleHeldBy(Actor reader, Collection<UUID> ownerIds, int days, OffsetDateTime now) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        // Only the stored strength narrows the people read: whoever was at relationship tier then has today, with
        // no touch since, at least that strength decayed over the days, and at most the reciprocity bonus less.
        double rawThen = scores.formula().rawFor(settings.relationshipFrom());
        double floor = rawThen * Math.pow(0.5, days / settings.halfLifeDays()) / (1 + settings.reciprocityBonus());
        SqlFilter visible = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("owners", ownerIds);
        params.put("team", ScoreStore.TEAM);
        params.put("reader", reader.userId());
        params.put("floor", scores.key(floor, now));
        List<UUID> candidates = jdbc.sql("""
                        select p.id from person p
                         where p.owner_id in (:owners) and %s
                           and exists (select 1 from relationship_score rs where rs.person_id = p.id
                                        and rs.user_id in (:team, :reader) and rs.strength_key >= :floor)
                         order by p.id""".formatted(visible.sql()))
                .params(params).query(UUID.class).list();
        StrengthFormula formula = scores.formula();
        List<Change> changes = new ArrayList<>();
        touchpoints.streamFacts(candidates, facts -> {
            List<TouchpointFact> known = reader.isAdmin() ? facts
                    : facts.stream().filter(f -> f.visibleTo(reader.userId())).toList();
            if (known.isEmpty()) {
                return;
            }
            Strength then = formula.measure(known, now.minusDays(days));
            Strength today = formula.measure(known, now);
            changes.add(new Change(known.getFirst().personId(), then.score(), then.tier(), today.score(), today.tier(),
                    today.lastTouchAt()));
        });
        return changes;
    }

    /** The strongest tier of the team's and the reader's own with each of these people, from the stored scores. */
    public Map<UUID, Tier> tiers(Actor reader, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Tier> tiers = new HashMap<>();
        jdbc.sql("""
                        select person_id, max(strength_key) from relationship_score
                         where person_id in (:people) and user_id in (:team, :reader) group by person_id""")
                .param("people", personIds).param("team", ScoreStore.TEAM).param("reader", reader.userId())
                .query((rs, n) -> tiers.put(rs.getObject(1, UUID.class), scores.tierAt(rs.getDouble(2)))).list();
        return tiers;
    }
}
