package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each reason is true to the tier and the facts: only a relationship is called one. */
class ChannelAdviceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00Z");

    @Test
    void onlyATrustedOrRealRelationshipIsCalledARelationship() {
        assertThat(why(List.of(Channel.email, Channel.phone), null, "trusted", 1))
                .startsWith("A trusted relationship, never met in person");
        assertThat(why(List.of(Channel.email), null, "relationship", 1))
                .startsWith("An important relationship, never met in person");
        for (String tier : List.of("connection", "acquaintance")) {
            assertThat(why(List.of(), null, tier, 3)).doesNotContain("relationship");
            assertThat(why(List.of(Channel.email), null, tier, 2)).doesNotContain("relationship");
        }
    }

    @Test
    void anAccountsWeightIsNamedWithTheTierAndWhetherAnyoneWasInTouch() {
        assertThat(why(List.of(), null, "connection", 3))
                .isEqualTo("A connection at a strategic account, not in touch yet: go and see them");
        assertThat(why(List.of(Channel.email), null, "acquaintance", 2))
                .isEqualTo("An acquaintance at a key account, never met in person: go and see them");
    }

    @Test
    void someoneNobodyWasInTouchWithIsNotSilent() {
        ChannelAdvice.Suggestion suggestion = ChannelAdvice.suggest(null, List.of(), null, "connection", 1, 400, 30, NOW);
        assertThat(suggestion.why()).isEqualTo("Not in touch yet: a call to introduce yourself");
        assertThat(suggestion.channel()).isEqualTo(Channel.phone);
    }

    @Test
    void longSilenceAndTheMixStillDecideForThoseInTouch() {
        assertThat(ChannelAdvice.suggest(null, List.of(Channel.email), NOW.minusDays(400), "acquaintance", 1, 60, 30,
                NOW).why()).startsWith("Silent for long; last met in person 13 months ago");
        assertThat(why(List.of(Channel.email, Channel.message), NOW.minusDays(20), "relationship", 1))
                .startsWith("The last two touchpoints were written");
    }

    private static String why(List<Channel> recent, OffsetDateTime lastFaceToFace, String tier, double valueWeight) {
        return ChannelAdvice.suggest(null, recent, lastFaceToFace, tier, valueWeight, 0, 30, NOW).why();
    }
}
