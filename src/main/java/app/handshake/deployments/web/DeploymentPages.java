package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.Deployments;
import app.handshake.shared.ForbiddenException;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deployment's own page: where it came from, whose it is, since when it is in active use, its health with every
 * reason, its sites with their adoption, milestones, obstacles and partners; and deleting it after a confirmation.
 */
@Controller
class DeploymentPages {

    private final Deployments deployments;
    private final DeploymentPage page;

    DeploymentPages(Deployments deployments, DeploymentPage page) {
        this.deployments = deployments;
        this.page = page;
    }

    @GetMapping("/deployments/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        return page.show(user, id, model);
    }

    @GetMapping("/deployments/{id}/delete")
    String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        DeploymentDetails deployment = deployments.get(user.actor(), id);
        model.addAttribute("section", "deployments");
        model.addAttribute("name", deployment.name());
        model.addAttribute("consequence", "Its sites, their usage, milestones, obstacles and partners go with it"
                + (deployment.dealId() == null ? "." : "; the deal stays.") + " This cannot be undone.");
        model.addAttribute("action", "/deployments/" + id + "/delete");
        model.addAttribute("cancel", "/deployments/" + id);
        return "confirm-delete";
    }

    @PostMapping("/deployments/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        DeploymentDetails deployment = deployments.get(user.actor(), id);
        try {
            deployments.delete(user.actor(), id, null);
            redirect.addFlashAttribute("notice", deployment.name() + " was deleted.");
            return "redirect:/deployments";
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/deployments/" + id;
        }
    }
}
