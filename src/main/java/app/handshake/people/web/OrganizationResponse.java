package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationTier;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An organization as the API shows it. */
record OrganizationResponse(UUID id, String name, String domain, String industry, OrganizationTier tier,
        String notes, List<OrganizationRequest.Site> sites, long peopleCount, PersonResponse.UserRef owner,
        Visibility visibility, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static OrganizationResponse of(OrganizationDetails o) {
        return new OrganizationResponse(o.id(), o.name(), o.domain(), o.industry(), o.tier(), o.notes(),
                o.sites().stream().map(s -> new OrganizationRequest.Site(s.name(), LocationJson.of(s.location())))
                        .toList(),
                o.peopleCount(), PersonResponse.UserRef.of(o.ownerId(), o.ownerName()), o.visibility(), o.createdAt(),
                o.updatedAt(), o.version());
    }
}
