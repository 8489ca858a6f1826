package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.DeploymentDraft;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.Health;
import app.handshake.deployments.web.DeploymentPartForms.DeploymentForm;
import app.handshake.people.OrganizationSummary;
import app.handshake.people.Organizations;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.PageRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deployments list, every one the user may see by name with its health and first reason, filtered and a page
 * at a time; and the form that opens a deployment directly, without a deal.
 */
@Controller
class DeploymentListPages {

    private static final int PAGE = 25;
    private static final int ORGANIZATIONS = 50;

    private final Deployments deployments;
    private final Organizations organizations;

    DeploymentListPages(Deployments deployments, Organizations organizations) {
        this.deployments = deployments;
        this.organizations = organizations;
    }

    @ModelAttribute("section")
    String section() {
        return "deployments";
    }

    @GetMapping("/deployments")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String health,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(required = false) String q,
            @RequestParam(required = false) String after, Model model) {
        Health chosen = health == null || health.isBlank() ? null : Health.of(health);
        model.addAttribute("healths", Health.values());
        model.addAttribute("health", chosen);
        model.addAttribute("mine", mine);
        model.addAttribute("q", q);
        model.addAttribute("page", deployments.list(user.actor(), new DeploymentFilter(null,
                mine ? user.user().id() : null, null, null, chosen, q), PageRequest.of(after, PAGE)));
        return "deployments/list";
    }

    @GetMapping("/deployments/new")
    String createForm(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) UUID organizationId,
            Model model) {
        model.addAttribute("form", new DeploymentForm(null, organizationId));
        return form(user, organizationId, model);
    }

    @PostMapping("/deployments")
    String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") DeploymentForm form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            DeploymentDetails created = deployments.create(user.actor(),
                    new DeploymentDraft(form.name(), form.organizationId(), null, null, null));
            redirect.addFlashAttribute("notice", created.name() + " was opened. Add its sites to follow adoption.");
            return "redirect:/deployments/" + created.id();
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute(FormProblems.ATTRIBUTE, DeploymentPartForms.DEPLOYMENT.problems(e));
            return form(user, form.organizationId(), model);
        }
    }

    private String form(SignedInUser user, UUID chosen, Model model) {
        List<OrganizationSummary> found = new ArrayList<>(
                organizations.search(user.actor(), null, PageRequest.first(ORGANIZATIONS)).items());
        if (chosen != null && found.stream().noneMatch(o -> o.id().equals(chosen))) {
            organizations.find(user.actor(), chosen).ifPresent(found::addFirst);
        }
        model.addAttribute("organizations", found);
        return "deployments/form";
    }
}
