package app.handshake.relationships;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored scores: the read model that lists sort and filter by. */
@Repository
class ScoreStore {

    /** The row of the whole team's score for a person. */
    static final UUID TEAM = new UUID(0, 0);

    // The column facts is left empty: the explanation is worked out when read (see its migration).
    private static final String INSERT = """
            insert into relationship_score (person_id, user_id, score, tier, trend, strength_key, last_touch_at,
                computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    // Standard MERGE, which H2 and PostgreSQL both take; the casts type the values for both.
    private static final String MERGE = """
            merge into relationship_score s
            using (values (cast(? as uuid), cast(? as uuid), cast(? as integer), cast(? as varchar(20)),
                           cast(? as varchar(10)), cast(? as double precision), cast(? as timestamp with time zone),
                           cast(? as timestamp with time zone)))
               as v (person_id, user_id, score, tier, trend, strength_key, last_touch_at, computed_at)
               on s.person_id = v.person_id and s.user_id = v.user_id
            when matched then update set score = v.score, tier = v.tier, trend = v.trend,
                strength_key = v.strength_key, last_touch_at = v.last_touch_at, facts = null, computed_at = v.computed_at
            when not matched then insert (person_id, user_id, score, tier, trend, strength_key, last_touch_at,
                computed_at)
                values (v.person_id, v.user_id, v.score, v.tier, v.trend, v.strength_key, v.last_touch_at,
                    v.computed_at)
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ScoreStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One stored score; {@code key} orders by today's strength, see the migration. */
    record Row(UUID personId, UUID userId, Strength strength, double key) {}

    /** Replaces every stored score of one person. */
    void replace(UUID personId, List<Row> rows) {
        jdbc.sql("delete from relationship_score where person_id = :person").param("person", personId).update();
        insert(rows);
    }

    /**
     * Writes these rows over the stored ones of the same person and member, adding the missing ones, in one
     * round trip; rows of members not among them stay.
     */
    void upsert(List<Row> rows) {
        if (!rows.isEmpty()) {
            batch.batchUpdate(MERGE, rows, rows.size(), this::bind);
        }
    }

    /** Deletes every stored score of these people. */
    void deleteOf(java.util.Collection<UUID> personIds) {
        jdbc.sql("delete from relationship_score where person_id in (:people)").param("people", personIds).update();
    }

    /** One batch for all the rows: a full recompute writes hundreds of thousands. */
    void insert(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batch.batchUpdate(INSERT, rows, rows.size(), this::bind);
    }

    private void bind(PreparedStatement ps, Row row) throws SQLException {
        Strength s = row.strength();
        ps.setObject(1, row.personId());
        ps.setObject(2, row.userId());
        ps.setInt(3, s.score());
        ps.setString(4, s.tier().name());
        ps.setString(5, s.trend().name());
        ps.setDouble(6, row.key());
        ps.setObject(7, s.lastTouchAt());
        ps.setObject(8, s.computedAt());
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
