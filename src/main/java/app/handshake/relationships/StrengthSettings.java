package app.handshake.relationships;

import app.handshake.touchpoints.Channel;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the relationship score, under {@code handshake.relationships}. The formula is in the
 * README; changing a weight takes effect for everyone at the next full recompute.
 *
 * @param halfLifeDays after this many days a touchpoint counts half as much
 * @param saturation raw strength at which the score reaches 63 (score = 100 * (1 - e^(-raw / saturation)))
 * @param personalBonus extra weight of a personal touchpoint (0.5: it counts 1.5 times)
 * @param reciprocityBonus extra weight when they initiate half the contacts or more in the last year
 * @param channelWeights weight of one touchpoint of each channel
 * @param acquaintanceFrom lowest score of an acquaintance
 * @param relationshipFrom lowest score of a relationship
 * @param trustedFrom lowest score of a trusted relationship
 */
@ConfigurationProperties("handshake.relationships")
public record StrengthSettings(@DefaultValue("90") double halfLifeDays, @DefaultValue("25") double saturation,
        @DefaultValue("0.5") double personalBonus, @DefaultValue("0.25") double reciprocityBonus,
        Map<Channel, Double> channelWeights, @DefaultValue("10") int acquaintanceFrom,
        @DefaultValue("40") int relationshipFrom, @DefaultValue("70") int trustedFrom) {

    static final Map<Channel, Double> DEFAULT_WEIGHTS = Map.of(Channel.meal, 12.0, Channel.in_person, 10.0,
            Channel.event, 6.0, Channel.video, 6.0, Channel.phone, 4.0, Channel.email, 1.0, Channel.message, 1.0,
            Channel.social, 0.25);

    public StrengthSettings {
        Map<Channel, Double> weights = new EnumMap<>(DEFAULT_WEIGHTS);
        if (channelWeights != null) {
            weights.putAll(channelWeights);
        }
        channelWeights = Map.copyOf(weights);
        if (halfLifeDays <= 0 || saturation <= 0) {
            throw new IllegalArgumentException("handshake.relationships half-life and saturation must be positive");
        }
        if (!(acquaintanceFrom < relationshipFrom && relationshipFrom < trustedFrom && trustedFrom < 100)) {
            throw new IllegalArgumentException("handshake.relationships tier thresholds must rise below 100");
        }
    }

    public static StrengthSettings defaults() {
        return new StrengthSettings(90, 25, 0.5, 0.25, null, 10, 40, 70);
    }

    double weight(Channel channel) {
        return channelWeights.get(channel);
    }
}
