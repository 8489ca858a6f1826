package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.Deployments;
import app.handshake.people.Organizations;
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
 * The deployments cards of other pages: an organization's deployments, and the deployment of a won deal. Served
 * from here so that neither page's module depends on deployments. An organization the user may not see is "not
 * found"; a deal's card lists only a deployment the user may see, and is empty without one.
 */
@Controller
class DeploymentCardPages {

    private static final int CARD = 10;

    private final Deployments deployments;
    private final Organizations organizations;

    DeploymentCardPages(Deployments deployments, Organizations organizations) {
        this.deployments = deployments;
        this.organizations = organizations;
    }

    @GetMapping("/organizations/{id}/deployments-card")
    String organization(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @RequestParam(required = false) String after, Model model) {
        organizations.find(user.actor(), id).orElseThrow(() -> new RecordNotFoundException("organization", id));
        model.addAttribute("page", deployments.list(user.actor(),
                new DeploymentFilter(id, null, null, null, null, null), PageRequest.of(after, CARD)));
        model.addAttribute("self", "/organizations/" + id + "/deployments-card");
        model.addAttribute("organizationId", id);
        return "deployments/card";
    }

    @GetMapping("/deployments/deal-card")
    String deal(@AuthenticationPrincipal SignedInUser user, @RequestParam UUID dealId, Model model) {
        model.addAttribute("deployments", deployments.list(user.actor(),
                new DeploymentFilter(null, null, dealId, null, null, null), PageRequest.first(1)).items());
        return "deployments/deal-card";
    }
}
