package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.util.UUID;

/** One line of the organizations list. */
public record OrganizationSummary(UUID id, String name, String domain, String industry, OrganizationTier tier,
        Visibility visibility, int siteCount, long peopleCount) {}
