package app.handshake.deployments;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A partner to add: an organization or a person (one of them), and its role in the deployment. */
public record PartnerDraft(@Nullable UUID organizationId, @Nullable UUID personId, @Nullable String role) {}
