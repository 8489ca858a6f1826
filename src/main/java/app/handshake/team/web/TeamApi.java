package app.handshake.team.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.team.TeamFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Team")
class TeamApi {

    private final TeamFigures figures;

    TeamApi(TeamFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/team")
    @Operation(operationId = "getTeam", summary = "The caller's reports (an admin: everyone) with the people overdue and "
            + "due today on their agenda, the people they hold per tier, and their touchpoints this month by channel; "
            + "only records the caller may see are counted (managers, admins)")
    @ApiResponse(responseCode = "200", description = "OK")
    @ApiResponse(responseCode = "403", description = "Members have no team view")
    TeamFigures.Team team(@AuthenticationPrincipal SignedInUser user) {
        return figures.of(user.actor());
    }
}
