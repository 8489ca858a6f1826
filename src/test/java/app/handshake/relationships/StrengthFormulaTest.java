package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointFact;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StrengthFormulaTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-24T12:00:00Z");
    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID ME = UUID.randomUUID();

    private final StrengthSettings settings = StrengthSettings.defaults();
    private final StrengthFormula formula = new StrengthFormula(settings);

    private static TouchpointFact touch(Channel channel, int daysAgo, Initiator by, Topic topic) {
        return new TouchpointFact(UUID.randomUUID(), PERSON, channel, by, topic, NOW.minusDays(daysAgo), ME, Set.of(), true, true);
    }

    private static TouchpointFact touch(Channel channel, int daysAgo) {
        return touch(channel, daysAgo, Initiator.us, Topic.business);
    }

    @Test
    void inPersonOutranksEmailAtEqualRecency() {
        int inPerson = formula.evaluate(List.of(touch(Channel.in_person, 10)), NOW).score();
        int email = formula.evaluate(List.of(touch(Channel.email, 10)), NOW).score();
        int call = formula.evaluate(List.of(touch(Channel.phone, 10)), NOW).score();
        int like = formula.evaluate(List.of(touch(Channel.social, 10)), NOW).score();

        assertThat(inPerson).isGreaterThan(call);
        assertThat(call).isGreaterThan(email);
        assertThat(email).isGreaterThan(like);
    }

    @Test
    void strengthHalvesWithEveryHalfLifeOfSilence() {
        List<TouchpointFact> facts = List.of(touch(Channel.in_person, 5), touch(Channel.phone, 20));
        double now = formula.raw(facts, NOW);
        double later = formula.raw(facts, NOW.plusDays((long) settings.halfLifeDays()));
        double muchLater = formula.raw(facts, NOW.plusDays(2 * (long) settings.halfLifeDays()));

        assertThat(later).isCloseTo(now / 2, within(1e-9));
        assertThat(muchLater).isCloseTo(now / 4, within(1e-9));
        assertThat(formula.evaluate(facts, NOW.plusDays(90)).score()).isLessThan(formula.evaluate(facts, NOW).score());
    }

    @Test
    void reciprocityRaisesTheScore() {
        List<TouchpointFact> oneSided = new ArrayList<>();
        List<TouchpointFact> mutual = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            oneSided.add(touch(Channel.phone, 10 + 20 * i, Initiator.us, Topic.business));
            mutual.add(touch(Channel.phone, 10 + 20 * i, i % 2 == 0 ? Initiator.them : Initiator.us, Topic.business));
        }

        assertThat(formula.evaluate(mutual, NOW).score()).isGreaterThan(formula.evaluate(oneSided, NOW).score());
        assertThat(formula.raw(mutual, NOW)).isCloseTo(formula.raw(oneSided, NOW) * (1 + settings.reciprocityBonus()),
                within(1e-9));
    }

    @Test
    void personalTopicsWeighMore() {
        assertThat(formula.raw(List.of(touch(Channel.meal, 3, Initiator.us, Topic.personal)), NOW))
                .isCloseTo(formula.raw(List.of(touch(Channel.meal, 3)), NOW) * (1 + settings.personalBonus()), within(1e-9));
    }

    @Test
    void tiersChangeAtTheDocumentedThresholds() {
        assertThat(formula.tier(9, true)).isEqualTo(Tier.connection);
        assertThat(formula.tier(10, true)).isEqualTo(Tier.acquaintance);
        assertThat(formula.tier(39, true)).isEqualTo(Tier.acquaintance);
        assertThat(formula.tier(40, true)).isEqualTo(Tier.relationship);
        assertThat(formula.tier(69, true)).isEqualTo(Tier.relationship);
        assertThat(formula.tier(70, true)).isEqualTo(Tier.trusted);
        assertThat(formula.tier(100, false)).isEqualTo(Tier.connection);
        assertThat(formula.score(formula.rawFor(40))).isEqualTo(40);
    }

    @Test
    void aPersonWithNoTouchpointsIsAConnection() {
        Strength strength = formula.evaluate(List.of(), NOW);

        assertThat(strength.score()).isZero();
        assertThat(strength.tier()).isEqualTo(Tier.connection);
        assertThat(strength.facts()).containsExactly("No touchpoints yet: a connection, not yet a relationship");
    }

    @Test
    void monthlyContactWithQuarterlyMeetingsIsTrustedAndTheFactsSayWhy() {
        List<TouchpointFact> facts = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            facts.add(touch(month % 3 == 0 ? Channel.in_person : Channel.phone, 3 + 30 * month,
                    month % 2 == 0 ? Initiator.them : Initiator.us, month == 0 ? Topic.personal : Topic.business));
        }

        Strength strength = formula.evaluate(facts, NOW);

        assertThat(strength.tier()).isEqualTo(Tier.trusted);
        assertThat(strength.facts()).contains(
                "Last touch 3 days ago: in person, they reached out",
                "Last met in person 3 days ago",
                "They initiated 50% of contacts in the last year",
                "1 personal conversation in the last year");
        assertThat(strength.facts()).anyMatch(f -> f.startsWith("Last 90 days: 1 meeting in person, 2 phone calls"));
    }

    @Test
    void oldMeetingIsExplainedInMonthsAndTheScoreFalls() {
        List<TouchpointFact> facts = List.of(touch(Channel.in_person, 14 * 30 + 5), touch(Channel.email, 20));

        Strength strength = formula.evaluate(facts, NOW);

        assertThat(strength.facts()).contains("Last met in person 14 months ago");
        List<TouchpointFact> recentBurst = List.of(touch(Channel.in_person, 1), touch(Channel.meal, 2));
        assertThat(formula.evaluate(recentBurst, NOW).trend()).isEqualTo(Trend.rising);
        assertThat(formula.evaluate(List.of(touch(Channel.meal, 40)), NOW).trend()).isEqualTo(Trend.falling);
    }
}
