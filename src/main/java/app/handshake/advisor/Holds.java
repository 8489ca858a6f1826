package app.handshake.advisor;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What each user did with a recommendation: dismissed it as it stood (its facts then) or snoozed it until a
 * moment. One hold per user and recommendation; a newer one replaces it.
 */
@Repository
class Holds {

    /** A user's hold on one recommendation. */
    record Hold(String kind, String facts, OffsetDateTime until) {

        /** Whether the recommendation stays out of sight: dismissed with the same facts, or snoozed till later. */
        boolean hides(Recommendation recommendation, OffsetDateTime now) {
            return kind.equals("dismissed") ? recommendation.facts().equals(facts) : until.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Hold> of(UUID userId) {
        Map<String, Hold> holds = new HashMap<>();
        jdbc.sql("select recommendation_key, hold, facts, until from advisor_hold where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> holds.put(rs.getString(1), new Hold(rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))))
                .list();
        return holds;
    }

    void dismiss(UUID userId, String key, String facts, OffsetDateTime now) {
        put(userId, key, "dismissed", facts, null, now);
    }

    void snooze(UUID userId, String key, OffsetDateTime until, OffsetDateTime now) {
        put(userId, key, "snoozed", null, until, now);
    }

    /** Takes back a dismissal or a snooze; whether there was one. */
    boolean lift(UUID userId, String key) {
        return jdbc.sql("delete from advisor_hold where user_id = :user and recommendation_key = :key")
                .param("user", userId).param("key", key).update() > 0;
    }

    private void put(UUID userId, String key, String hold, String facts, OffsetDateTime until, OffsetDateTime now) {
        lift(userId, key);
        jdbc.sql("""
                        insert into advisor_hold (user_id, recommendation_key, hold, facts, until, held_at)
                        values (:user, :key, :hold, :facts, :until, :now)""")
                .param("user", userId).param("key", key).param("hold", hold).param("facts", facts)
                .param("until", until).param("now", now).update();
    }
}
