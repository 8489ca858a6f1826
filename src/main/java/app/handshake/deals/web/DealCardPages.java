package app.handshake.deals.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealSummary;
import app.handshake.deals.Deals;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deals cards of the person and organization pages. A card for a person or organization the user may not see
 * is "not found": it would tell which deals a hidden contact is on.
 */
@Controller
class DealCardPages {

    private static final int CARD = 10;

    private final Deals deals;
    private final People people;
    private final Organizations organizations;

    DealCardPages(Deals deals, People people, Organizations organizations) {
        this.deals = deals;
        this.people = people;
        this.organizations = organizations;
    }

    @GetMapping("/people/{id}/deals-card")
    String person(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        people.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("person", id));
        return card(model, deals.list(user.actor(), DealFilter.ofPerson(id), PageRequest.of(after, CARD)),
                "/people/" + id + "/deals-card", null);
    }

    @GetMapping("/organizations/{id}/deals-card")
    String organization(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        organizations.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("organization", id));
        return card(model, deals.list(user.actor(), DealFilter.ofOrganization(id), PageRequest.of(after, CARD)),
                "/organizations/" + id + "/deals-card", id);
    }

    private static String card(Model model, Page<DealSummary> page, String self, UUID organizationId) {
        model.addAttribute("page", page);
        model.addAttribute("self", self);
        model.addAttribute("organizationId", organizationId);
        return "deals/card";
    }
}
