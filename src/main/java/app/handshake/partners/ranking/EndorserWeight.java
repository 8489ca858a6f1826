package app.handshake.partners.ranking;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How far the reader's trust reaches an endorser, 0..1: the reader themself 1, a colleague 0.8, a person by the
 * relationship tier, the better of the reader's own and half the team's. Someone nobody has a score with weighs
 * nothing: trust is not created by being named.
 */
record EndorserWeight(double weight, String tier) {

    static final double SELF = 1.0;
    static final double COLLEAGUE = 0.8;
    static final double TEAM_SHARE = 0.5;
    static final EndorserWeight NONE = new EndorserWeight(0, "unknown");
    private static final Map<String, Double> TIERS = Map.of("trusted", 1.0, "relationship", 0.6, "acquaintance", 0.25,
            "connection", 0.05);

    static EndorserWeight member(boolean isReader) {
        return isReader ? new EndorserWeight(SELF, "you") : new EndorserWeight(COLLEAGUE, "team");
    }

    static EndorserWeight person(@Nullable String ownTier, @Nullable String teamTier) {
        double own = ownTier == null ? 0 : TIERS.getOrDefault(ownTier, 0.0);
        double team = teamTier == null ? 0 : TEAM_SHARE * TIERS.getOrDefault(teamTier, 0.0);
        if (own == 0 && team == 0) {
            return NONE;
        }
        return own >= team ? new EndorserWeight(own, ownTier) : new EndorserWeight(team, teamTier);
    }

    /** People never met are one crowd: a hundred of them are no more one voice than two. */
    boolean neverMet() {
        return tier.equals("connection");
    }
}
