package app.handshake.relationships.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.people.Organizations;
import app.handshake.relationships.AccountRelationships;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.Touchpoints;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cards of the organization page that are about relationships: its people with the team's tier, the last
 * touch and who knows them best, the coverage of its decision makers, and the account's timeline.
 */
@Controller
class AccountCards {

    private final AccountRelationships accounts;
    private final Organizations organizations;
    private final Touchpoints touchpoints;

    AccountCards(AccountRelationships accounts, Organizations organizations, Touchpoints touchpoints) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.touchpoints = touchpoints;
    }

    @GetMapping("/organizations/{id}/people-card")
    String people(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("organization", organizations.get(user.actor(), id));
        model.addAttribute("coverage", accounts.coverage(user.actor(), id));
        model.addAttribute("people", accounts.people(user.actor(), id, PageRequest.of(after, 25)));
        return "relationships/account-people";
    }

    @GetMapping("/organizations/{id}/timeline-card")
    String timeline(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        model.addAttribute("organizationId", id);
        model.addAttribute("page", touchpoints.atOrganization(user.actor(), id, PageRequest.of(after, 10)));
        return "relationships/account-timeline";
    }
}
