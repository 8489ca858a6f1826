package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.RelationshipScores;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The relationship card of the person page: score, tier, trend and why, for the team and for oneself. */
@Controller
class RelationshipCard {

    private final RelationshipScores scores;

    RelationshipCard(RelationshipScores scores) {
        this.scores = scores;
    }

    @GetMapping("/people/{personId}/relationship-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, Model model) {
        model.addAttribute("relationship", scores.of(user.actor(), personId));
        return "relationships/card";
    }
}
