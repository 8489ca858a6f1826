package app.handshake.relationships;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A relationship's score (0-100), tier and trend, with the facts that made it. {@code raw} is the
 * decayed weighted sum the score is made of, at the moment of {@code computedAt}.
 */
public record Strength(int score, Tier tier, Trend trend, double raw, OffsetDateTime lastTouchAt,
        List<String> facts, OffsetDateTime computedAt) {}
