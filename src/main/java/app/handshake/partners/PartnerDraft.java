package app.handshake.partners;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user may set on a partner. Exactly one of {@code organizationId} and {@code personId} on creation (it
 * cannot change afterwards); {@code kind} defaults to company for an organization and individual for a person,
 * {@code name} to the record's name.
 */
public record PartnerDraft(@Nullable UUID organizationId, @Nullable UUID personId, @Nullable PartnerKind kind,
        @Nullable String name, @Nullable String description, @Nullable String website) {}
