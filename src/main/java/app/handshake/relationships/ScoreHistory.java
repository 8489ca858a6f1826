package app.handshake.relationships;

import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A person's score over the last year, for the team and for the reader, worked out with the formula of
 * the scores themselves: the score at every week and just before and after every touchpoint, so that the
 * decay between touchpoints and the jump each one made both show. Its last point is the score today.
 */
@NullMarked
public record ScoreHistory(UUID personId, OffsetDateTime from, OffsetDateTime to, Thresholds tiers, Series team,
        Series mine) {

    /** One line of the chart, with the touchpoints that made it. */
    public record Series(int score, Tier tier, List<Point> points, List<Mark> touchpoints) {}

    /** The score at a moment. */
    public record Point(OffsetDateTime at, int score) {}

    /**
     * A touchpoint on the line: {@code gain} is what it added to the score when it happened (the score right
     * after it less the score right before), {@code score} the score right after it.
     */
    public record Mark(UUID touchpointId, OffsetDateTime occurredAt, Channel channel, String channelLabel,
            boolean faceToFace, @Nullable String summary, int gain, int score) {}

    /** The lowest score of each tier above connection. */
    public record Thresholds(int acquaintance, int relationship, int trusted) {}
}
