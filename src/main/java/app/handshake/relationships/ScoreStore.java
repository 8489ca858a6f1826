package app.handshake.relationships;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored scores: the read model that lists sort and filter by. */
@Repository
class ScoreStore {

    /** The row of the whole team's score for a person. */
    static final UUID TEAM = new UUID(0, 0);

    private static final String INSERT = """
            insert into relationship_score (person_id, user_id, score, tier, trend, strength_key, last_touch_at,
                facts, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    ScoreStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** One batch for all the rows: a full recompute writes hundreds of thousands. */
    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(INSERT, rows, rows.size(), (ps, row) -> {
            Strength s = row.strength();
            ps.setObject(1, row.personId());
            ps.setObject(2, row.userId());
            ps.setInt(3, s.score());
            ps.setString(4, s.tier().name());
            ps.setString(5, s.trend().name());
            ps.setDouble(6, row.key());
            ps.setObject(7, s.lastTouchAt());
            ps.setString(8, json.writeValueAsString(s.facts()));
            ps.setObject(9, s.computedAt());
        });
    }

    Optional<Double> teamKey(UUID personId) {
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
