package app.handshake.deployments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deployments list's filters; any may be null. */
public record DeploymentFilter(@Nullable UUID organizationId, @Nullable UUID ownerId, @Nullable UUID dealId,
        @Nullable Boolean inActiveUse, @Nullable Health health, @Nullable String text) {

    public static DeploymentFilter none() {
        return new DeploymentFilter(null, null, null, null, null, null);
    }
}
