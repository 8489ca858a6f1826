package app.handshake.people;

import java.util.Map;

/**
 * Lets the module that keeps relationship strength rank and badge the people list, without the people
 * module knowing how strength is made (which would turn the module dependencies into a cycle).
 */
public interface PersonRanking {

    /** A LEFT JOIN on people aliased {@code p} that makes {@link #keyExpression()} available. */
    String joinSql();

    /** A number, higher for stronger relationships, never null. */
    String keyExpression();

    Map<String, Object> params();

    /** When the team last touched the person, or null, through the same join. */
    default String lastTouchExpression() {
        return "cast(null as timestamp with time zone)";
    }

    /** The key range of a tier by name: people with {@code from <= key < until}; null ends are open. */
    KeyRange range(String tier);

    /** Score and tier for display, from a key read through {@link #keyExpression()}. */
    Standing standing(double key);

    record KeyRange(Double from, Double until) {}

    record Standing(int score, String tier) {}
}
