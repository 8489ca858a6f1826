package app.handshake.people;

import java.util.List;
import java.util.UUID;

/**
 * What other modules' bookkeeping needs of a person (cadence rules, due dates): never shown to a user
 * as such, so it carries no visibility check. {@code imported}: the person came from a file.
 */
public record PersonProfile(UUID id, String name, UUID ownerId, List<String> tags, OrganizationTier organizationTier,
        boolean imported) {}
