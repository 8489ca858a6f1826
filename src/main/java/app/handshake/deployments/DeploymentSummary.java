package app.handshake.deployments;

import app.handshake.accounts.Visibility;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deployment in a list: whose, where, how many sites live and in active use, and its health with reasons. */
public record DeploymentSummary(UUID id, String name, @Nullable UUID dealId, @Nullable UUID organizationId,
        @Nullable String organizationName, UUID ownerId, String ownerName, Visibility visibility, LocalDate startedOn,
        @Nullable LocalDate activeSince, int sites, int sitesInActiveUse, Health health, List<HealthReason> reasons) {}
