package app.handshake.deployments;

import app.handshake.accounts.Visibility;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user may write of a deployment. The owner is whoever opens it; a deployment started by a deal takes the
 * deal's organization, owner and visibility.
 */
public record DeploymentDraft(String name, @Nullable UUID organizationId, @Nullable Visibility visibility,
        @Nullable LocalDate startedOn, @Nullable String notes) {}
