package app.handshake.demo;

import app.handshake.accounts.Actor;
import app.handshake.deployments.Adoption;
import app.handshake.deployments.DeploymentDetails;
import app.handshake.deployments.DeploymentDraft;
import app.handshake.deployments.DeploymentFilter;
import app.handshake.deployments.DeploymentParts;
import app.handshake.deployments.DeploymentSummary;
import app.handshake.deployments.Deployments;
import app.handshake.deployments.MilestoneDraft;
import app.handshake.deployments.MilestoneStatus;
import app.handshake.deployments.ObstacleDraft;
import app.handshake.deployments.SiteDraft;
import app.handshake.deployments.UsageRow;
import app.handshake.shared.Location;
import app.handshake.shared.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The demo's won deals rolled out: Northwind's head office in active use while its port site went live with no
 * usage yet (at risk), and Harbor & Finch's won-back deal on its way.
 */
@Component
class DemoDeployments {

    private final Deployments deployments;
    private final DeploymentParts parts;
    private final Adoption adoption;
    private final Clock clock;

    DemoDeployments(Deployments deployments, DeploymentParts parts, Adoption adoption, Clock clock) {
        this.deployments = deployments;
        this.parts = parts;
        this.adoption = adoption;
        this.clock = clock;
    }

    int load(DemoDeals.Book book) {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (DeploymentSummary deployment : deployments.list(book.owners().get("Northwind Logistics"),
                DeploymentFilter.none(), PageRequest.first(100)).items()) {
            if (deployment.name().startsWith("Contact centre")) {
                northwind(book, deployment.id(), today);
                count++;
            } else if (deployment.name().startsWith("Document management")) {
                harbor(book, deployment.id(), today);
                count++;
            }
        }
        return count;
    }

    private void northwind(DemoDeals.Book book, UUID id, LocalDate today) {
        Actor owner = book.owners().get("Northwind Logistics");
        startedOn(owner, id, today.minusDays(75));
        UUID office = parts.addSite(owner, id, new SiteDraft("Head office", new Location("Minneapolis", "MN", "US",
                null, null), 120, today.minusDays(60), book.people().get("Maria Alvarez"), owner.userId()));
        parts.addSite(owner, id, new SiteDraft("Duluth port", new Location("Duluth", "MN", "US", null, null), 40,
                today.minusDays(5), book.people().get("Jonas Lindqvist"), owner.userId()));
        parts.addMilestone(owner, id, new MilestoneDraft("Head office go-live", today.minusDays(60),
                MilestoneStatus.done, today.minusDays(60)));
        parts.addMilestone(owner, id, new MilestoneDraft("Agent training, port", today.minusDays(3),
                MilestoneStatus.in_progress, null));
        parts.openObstacle(owner, id, new ObstacleDraft("Port network needs a firewall change", null, owner.userId(),
                false, null));
        // Adoption climbing from a third of the seats to four in five over the two months since go-live.
        List<UsageRow> rows = new ArrayList<>();
        for (int day = 60; day >= 1; day--) {
            int users = 40 + (60 - day) * 55 / 60;
            rows.add(new UsageRow(office, today.minusDays(day), users,
                    Map.of("calls handled", (long) users * 23)));
        }
        adoption.post(owner, id, rows);
    }

    /** The demo's deals were won a while ago, not the minute the demo loaded. */
    private void startedOn(Actor owner, UUID id, LocalDate day) {
        DeploymentDetails deployment = deployments.get(owner, id);
        deployments.update(owner, id, deployment.version(), new DeploymentDraft(deployment.name(),
                deployment.organizationId(), deployment.visibility(), day, deployment.notes()));
    }

    private void harbor(DemoDeals.Book book, UUID id, LocalDate today) {
        Actor owner = book.owners().get("Harbor & Finch");
        startedOn(owner, id, today.minusDays(20));
        UUID boston = parts.addSite(owner, id, new SiteDraft("Boston office", new Location("Boston", "MA", "US",
                null, null), 60, today.minusDays(10), book.people().get("Marcus Reid"), owner.userId()));
        parts.addMilestone(owner, id, new MilestoneDraft("Archive migrated", today.plusDays(14), MilestoneStatus.planned,
                null));
        List<UsageRow> rows = new ArrayList<>();
        for (int day = 10; day >= 1; day--) {
            rows.add(new UsageRow(boston, today.minusDays(day), 30 + (10 - day) * 2, null));
        }
        adoption.post(owner, id, rows);
    }
}
