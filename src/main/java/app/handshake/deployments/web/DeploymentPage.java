package app.handshake.deployments.web;

import app.handshake.accounts.SignedInUser;
import app.handshake.deployments.ActiveUseRule;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.MilestoneStatus;
import app.handshake.deployments.Site;
import app.handshake.people.Organizations;
import app.handshake.platform.web.FormProblems;
import app.handshake.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the deployment page shows, filled in one place: the page opens with it, and a refused form comes back on it
 * with its problems beside its fields.
 */
@Component
class DeploymentPage {

    static final String TEMPLATE = "deployments/show";

    private static final int ORGANIZATIONS = 50;

    private final Deployments deployments;
    private final Organizations organizations;
    private final Clock clock;

    DeploymentPage(Deployments deployments, Organizations organizations, Clock clock) {
        this.deployments = deployments;
        this.organizations = organizations;
        this.clock = clock;
    }

    /**
     * A site as its card draws it: the latest active users against the seats, and where the line of active use
     * lies, both as a share of the bar.
     */
    record SiteView(Site site, int thresholdUsers, int usedPercent, int thresholdPercent) {}

    String show(SignedInUser user, UUID id, Model model) {
        DeploymentDetails deployment = deployments.get(user.actor(), id);
        ActiveUseRule rule = deployments.settings().activeUse();
        model.addAttribute("section", "deployments");
        model.addAttribute("deployment", deployment);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("sharePercent", rule.sharePercent());
        model.addAttribute("sites", deployment.sites().stream().map(s -> view(s, rule)).toList());
        model.addAttribute("openObstacles", deployment.obstacles().stream().filter(o -> o.open()).toList());
        model.addAttribute("resolvedObstacles", deployment.obstacles().stream().filter(o -> !o.open()).toList());
        model.addAttribute("statuses", MilestoneStatus.values());
        model.addAttribute("organizations", organizations.search(user.actor(), null,
                PageRequest.first(ORGANIZATIONS)).items());
        model.addAttribute("ownerIsViewer", deployment.ownerId().equals(user.user().id()));
        if (!model.containsAttribute("failed")) {
            model.addAttribute("failed", "");
            model.addAttribute(FormProblems.ATTRIBUTE, FormProblems.none());
        }
        return TEMPLATE;
    }

    /** The same line as the site's chart. */
    private static SiteView view(Site site, ActiveUseRule rule) {
        int threshold = rule.thresholdUsers(site.licensedSeats());
        int latest = site.lastActiveUsers() == null ? 0 : site.lastActiveUsers();
        return new SiteView(site, threshold, percent(latest, site.licensedSeats()),
                percent(threshold, site.licensedSeats()));
    }

    private static int percent(int users, int seats) {
        return (int) Math.min(100L, users * 100L / Math.max(1, seats));
    }
}
