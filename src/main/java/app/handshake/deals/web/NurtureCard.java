package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.Deals;
import app.handshake.deals.NurtureRecord;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The nurture card of the deal page: kept up or not, and a bar per month since the loss, kept or missed. */
@Controller
class NurtureCard {

    /** The bars shown: a year fits a phone's width; the counts cover every month. */
    static final int MONTHS_SHOWN = 12;

    private final Deals deals;

    NurtureCard(Deals deals) {
        this.deals = deals;
    }

    @GetMapping("/deals/{id}/nurture-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        NurtureRecord nurture = deals.nurture(user.actor(), id);
        List<NurtureRecord.Month> months = nurture.months();
        model.addAttribute("nurture", nurture);
        model.addAttribute("shown", months.subList(Math.max(0, months.size() - MONTHS_SHOWN), months.size()));
        return "deals/nurture-card";
    }
}
