package app.handshake.deployments;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.Users;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import app.handshake.shared.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deployment's sites, milestones, obstacles and partners. Whoever may see the deployment may work on them; each
 * change moves the deployment's version on and is in its audit log.
 */
@Service
@Transactional
public class DeploymentParts {

    private final DeploymentAccess access;
    private final DeploymentStore deployments;
    private final PartsStore parts;
    private final Adoption adoption;
    private final People people;
    private final Organizations organizations;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    DeploymentParts(DeploymentAccess access, DeploymentStore deployments, PartsStore parts, Adoption adoption,
            People people, Organizations organizations, Users users, AuditTrail audit, Clock clock) {
        this.access = access;
        this.deployments = deployments;
        this.parts = parts;
        this.adoption = adoption;
        this.people = people;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public UUID addSite(Actor actor, UUID deploymentId, SiteDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        SiteDraft clean = site(actor, draft);
        UUID id = Ids.newId(clock);
        try {
            parts.insertSite(id, deploymentId, clean);
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("name", "this deployment already has a site named " + clean.name());
        }
        changed(actor, head, "site", null, clean.name());
        adoption.recount(deploymentId, Set.of(id));
        return id;
    }

    public void updateSite(Actor actor, UUID deploymentId, UUID siteId, @Nullable Long expectedVersion,
            SiteDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.SiteRow before = parts.site(deploymentId, siteId)
                .orElseThrow(() -> new RecordNotFoundException("site", siteId));
        SiteDraft clean = site(actor, keepHiddenCustomer(actor, before, draft));
        long expected = expectedVersion == null ? before.version() : expectedVersion;
        try {
            if (!parts.updateSite(siteId, expected, clean)) {
                throw new StaleVersionException("site", expected, before.version());
            }
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException("name", "this deployment already has a site named " + clean.name());
        }
        changed(actor, head, "site", before.name(), clean.name() + ", " + clean.licensedSeats() + " seats"
                + (clean.goLiveOn() == null ? "" : ", live " + clean.goLiveOn()));
        adoption.recount(deploymentId, Set.of(siteId));
    }

    public void removeSite(Actor actor, UUID deploymentId, UUID siteId) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.SiteRow site = parts.site(deploymentId, siteId)
                .orElseThrow(() -> new RecordNotFoundException("site", siteId));
        parts.deleteSite(siteId);
        changed(actor, head, "site", site.name(), null);
        adoption.recount(deploymentId, Set.of());
    }

    public UUID addMilestone(Actor actor, UUID deploymentId, MilestoneDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        String name = required("name", draft.name(), 200);
        MilestoneStatus status = draft.status() == null ? MilestoneStatus.planned : draft.status();
        UUID id = Ids.newId(clock);
        parts.insertMilestone(id, deploymentId, new MilestoneDraft(name, draft.dueOn(), status, draft.doneOn()), status, doneOn(status, draft.doneOn(), null));
        changed(actor, head, "milestone", null, name);
        return id;
    }

    public void updateMilestone(Actor actor, UUID deploymentId, UUID milestoneId, @Nullable Long expectedVersion,
            MilestoneDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.MilestoneRow before = parts.milestones(List.of(deploymentId)).stream()
                .filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("milestone", milestoneId));
        String name = required("name", draft.name(), 200);
        MilestoneStatus status = draft.status() == null ? MilestoneStatus.of(before.status()) : draft.status();
        long expected = expectedVersion == null ? before.version() : expectedVersion;
        if (!parts.updateMilestone(milestoneId, expected, new MilestoneDraft(name, draft.dueOn(), status, draft.doneOn()), status, doneOn(status, draft.doneOn(), before.doneOn()))) {
            throw new StaleVersionException("milestone", expected, before.version());
        }
        changed(actor, head, "milestone", before.name() + " (" + before.status() + ")", name + " (" + status + ")");
    }

    public void removeMilestone(Actor actor, UUID deploymentId, UUID milestoneId) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.MilestoneRow milestone = parts.milestones(List.of(deploymentId)).stream()
                .filter(m -> m.id().equals(milestoneId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("milestone", milestoneId));
        parts.deleteMilestone(milestoneId);
        changed(actor, head, "milestone", milestone.name(), null);
    }

    public UUID openObstacle(Actor actor, UUID deploymentId, ObstacleDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        String description = obstacle(deploymentId, draft);
        UUID id = Ids.newId(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        parts.insertObstacle(id, deploymentId, clean(draft, description), now, Boolean.TRUE.equals(draft.resolved()) ? now : null);
        changed(actor, head, "obstacle", null, description);
        return id;
    }

    public void updateObstacle(Actor actor, UUID deploymentId, UUID obstacleId, @Nullable Long expectedVersion,
            ObstacleDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.ObstacleRow before = parts.obstacles(List.of(deploymentId)).stream()
                .filter(o -> o.id().equals(obstacleId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("obstacle", obstacleId));
        String description = obstacle(deploymentId, draft);
        OffsetDateTime resolved = draft.resolved() == null ? before.resolvedAt()
                : draft.resolved() ? (before.resolvedAt() != null ? before.resolvedAt() : OffsetDateTime.now(clock)) : null;
        long expected = expectedVersion == null ? before.version() : expectedVersion;
        if (!parts.updateObstacle(obstacleId, expected, clean(draft, description), resolved)) {
            throw new StaleVersionException("obstacle", expected, before.version());
        }
        changed(actor, head, "obstacle", before.description() + (before.resolvedAt() == null ? " (open)" : " (resolved)"),
                description + (resolved == null ? " (open)" : " (resolved)"));
    }

    public void removeObstacle(Actor actor, UUID deploymentId, UUID obstacleId) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.ObstacleRow obstacle = parts.obstacles(List.of(deploymentId)).stream()
                .filter(o -> o.id().equals(obstacleId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("obstacle", obstacleId));
        parts.deleteObstacle(obstacleId);
        changed(actor, head, "obstacle", obstacle.description(), null);
    }

    public UUID addPartner(Actor actor, UUID deploymentId, PartnerDraft draft) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        if ((draft.organizationId() == null) == (draft.personId() == null)) {
            throw new InvalidRequestException("organizationId", "name either an organization or a person");
        }
        String name = draft.organizationId() != null ? organizations.get(actor, draft.organizationId()).name()
                : people.get(actor, draft.personId()).name();
        String role = Text.trimToNull(draft.role());
        if (role != null && role.length() > 200) {
            throw new InvalidRequestException("role", "must be at most 200 characters");
        }
        UUID id = Ids.newId(clock);
        parts.insertPartner(id, deploymentId, new PartnerDraft(draft.organizationId(), draft.personId(), role));
        changed(actor, head, "partner", null, name + (role == null ? "" : " (" + role + ")"));
        return id;
    }

    public void removePartner(Actor actor, UUID deploymentId, UUID partnerId) {
        DeploymentStore.Head head = access.write(actor, deploymentId, null);
        PartsStore.PartnerRow partner = parts.partners(List.of(deploymentId)).stream()
                .filter(p -> p.id().equals(partnerId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("partner", partnerId));
        parts.deletePartner(partnerId);
        changed(actor, head, "partner", partner.name(), null);
    }

    private SiteDraft site(Actor actor, SiteDraft draft) {
        String name = required("name", draft.name(), 200);
        if (draft.licensedSeats() < 1 || draft.licensedSeats() > 10_000_000) {
            throw new InvalidRequestException("licensedSeats", "must be between 1 and 10000000");
        }
        if (draft.customerPersonId() != null) {
            people.get(actor, draft.customerPersonId());
        }
        if (draft.teamUserId() != null && users.find(draft.teamUserId()).isEmpty()) {
            throw new InvalidRequestException("teamUserId", "is not a user of this workspace");
        }
        return new SiteDraft(name, draft.location(), draft.licensedSeats(), draft.goLiveOn(), draft.customerPersonId(),
                draft.teamUserId());
    }

    /** A customer contact the editor may not see stays as it was: they could neither see nor mean to remove it. */
    private SiteDraft keepHiddenCustomer(Actor actor, PartsStore.SiteRow before, SiteDraft draft) {
        UUID hidden = before.customerPersonId();
        if (hidden != null && draft.customerPersonId() == null && people.find(actor, hidden).isEmpty()) {
            return new SiteDraft(draft.name(), draft.location(), draft.licensedSeats(), draft.goLiveOn(), hidden,
                    draft.teamUserId());
        }
        return draft;
    }

    private String obstacle(UUID deploymentId, ObstacleDraft draft) {
        String description = required("description", draft.description(), 2000);
        if (draft.siteId() != null && parts.site(deploymentId, draft.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "is not a site of this deployment");
        }
        if (draft.ownerId() != null && users.find(draft.ownerId()).isEmpty()) {
            throw new InvalidRequestException("ownerId", "is not a user of this workspace");
        }
        return description;
    }

    private static ObstacleDraft clean(ObstacleDraft draft, String description) {
        return new ObstacleDraft(description, draft.siteId(), draft.ownerId(), draft.blocking(), draft.resolved());
    }

    private @Nullable LocalDate doneOn(MilestoneStatus status, @Nullable LocalDate given, @Nullable LocalDate before) {
        if (status != MilestoneStatus.done) {
            return null;
        }
        return given != null ? given : before != null ? before : LocalDate.now(clock);
    }

    private static String required(String field, @Nullable String value, int max) {
        String clean = Text.trimToNull(value);
        if (clean == null) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        if (clean.length() > max) {
            throw new InvalidRequestException(field, "must be at most " + max + " characters");
        }
        return clean;
    }

    private void changed(Actor actor, DeploymentStore.Head head, String part, @Nullable String from,
            @Nullable String to) {
        deployments.touch(head.id(), OffsetDateTime.now(clock));
        audit.updated(actor.userId(), Deployments.AUDIT_TYPE, head.id(), head.name(),
                Map.of(part, new AuditTrail.Change(from, to)));
    }
}
