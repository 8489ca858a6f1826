package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A nurtured decision maker is advised a meal, a visit or a call: never only an email. */
class NurtureAdviceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T09:00:00Z");
    private static final List<Channel> PERSONAL = List.of(Channel.meal, Channel.in_person, Channel.phone);

    @Test
    void aPersonalChannelWhateverTheMixBefore() {
        List<List<Channel>> mixes = List.of(List.of(), List.of(Channel.email), List.of(Channel.phone),
                List.of(Channel.email, Channel.email), List.of(Channel.meal, Channel.email), List.of(Channel.phone,
                        Channel.phone));
        for (List<Channel> recent : mixes) {
            for (OffsetDateTime met : java.util.Arrays.asList(null, NOW.minusDays(10), NOW.minusDays(200))) {
                ChannelAdvice.Suggestion advice = ChannelAdvice.forNurture(null, recent, met, NOW);
                assertThat(PERSONAL).as(recent + ", met " + met).contains(advice.channel());
                assertThat(advice.why()).startsWith("Nurture after a lost deal");
            }
        }
    }

    @Test
    void neverMetIsVisitedLongUnseenIsInvitedToAMealRecentlySeenIsCalled() {
        assertThat(ChannelAdvice.forNurture(null, List.of(Channel.email), null, NOW).channel()).isEqualTo(Channel.in_person);
        ChannelAdvice.Suggestion meal = ChannelAdvice.forNurture(null, List.of(Channel.email), NOW.minusDays(200), NOW);
        assertThat(meal.channel()).isEqualTo(Channel.meal);
        assertThat(meal.why()).contains("last met in person 6 months ago");
        assertThat(ChannelAdvice.forNurture(null, List.of(Channel.meal), NOW.minusDays(20), NOW).channel())
                .isEqualTo(Channel.phone);
    }

    @Test
    void aCadenceThatNamesAChannelKeepsIt() {
        ChannelAdvice.Suggestion advice = ChannelAdvice.forNurture(Channel.email, List.of(), null, NOW);
        assertThat(advice.channel()).isEqualTo(Channel.email);
        assertThat(advice.why()).startsWith("The cadence asks for");
    }
}
