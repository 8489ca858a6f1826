package app.handshake.relationships;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    record Row(UUID personId, UUID userId, Strength strength, double key) {

        Key identity() {
            return new Key(personId, userId);
        }

        /**
         * Whether the two say the same: score, tier, trend, last touch, and the key up to rounding (it is the
         * same strength carried back to 1970 from another moment, so it differs in its last digits).
         */
        boolean sameScore(Row other) {
            Strength a = strength;
            Strength b = other.strength;
            return a.score() == b.score() && a.tier() == b.tier() && a.trend() == b.trend()
                    && (a.lastTouchAt() == null ? b.lastTouchAt() == null
                            : b.lastTouchAt() != null && a.lastTouchAt().isEqual(b.lastTouchAt()))
                    && Math.abs(key - other.key) <= 1e-9 * Math.max(1, Math.abs(key));
        }
    }

    /** Whose score, for whom ({@link #TEAM} for the whole team's). */
    record Key(UUID personId, UUID userId) {}

    /** The stored scores of these people (in the database's order of ids, read as the range they span). */
    Map<Key, Row> storedOf(List<UUID> orderedPersonIds) {
        Set<UUID> wanted = new HashSet<>(orderedPersonIds);
        Map<Key, Row> stored = new HashMap<>();
        jdbc.sql("""
                select person_id, user_id, score, tier, trend, strength_key, last_touch_at, computed_at
                  from relationship_score where person_id between :first and :last
                """)
                .param("first", orderedPersonIds.getFirst()).param("last", orderedPersonIds.getLast())
                .query(rs -> {
                    UUID person = rs.getObject("person_id", UUID.class);
                    if (wanted.contains(person)) {
                        Row row = new Row(person, rs.getObject("user_id", UUID.class),
                                new Strength(rs.getInt("score"), Tier.valueOf(rs.getString("tier")),
                                        Trend.valueOf(rs.getString("trend")), 0,
                                        rs.getObject("last_touch_at", OffsetDateTime.class), List.of(),
                                        rs.getObject("computed_at", OffsetDateTime.class)),
                                rs.getDouble("strength_key"));
                        stored.put(row.identity(), row);
                    }
                });
        return stored;
    }

    /** Deletes these stored scores. */
    void delete(java.util.Collection<Key> keys) {
        if (!keys.isEmpty()) {
            batch.batchUpdate("delete from relationship_score where person_id = ? and user_id = ?", keys, keys.size(),
                    (ps, key) -> {
                        ps.setObject(1, key.personId());
                        ps.setObject(2, key.userId());
                    });
        }
    }

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

    /** One member's own stored keys: with every person from {@code floor} up, and with these people whatever. */
    Map<UUID, Double> keysOf(UUID userId, double floor, java.util.Collection<UUID> also) {
        Map<UUID, Double> keys = new HashMap<>();
        jdbc.sql("select person_id, strength_key from relationship_score where user_id = :user and strength_key >= :floor")
                .param("user", userId).param("floor", floor)
                .query((rs, n) -> keys.put(rs.getObject(1, UUID.class), rs.getDouble(2))).list();
        if (!also.isEmpty()) {
            jdbc.sql("select person_id, strength_key from relationship_score where user_id = :user and person_id in (:people)")
                    .param("user", userId).param("people", also)
                    .query((rs, n) -> keys.put(rs.getObject(1, UUID.class), rs.getDouble(2))).list();
        }
        return keys;
    }

    long count() {
        return jdbc.sql("select count(*) from relationship_score").query(Long.class).single();
    }

}
