package app.handshake.team.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.team.TeamFigures;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The team page: a manager's reports (an admin's whole team), each with their figures. */
@Controller
class TeamPage {

    private final TeamFigures figures;

    TeamPage(TeamFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/team")
    String team(@AuthenticationPrincipal SignedInUser user, Model model) {
        TeamFigures.Team team = figures.of(user.actor());
        model.addAttribute("section", "team");
        model.addAttribute("team", team);
        model.addAttribute("barMax", Math.max(1, team.mostByOneChannel()));
        model.addAttribute("admin", user.isAdmin());
        return "team/team";
    }
}
