package app.handshake.relationships;

import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointFact;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The relationship score, as documented in the README:
 *
 * <pre>
 * raw   = (sum over touchpoints of weight(channel) * (1 + personalBonus if personal) * 0.5^(age / halfLife))
 *         * (1 + reciprocityBonus * min(1, 2 * share initiated by them in the last 365 days))
 * score = round(100 * (1 - e^(-raw / saturation)))
 * </pre>
 *
 * Pure arithmetic on touchpoint facts: no database, no clock of its own.
 */
public class StrengthFormula {

    private static final double DAY_SECONDS = 86_400;
    private static final double LN2 = Math.log(2);

    private final StrengthSettings settings;

    public StrengthFormula(StrengthSettings settings) {
        this.settings = settings;
    }

    /** Score, tier, trend and the facts that explain them, as a person reads them. */
    public Strength evaluate(List<TouchpointFact> facts, OffsetDateTime now) {
        Strength measured = measure(facts, now);
        return new Strength(measured.score(), measured.tier(), measured.trend(), measured.raw(), measured.lastTouchAt(),
                explain(facts, now), now);
    }

    /**
     * Score, tier and trend without the explanation: what is stored, on every touchpoint logged. The
     * explanation ("last touch 3 days ago") is worked out when it is read, since a stored one soon goes stale.
     */
    public Strength measure(List<TouchpointFact> facts, OffsetDateTime now) {
        double raw = raw(facts, now);
        int score = score(raw);
        int before = score(raw(facts, now.minusDays(30)));
        Trend trend = score - before >= 5 ? Trend.rising : before - score >= 5 ? Trend.falling : Trend.steady;
        OffsetDateTime lastTouch = null;
        for (TouchpointFact fact : facts) {
            if (!fact.occurredAt().isAfter(now) && (lastTouch == null || fact.occurredAt().isAfter(lastTouch))) {
                lastTouch = fact.occurredAt();
            }
        }
        return new Strength(score, tier(score, lastTouch != null), trend, raw, lastTouch, List.of(), now);
    }

    /** The decayed, weighted, reciprocity-adjusted sum of touchpoints up to {@code at}. */
    public double raw(List<TouchpointFact> facts, OffsetDateTime at) {
        long atSecond = at.toEpochSecond();
        double decayPerDay = LN2 / settings.halfLifeDays();
        double sum = 0;
        int lastYear = 0;
        int byThem = 0;
        for (TouchpointFact fact : facts) {
            long second = fact.occurredAt().toEpochSecond();
            if (second > atSecond) {
                continue;
            }
            double ageDays = (atSecond - second) / DAY_SECONDS;
            double weight = settings.weight(fact.channel()) * (fact.topic() == Topic.personal ? 1 + settings.personalBonus() : 1);
            // 0.5^(age / halfLife), as e^(-ln 2 * age / halfLife)
            sum += weight * Math.exp(-decayPerDay * ageDays);
            if (ageDays <= 365) {
                lastYear++;
                if (fact.initiatedBy() == Initiator.them) {
                    byThem++;
                }
            }
        }
        double share = lastYear == 0 ? 0 : (double) byThem / lastYear;
        return sum * (1 + settings.reciprocityBonus() * Math.min(1, 2 * share));
    }

    public int score(double raw) {
        return (int) Math.round(100 * (1 - Math.exp(-raw / settings.saturation())));
    }

    public Tier tier(int score, boolean everTouched) {
        if (!everTouched || score < settings.acquaintanceFrom()) {
            return Tier.connection;
        }
        if (score < settings.relationshipFrom()) {
            return Tier.acquaintance;
        }
        return score < settings.trustedFrom() ? Tier.relationship : Tier.trusted;
    }

    /** The raw strength at which a score is reached; the inverse of {@link #score}. */
    public double rawFor(int score) {
        return -settings.saturation() * Math.log(1 - Math.min(score, 99.9) / 100.0);
    }

    private List<String> explain(List<TouchpointFact> facts, OffsetDateTime now) {
        List<TouchpointFact> past = facts.stream().filter(f -> !f.occurredAt().isAfter(now))
                .sorted(Comparator.comparing(TouchpointFact::occurredAt).reversed()).toList();
        List<String> lines = new ArrayList<>();
        if (past.isEmpty()) {
            lines.add("No touchpoints yet: a connection, not yet a relationship");
            return lines;
        }
        TouchpointFact last = past.getFirst();
        lines.add("Last touch " + ago(last.occurredAt(), now) + ": " + last.channel().label().toLowerCase()
                + (last.initiatedBy() == Initiator.them ? ", they reached out" : ", we reached out"));
        past.stream().filter(f -> f.channel().isFaceToFace()).findFirst().ifPresentOrElse(
                f -> lines.add("Last met in person " + ago(f.occurredAt(), now)),
                () -> lines.add("Never met in person"));
        lines.add(window(past, now, 90));
        lines.add(window(past, now, 365));
        List<TouchpointFact> year = past.stream().filter(f -> f.occurredAt().isAfter(now.minusDays(365))).toList();
        if (!year.isEmpty()) {
            long byThem = year.stream().filter(f -> f.initiatedBy() == Initiator.them).count();
            lines.add("They initiated " + Math.round(100.0 * byThem / year.size()) + "% of contacts in the last year");
            long personal = year.stream().filter(f -> f.topic() == Topic.personal).count();
            if (personal > 0) {
                lines.add(personal + " personal " + (personal == 1 ? "conversation" : "conversations") + " in the last year");
            }
        }
        return lines;
    }

    private static String window(List<TouchpointFact> past, OffsetDateTime now, int days) {
        Map<Channel, Long> counts = past.stream().filter(f -> f.occurredAt().isAfter(now.minusDays(days)))
                .collect(Collectors.groupingBy(TouchpointFact::channel, () -> new EnumMap<>(Channel.class),
                        Collectors.counting()));
        if (counts.isEmpty()) {
            return "No touchpoints in the last " + days + " days";
        }
        return "Last " + days + " days: " + counts.entrySet().stream()
                .map(e -> e.getKey().count(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String ago(OffsetDateTime then, OffsetDateTime now) {
        long days = Duration.between(then, now).toDays();
        if (days < 1) {
            return "today";
        }
        if (days < 2) {
            return "yesterday";
        }
        if (days < 60) {
            return days + " days ago";
        }
        if (days < 730) {
            return days / 30 + " months ago";
        }
        return days / 365 + " years ago";
    }
}
