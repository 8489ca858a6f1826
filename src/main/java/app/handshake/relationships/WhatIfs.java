package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cadence would do to the team's score with a person, the headline of the person page: the
 * cadence's touchpoints are added to the facts the team's score is made of, and each month's score is the
 * score's own formula at that month's date. The answer holds scores, tiers and dates only, so it tells no
 * more than the score itself.
 */
@Service
@Transactional(readOnly = true)
public class WhatIfs {

    private final Touchpoints touchpoints;
    private final People people;
    private final StrengthFormula formula;
    private final StrengthSettings settings;
    private final Clock clock;

    WhatIfs(Touchpoints touchpoints, People people, RelationshipScores scores, StrengthSettings settings, Clock clock) {
        this.touchpoints = touchpoints;
        this.people = people;
        this.formula = scores.formula();
        this.settings = settings;
        this.clock = clock;
    }

    public WhatIf of(Actor actor, UUID personId, WhatIfCadence cadence) {
        people.get(actor, personId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int months = cadence.months(now);
        List<TouchpointFact> facts = new ArrayList<>(RelationshipScores.teamFacts(touchpoints.factsAbout(personId)));
        for (OffsetDateTime at : cadence.touches(now, now.plusMonths(months))) {
            // Ours, shared with the team: as it would be logged. No id, no notes: only what the formula reads.
            facts.add(new TouchpointFact(null, personId, cadence.channel(), Initiator.us, cadence.topic(), at,
                    actor.userId(), Set.of(), true, true));
        }
        List<WhatIf.ProjectedScore> points = new ArrayList<>();
        for (int month = 0; month <= months; month++) {
            OffsetDateTime at = now.plusMonths(month);
            Strength strength = formula.measure(facts, at);
            points.add(new WhatIf.ProjectedScore(month, at, strength.score(), strength.tier()));
        }
        WhatIf.ProjectedScore today = points.getFirst();
        List<WhatIf.TierReached> reaches = new ArrayList<>();
        List<WhatIf.TierReached> falls = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            if (tier.compareTo(today.tier()) > 0) {
                reaches.add(first(points, tier, true));
            } else if (tier.compareTo(today.tier()) < 0) {
                falls.add(0, first(points, tier, false));
            }
        }
        return new WhatIf(personId, "team",
                new WhatIf.CadenceAsked(cadence.channel(), cadence.topic(), cadence.everyText(), cadence.horizon().toString()),
                today.score(), today.tier(), List.copyOf(points), List.copyOf(reaches), List.copyOf(falls),
                sentence(cadence, today, reaches, falls, months),
                new ScoreHistory.Thresholds(settings.acquaintanceFrom(), settings.relationshipFrom(), settings.trustedFrom()));
    }

    /** The first month at or above (rising) or at or below (falling) a tier. */
    private static WhatIf.TierReached first(List<WhatIf.ProjectedScore> points, Tier tier, boolean rising) {
        for (WhatIf.ProjectedScore point : points) {
            int compared = point.tier().compareTo(tier);
            if (rising ? compared >= 0 : compared <= 0) {
                return new WhatIf.TierReached(tier, point.month(), point.at());
            }
        }
        return new WhatIf.TierReached(tier, null, null);
    }

    /**
     * "Calling monthly: trusted in 5 months", the highest tier it reaches; else the lowest it falls to ("No further
     * touch: acquaintance in 4 months"); else "still a relationship in 12 months".
     */
    static String sentence(WhatIfCadence cadence, WhatIf.ProjectedScore today, List<WhatIf.TierReached> reaches,
            List<WhatIf.TierReached> falls, int months) {
        String outcome = "still " + (today.tier() == Tier.trusted ? "" : today.tier() == Tier.acquaintance ? "an " : "a ")
                + today.tier() + " in " + inMonths(months);
        WhatIf.TierReached highest = reaches.reversed().stream().filter(r -> r.month() != null).findFirst().orElse(null);
        WhatIf.TierReached lowest = falls.reversed().stream().filter(r -> r.month() != null).findFirst().orElse(null);
        if (highest != null) {
            outcome = highest.tier() + " in " + inMonths(highest.month());
        } else if (lowest != null) {
            outcome = lowest.tier() + " in " + inMonths(lowest.month());
        }
        return cadence.words() + ": " + outcome;
    }

    private static String inMonths(int months) {
        return months == 1 ? "1 month" : months + " months";
    }
}
