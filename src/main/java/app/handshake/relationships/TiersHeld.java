package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many people each team member holds at each tier today, from that member's own scores (not the
 * team's), counting only people the viewer may see. Tiers are read from the stored strength key, which
 * orders by today's score, so a relationship gone quiet counts at the tier it has decayed to.
 */
@Service
@Transactional(readOnly = true)
public class TiersHeld {

    private final JdbcClient jdbc;
    private final People people;
    private final RelationshipScores scores;
    private final StrengthSettings settings;

    TiersHeld(JdbcClient jdbc, People people, RelationshipScores scores, StrengthSettings settings) {
        this.jdbc = jdbc;
        this.people = people;
        this.scores = scores;
        this.settings = settings;
    }

    /** For each member with any score, the number of people per tier (every tier present, zero or more). */
    public Map<UUID, Map<Tier, Integer>> of(Actor viewer, Collection<UUID> members) {
        Map<UUID, Map<Tier, Integer>> held = new HashMap<>();
        if (members.isEmpty()) {
            return held;
        }
        var visible = people.readFilter(viewer);
        jdbc.sql("""
                select rs.user_id,
                       count(*) filter (where rs.strength_key < :acquaintance) as held_connection,
                       count(*) filter (where rs.strength_key >= :acquaintance and rs.strength_key < :relationship)
                           as held_acquaintance,
                       count(*) filter (where rs.strength_key >= :relationship and rs.strength_key < :trusted)
                           as held_relationship,
                       count(*) filter (where rs.strength_key >= :trusted) as held_trusted
                  from relationship_score rs join person p on p.id = rs.person_id
                 where rs.user_id in (:members) and %s
                 group by rs.user_id
                """.formatted(visible.sql()))
                .params(visible.params())
                .param("members", members)
                .param("acquaintance", scores.keyForScore(settings.acquaintanceFrom()))
                .param("relationship", scores.keyForScore(settings.relationshipFrom()))
                .param("trusted", scores.keyForScore(settings.trustedFrom()))
                .query((rs, n) -> {
                    Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
                    for (Tier tier : Tier.values()) {
                        tiers.put(tier, rs.getInt("held_" + tier.name()));
                    }
                    return Map.entry(rs.getObject("user_id", UUID.class), tiers);
                })
                .list()
                .forEach(row -> held.put(row.getKey(), row.getValue()));
        return held;
    }

    /** Every tier at zero: a member who has logged nothing yet. */
    public static Map<Tier, Integer> none() {
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            tiers.put(tier, 0);
        }
        return tiers;
    }
}
