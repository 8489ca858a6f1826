package app.handshake.relationships;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored scores: the read model that lists sort and filter by. */
@Repository
class ScoreStore {

    /** The row of the whole team's score for a person. */
    static final UUID TEAM = new UUID(0, 0);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ScoreStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One stored score; {@code key} orders by today's strength, see the migration. */
    record Row(UUID personId, UUID userId, Strength strength, double key) {}

    /** Replaces every stored score of one person. */
    void replace(UUID personId, List<Row> rows) {
        jdbc.sql("delete from relationship_score where person_id = :person").param("person", personId).update();
        insert(rows);
    }

    void clear() {
        jdbc.sql("delete from relationship_score").update();
    }

    void insert(List<Row> rows) {
        for (Row row : rows) {
            Strength s = row.strength();
            jdbc.sql("""
                    insert into relationship_score (person_id, user_id, score, tier, trend, strength_key, last_touch_at,
                        facts, computed_at)
                    values (:person, :user, :score, :tier, :trend, :key, :lastTouch, :facts, :computedAt)
                    """)
                    .param("person", row.personId()).param("user", row.userId()).param("score", s.score())
                    .param("tier", s.tier().name()).param("trend", s.trend().name()).param("key", row.key())
                    .param("lastTouch", s.lastTouchAt()).param("facts", json.writeValueAsString(s.facts()))
                    .param("computedAt", s.computedAt())
                    .update();
        }
    }

    java.util.Optional<Double> teamKey(UUID personId) {
        return jdbc.sql("select strength_key from relationship_score where person_id = :person and user_id = :team")
                .param("person", personId).param("team", TEAM).query(Double.class).optional();
    }

    long count() {
        return jdbc.sql("select count(*) from relationship_score").query(Long.class).single();
    }

    OffsetDateTime lastComputed() {
        return jdbc.sql("select max(computed_at) from relationship_score").query(OffsetDateTime.class).optional()
                .orElse(null);
    }
}
