package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealDetails;
import app.handshake.deals.Deals;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointFilter;
import app.handshake.touchpoints.Touchpoints;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The touchpoints about a deal, as a card the deal page loads: only those the reader may see, newest first, and
 * a way to log the next one with the deal's people and the deal already chosen.
 */
@Controller
class DealTouchpointsPages {

    private static final int PER_PAGE = 10;

    private final Deals deals;
    private final Touchpoints touchpoints;

    DealTouchpointsPages(Deals deals, Touchpoints touchpoints) {
        this.deals = deals;
        this.touchpoints = touchpoints;
    }

    @GetMapping("/deals/{id}/touchpoints-card")
    String card(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        DealDetails deal = deals.get(user.actor(), id);
        model.addAttribute("deal", deal);
        model.addAttribute("people", deal.people().stream().map(DealDetails.Person::personId).distinct().toList());
        model.addAttribute("page", touchpoints.list(user.actor(), TouchpointFilter.aboutDeal(id),
                PageRequest.of(after, PER_PAGE)));
        return "deals/touchpoints-card";
    }
}
