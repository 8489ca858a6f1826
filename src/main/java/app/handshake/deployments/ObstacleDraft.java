package app.handshake.deployments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user may write of an obstacle; resolved true closes it now, false opens it again. */
public record ObstacleDraft(String description, @Nullable UUID siteId, @Nullable UUID ownerId, boolean blocking,
        @Nullable Boolean resolved) {}
