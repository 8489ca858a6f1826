package app.handshake.people;

import java.util.UUID;

/** One line of the organizations list. */
public record OrganizationSummary(UUID id, String name, String domain, String industry, OrganizationTier tier,
        int siteCount, long peopleCount) {}
