package app.handshake.figures.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.figures.Figures;
import app.handshake.figures.FiguresReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Figures")
class FiguresApi {

    private final Figures figures;
    private final TimeZones zones;

    FiguresApi(Figures figures, TimeZones zones) {
        this.figures = figures;
        this.zones = zones;
    }

    @GetMapping("/api/figures")
    @Operation(operationId = "getFigures", summary = "The team's figures over the days from..to (both included, ISO"
            + " dates in your time zone; by default the last twelve months): deals won, lost, walked away and won"
            + " back, won deals that reached active use and the median days to it, nurture kept up, and deployments"
            + " in active use now; for the team and per owner, over what you may see. At most five years.")
    FiguresReport figures(@AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.report(user.actor(), zones.zoneOf(user.user()), from, to);
    }
}
