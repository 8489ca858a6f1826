package app.handshake.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything known about one organization. */
public record OrganizationDetails(UUID id, long version, String name, String domain, String industry,
        OrganizationTier tier, String notes, List<OrganizationDraft.Site> sites, long peopleCount,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public OrganizationDraft toDraft() {
        return new OrganizationDraft(name, domain, industry, tier, notes, sites);
    }
}
