package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.Strength;
import app.handshake.relationships.TeamHolders;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The relationship card of the person page: score, tier, trend and why, for the team and for oneself (once,
 * when they say the same), and who on the team holds the relationship.
 */
@Controller
class RelationshipCard {

    private final RelationshipScores scores;
    private final TeamHolders holders;

    RelationshipCard(RelationshipScores scores, TeamHolders holders) {
        this.scores = scores;
        this.holders = holders;
    }

    @GetMapping("/people/{personId}/relationship-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, Model model) {
        RelationshipScores.Relationship relationship = scores.of(user.actor(), personId);
        model.addAttribute("relationship", relationship);
        model.addAttribute("sameAsTeam", same(relationship.team(), relationship.mine()));
        model.addAttribute("holders", holders.of(user.actor(), personId));
        return "relationships/card";
    }

    private static boolean same(Strength team, Strength mine) {
        return team.score() == mine.score() && team.tier() == mine.tier() && team.trend() == mine.trend()
                && team.facts().equals(mine.facts());
    }
}
