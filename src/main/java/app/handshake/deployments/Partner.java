package app.handshake.deployments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner firm (an organization) or tradesperson (a person) taking part in a deployment, and in what role. */
public record Partner(UUID id, @Nullable UUID organizationId, @Nullable UUID personId, String name,
        @Nullable String role) {}
