package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.relationships.ScoreHistories;
import app.handshake.relationships.ScoreHistory;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The chart card of the person page: the canvas that static/js/relationship-chart.js draws from the history
 * endpoint, with the same history in words and as a table for whoever cannot see the chart.
 */
@Controller
class RelationshipChartCard {

    private final ScoreHistories histories;

    RelationshipChartCard(ScoreHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/people/{personId}/relationship-chart")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID personId, Model model) {
        ScoreHistory history = histories.of(user.actor(), personId);
        model.addAttribute("history", history);
        model.addAttribute("sameLines", history.team().points().equals(history.mine().points()));
        model.addAttribute("sentence", sentence(history));
        return "relationships/chart";
    }

    /** What the chart shows, in one sentence. */
    static String sentence(ScoreHistory history) {
        ScoreHistory.Series team = history.team();
        int start = team.points().isEmpty() ? 0 : team.points().getFirst().score();
        int count = team.touchpoints().size();
        long faceToFace = team.touchpoints().stream().filter(ScoreHistory.Mark::faceToFace).count();
        return "The team's score went from " + start + " a year ago to " + team.score() + " today (" + team.tier()
                + "), with " + count + (count == 1 ? " touchpoint" : " touchpoints") + " in the year"
                + (count == 0 ? "." : ", " + faceToFace + " of them face to face.");
    }
}
