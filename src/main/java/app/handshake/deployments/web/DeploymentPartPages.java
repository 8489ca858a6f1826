package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.DeploymentParts;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.Milestone;
import app.handshake.deployments.MilestoneDraft;
import app.handshake.deployments.MilestoneStatus;
import app.handshake.deployments.Obstacle;
import app.handshake.deployments.ObstacleDraft;
import app.handshake.deployments.web.DeploymentPartForms.MilestoneForm;
import app.handshake.deployments.web.DeploymentPartForms.ObstacleForm;
import app.handshake.deployments.web.DeploymentPartForms.PartnerForm;
import app.handshake.deployments.web.DeploymentPartForms.SiteForm;
import app.handshake.platform.web.FormFields;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the deployment page: add a site, a milestone, an obstacle or a partner; mark a milestone done (with
 * an undo); resolve or reopen an obstacle; remove a part after a confirmation. Each saves and goes back to the page;
 * a refused form comes back on the page with its problems beside its fields.
 */
@Controller
class DeploymentPartPages {

    private final Deployments deployments;
    private final DeploymentParts parts;
    private final DeploymentPage page;

    DeploymentPartPages(Deployments deployments, DeploymentParts parts, DeploymentPage page) {
        this.deployments = deployments;
        this.parts = parts;
        this.page = page;
    }

    @PostMapping("/deployments/{id}/sites")
    String addSite(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("siteForm") SiteForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "site", DeploymentPartForms.SITE, "#sites", () -> {
            parts.addSite(user.actor(), id, form.toDraft());
            return form.name().strip() + " was added.";
        });
    }

    @PostMapping("/deployments/{id}/milestones")
    String addMilestone(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("milestoneForm") MilestoneForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "milestone", DeploymentPartForms.MILESTONE, "#milestones",
                () -> {
                    parts.addMilestone(user.actor(), id, form.toDraft());
                    return "Milestone " + form.name().strip() + " was added.";
                });
    }

    @PostMapping("/deployments/{id}/obstacles")
    String openObstacle(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("obstacleForm") ObstacleForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "obstacle", DeploymentPartForms.OBSTACLE, "#obstacles",
                () -> {
                    parts.openObstacle(user.actor(), id, form.toDraft(user.user().id()));
                    return "The obstacle was noted.";
                });
    }

    @PostMapping("/deployments/{id}/partners")
    String addPartner(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @ModelAttribute("partnerForm") PartnerForm form, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return saved(user, id, model, response, redirect, "partner", DeploymentPartForms.PARTNER, "#partners",
                () -> {
                    parts.addPartner(user.actor(), id, form.toDraft());
                    return "The partner was added.";
                });
    }

    /** One tap to done (or back to where it was, from the notice's undo). */
    @PostMapping("/deployments/{id}/milestones/{milestoneId}/status")
    String milestoneStatus(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
            @PathVariable UUID milestoneId, @RequestParam MilestoneStatus status,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        Milestone milestone = milestone(deployments.get(user.actor(), id), milestoneId);
        try {
            parts.updateMilestone(user.actor(), id, milestoneId, version,
                    new MilestoneDraft(milestone.name(), milestone.dueOn(), status, null));
            if (status == MilestoneStatus.done) {
                redirect.addFlashAttribute("notice", milestone.name() + " is done.");
                redirect.addFlashAttribute("undoMilestone", milestoneId.toString());
                redirect.addFlashAttribute("undoStatus", milestone.status().name());
            } else {
                redirect.addFlashAttribute("notice", milestone.name() + " is " + status.name().replace('_', ' ')
                        + ".");
            }
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone else changed " + milestone.name() + " meanwhile: "
                    + "here it is as it stands now.");
        }
        return "redirect:/deployments/" + id + "#milestones";
    }

    @PostMapping("/deployments/{id}/obstacles/{obstacleId}/resolve")
    String resolve(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID obstacleId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return obstacle(user, id, obstacleId, version, true, redirect);
    }

    @PostMapping("/deployments/{id}/obstacles/{obstacleId}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID obstacleId,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return obstacle(user, id, obstacleId, version, false, redirect);
    }

    private String obstacle(SignedInUser user, UUID id, UUID obstacleId, Long version, boolean resolved,
            RedirectAttributes redirect) {
        Obstacle obstacle = deployments.get(user.actor(), id).obstacles().stream()
                .filter(o -> o.id().equals(obstacleId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("obstacle", obstacleId));
        try {
            parts.updateObstacle(user.actor(), id, obstacleId, version, new ObstacleDraft(obstacle.description(),
                    obstacle.siteId(), obstacle.ownerId(), obstacle.blocking(), resolved));
            redirect.addFlashAttribute("notice", resolved ? "Resolved: " + obstacle.description()
                    : "Open again: " + obstacle.description());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("problem", "Someone else changed this obstacle meanwhile: here it is as it "
                    + "stands now.");
        }
        return "redirect:/deployments/" + id + "#obstacles";
    }

    /** Removing a part asks first: a site's usage goes with it. */
    @GetMapping("/deployments/{id}/{kind:sites|milestones|obstacles|partners}/{partId}/remove")
    String confirmRemove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String kind,
            @PathVariable UUID partId, Model model) {
        DeploymentDetails deployment = deployments.get(user.actor(), id);
        String name = nameOf(deployment, kind, partId);
        model.addAttribute("section", "deployments");
        model.addAttribute("question", "Remove " + name + "?");
        model.addAttribute("consequence", switch (kind) {
            case "sites" -> "Its usage, day by day, goes with it, and active use is counted again without it.";
            case "obstacles" -> "Remove it only if it was noted by mistake; resolve it when it is out of the way.";
            default -> "It is no longer part of " + deployment.name() + ".";
        });
        model.addAttribute("button", "Remove");
        model.addAttribute("action", "/deployments/" + id + "/" + kind + "/" + partId + "/remove");
        model.addAttribute("cancel", "/deployments/" + id);
        model.addAttribute("hidden", Map.of());
        return "confirm";
    }

    @PostMapping("/deployments/{id}/{kind:sites|milestones|obstacles|partners}/{partId}/remove")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String kind,
            @PathVariable UUID partId, RedirectAttributes redirect) {
        String name = nameOf(deployments.get(user.actor(), id), kind, partId);
        switch (kind) {
            case "sites" -> parts.removeSite(user.actor(), id, partId);
            case "milestones" -> parts.removeMilestone(user.actor(), id, partId);
            case "obstacles" -> parts.removeObstacle(user.actor(), id, partId);
            default -> parts.removePartner(user.actor(), id, partId);
        }
        redirect.addFlashAttribute("notice", Character.toUpperCase(name.charAt(0)) + name.substring(1) + " was removed.");
        return "redirect:/deployments/" + id + "#" + kind;
    }

    private String saved(SignedInUser user, UUID id, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String form, FormFields fields, String anchor, Supplier<String> save) {
        try {
            redirect.addFlashAttribute("notice", save.get());
            return "redirect:/deployments/" + id + anchor;
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("failed", form);
            model.addAttribute(FormProblems.ATTRIBUTE, fields.problems(e));
            return page.show(user, id, model);
        }
    }

    private static Milestone milestone(DeploymentDetails deployment, UUID milestoneId) {
        return deployment.milestones().stream().filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("milestone", milestoneId));
    }

    private static String nameOf(DeploymentDetails deployment, String kind, UUID partId) {
        java.util.Optional<String> name = switch (kind) {
            case "sites" -> deployment.sites().stream().filter(s -> s.id().equals(partId)).findFirst()
                    .map(s -> "the site " + s.name());
            case "milestones" -> deployment.milestones().stream().filter(m -> m.id().equals(partId)).findFirst()
                    .map(m -> "the milestone " + m.name());
            case "obstacles" -> deployment.obstacles().stream().filter(o -> o.id().equals(partId)).findFirst()
                    .map(o -> "the obstacle " + o.description());
            default -> deployment.partners().stream().filter(p -> p.id().equals(partId)).findFirst()
                    .map(p -> "the partner " + p.name());
        };
        return name.orElseThrow(() -> new RecordNotFoundException(kind.substring(0, kind.length() - 1), partId));
    }
}
