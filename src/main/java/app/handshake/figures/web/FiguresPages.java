package app.handshake.figures.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.accounts.TimeZones;
import app.handshake.figures.Figures;
import app.handshake.figures.FiguresReport;
import app.handshake.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures page (tiles for the team, charts and a table per owner, a form for the days) and the headline card
 * on Today, which Today loads by itself so that it needs nothing of this module.
 */
@Controller
class FiguresPages {

    private final Figures figures;
    private final TimeZones zones;

    FiguresPages(Figures figures, TimeZones zones) {
        this.figures = figures;
        this.zones = zones;
    }

    @GetMapping("/figures")
    String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to, Model model) {
        model.addAttribute("section", "figures");
        ZoneId zone = zones.zoneOf(user.user());
        FiguresReport report;
        try {
            report = figures.report(user.actor(), zone, day(from, "from"), day(to, "to"));
        } catch (InvalidRequestException e) {
            // The form stays as typed, with the reason; the figures are the default period's.
            model.addAttribute("problem", ("from".equals(e.field()) ? "From " : "To ") + e.getMessage() + ".");
            report = figures.report(user.actor(), zone, null, null);
            model.addAttribute("fromText", from);
            model.addAttribute("toText", to);
        }
        model.addAttribute("report", report);
        model.addAttribute("headline", report.team().deploymentsInActiveUse());
        return "figures/page";
    }

    @GetMapping("/figures/today-card")
    String todayCard(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("headline", figures.deploymentsInActiveUse(user.actor()));
        return "figures/today-card";
    }

    private static @Nullable LocalDate day(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a date such as 2026-01-31");
        }
    }
}
