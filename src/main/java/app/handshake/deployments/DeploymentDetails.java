package app.handshake.deployments;

import app.handshake.accounts.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deployment whole: the deal it came from, its sites, milestones, obstacles and partners, since when it is in
 * active use (and the first day it ever was), its health with the reasons, and the days it reached or lost active
 * use.
 */
public record DeploymentDetails(UUID id, long version, String name, @Nullable UUID dealId, @Nullable String dealName,
        @Nullable UUID organizationId, @Nullable String organizationName, UUID ownerId, String ownerName,
        Visibility visibility, LocalDate startedOn, @Nullable LocalDate activeSince, @Nullable LocalDate firstActiveOn,
        @Nullable String notes, Health health, List<HealthReason> reasons, List<Site> sites,
        List<Milestone> milestones, List<Obstacle> obstacles, List<Partner> partners,
        List<ActiveUseChange> activeUseHistory) {}
