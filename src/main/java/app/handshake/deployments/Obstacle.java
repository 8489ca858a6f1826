package app.handshake.deployments;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What stands in a deployment's way, who owns it, since when, whether it blocks a site; resolved or not. */
public record Obstacle(UUID id, long version, String description, @Nullable UUID siteId, @Nullable String siteName,
        @Nullable UUID ownerId, @Nullable String ownerName, OffsetDateTime openedAt,
        @Nullable OffsetDateTime resolvedAt, boolean blocking) {

    public boolean open() {
        return resolvedAt == null;
    }
}
