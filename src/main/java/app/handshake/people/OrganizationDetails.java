package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Everything one user may know about one organization; people are counted as far as that user sees them. */
public record OrganizationDetails(UUID id, long version, UUID ownerId, String ownerName, Visibility visibility,
        String name, String domain, String industry, OrganizationTier tier, String notes,
        List<OrganizationDraft.Site> sites, long peopleCount, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    public OrganizationDraft toDraft() {
        return new OrganizationDraft(name, domain, industry, tier, notes, sites, visibility);
    }
}
