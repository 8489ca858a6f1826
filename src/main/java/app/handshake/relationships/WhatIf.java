package app.handshake.relationships;

import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Topic;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a cadence would do to a relationship: the score and tier month by month from today (month 0), the
 * first month each tier above today's is reached and each below it is fallen to, and a sentence ("Calling
 * monthly: trusted in 5 months"). Only scores, tiers and dates: nothing of the touchpoints behind them.
 * {@code scoreOf} names whose score it projects: "team", the headline of the person page.
 */
@NullMarked
public record WhatIf(UUID personId, String scoreOf, CadenceAsked cadence, int score, Tier tier,
        List<ProjectedScore> points, List<TierReached> reaches, List<TierReached> falls, String sentence,
        ScoreHistory.Thresholds tiers) {

    /** The cadence asked for, as understood: {@code every} and {@code for} in ISO-8601, every "none" for no touch. */
    public record CadenceAsked(@Nullable Channel channel, Topic topic, String every,
            @JsonProperty("for") String horizon) {}

    /** The projected score and tier at month {@code month} after today. */
    public record ProjectedScore(int month, OffsetDateTime at, int score, Tier tier) {}

    /** The first month a tier is reached, or null for both when it is not within the months projected. */
    public record TierReached(Tier tier, @Nullable Integer month, @Nullable OffsetDateTime at) {}
}
