package app.handshake.deployments;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Puts a deployment together for a reader: its parts, its health worked out for today, and no name of a customer
 * contact or partner the reader may not see.
 */
@Component
class DeploymentReader {

    private final PartsStore parts;
    private final UsageStore usage;
    private final People people;
    private final Organizations organizations;

    DeploymentReader(PartsStore parts, UsageStore usage, People people, Organizations organizations) {
        this.parts = parts;
        this.usage = usage;
        this.people = people;
        this.organizations = organizations;
    }

    DeploymentDetails details(Actor actor, DeploymentStore.Head head, DeploymentSettings settings, LocalDate today) {
        List<UUID> ids = List.of(head.id());
        List<PartsStore.SiteRow> siteRows = parts.sites(ids);
        List<PartsStore.PartnerRow> partnerRows = parts.partners(ids);
        Set<UUID> visible = visiblePeople(actor, siteRows, partnerRows);
        List<Site> sites = siteRows.stream()
                .map(row -> row.site(row.customerPersonId() != null && visible.contains(row.customerPersonId())))
                .toList();
        List<Milestone> milestones = parts.milestones(ids).stream().map(PartsStore.MilestoneRow::milestone).toList();
        List<Obstacle> obstacles = parts.obstacles(ids).stream().map(PartsStore.ObstacleRow::obstacle).toList();
        List<Partner> partners = partnerRows.stream()
                .filter(row -> row.personId() == null || visible.contains(row.personId()))
                .filter(row -> row.organizationId() == null || organizations.find(actor, row.organizationId()).isPresent())
                .filter(row -> row.name() != null)
                .map(row -> new Partner(row.id(), row.organizationId(), row.personId(), row.name(), row.role()))
                .toList();
        HealthCheck.Verdict verdict = HealthCheck.of(new HealthCheck.Facts(head.startedOn(), changedOn(head), head.activeSince() != null,
                sites, milestones, obstacles, recent(sites, settings)), settings, today);
        Map<UUID, String> siteNames = new HashMap<>();
        sites.forEach(site -> siteNames.put(site.id(), site.name()));
        List<ActiveUseChange> history = usage.changes(head.id()).stream()
                .map(c -> new ActiveUseChange(c.changedOn(), c.siteId(), c.siteId() == null ? null : siteNames.get(c.siteId()),
                        c.reached()))
                .toList();
        return new DeploymentDetails(head.id(), head.version(), head.name(), head.dealId(), head.dealName(),
                head.organizationId(), head.organizationName(), head.ownerId(), head.ownerName(),
                Visibility.of(head.visibility()), head.startedOn(), head.activeSince(), head.firstActiveOn(),
                head.notes(), verdict.health(), verdict.reasons(), sites, milestones, obstacles, partners, history);
    }

    /** Summaries of many deployments with a handful of queries, not a handful per deployment. */
    List<DeploymentSummary> summaries(List<DeploymentStore.Head> heads, DeploymentSettings settings, LocalDate today) {
        List<UUID> ids = heads.stream().map(DeploymentStore.Head::id).toList();
        Map<UUID, List<Site>> sites = new HashMap<>();
        // Health needs no customer names: none is read here.
        parts.sites(ids).forEach(row -> sites.computeIfAbsent(row.deploymentId(), k -> new ArrayList<>()).add(row.site(false)));
        Map<UUID, List<PartsStore.MilestoneRow>> milestones = PartsStore.by(parts.milestones(ids),
                PartsStore.MilestoneRow::deploymentId);
        Map<UUID, List<PartsStore.ObstacleRow>> obstacles = PartsStore.by(parts.obstacles(ids),
                PartsStore.ObstacleRow::deploymentId);
        Map<UUID, List<ActiveUse.Day>> recent = recent(sites.values().stream().flatMap(List::stream).toList(), settings);
        List<DeploymentSummary> summaries = new ArrayList<>();
        for (DeploymentStore.Head head : heads) {
            List<Site> own = sites.getOrDefault(head.id(), List.of());
            HealthCheck.Verdict verdict = HealthCheck.of(new HealthCheck.Facts(head.startedOn(), changedOn(head),
                    head.activeSince() != null, own,
                    milestones.getOrDefault(head.id(), List.of()).stream().map(PartsStore.MilestoneRow::milestone).toList(),
                    obstacles.getOrDefault(head.id(), List.of()).stream().map(PartsStore.ObstacleRow::obstacle).toList(),
                    recent), settings, today);
            summaries.add(new DeploymentSummary(head.id(), head.name(), head.dealId(), head.organizationId(),
                    head.organizationName(), head.ownerId(), head.ownerName(), Visibility.of(head.visibility()),
                    head.startedOn(), head.activeSince(), own.size(), (int) own.stream().filter(Site::inActiveUse).count(),
                    verdict.health(), verdict.reasons()));
        }
        return summaries;
    }

    private Map<UUID, List<ActiveUse.Day>> recent(Collection<Site> sites, DeploymentSettings settings) {
        Map<UUID, LocalDate> last = new HashMap<>();
        sites.stream().filter(site -> site.lastUsageOn() != null).forEach(site -> last.put(site.id(), site.lastUsageOn()));
        return usage.recent(last, settings.fallingDays());
    }

    private static LocalDate changedOn(DeploymentStore.Head head) {
        return head.updatedAt().withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private Set<UUID> visiblePeople(Actor actor, List<PartsStore.SiteRow> sites, List<PartsStore.PartnerRow> partners) {
        Set<UUID> ids = new HashSet<>();
        sites.forEach(row -> {
            if (row.customerPersonId() != null) {
                ids.add(row.customerPersonId());
            }
        });
        partners.forEach(row -> {
            if (row.personId() != null) {
                ids.add(row.personId());
            }
        });
        return ids.isEmpty() ? Set.of() : people.visibleAmong(actor, ids);
    }
}
