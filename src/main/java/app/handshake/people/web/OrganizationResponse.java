package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationTier;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** An organization as the API shows it. Only what is marked @Nullable may be null. */
@NullMarked
record OrganizationResponse(UUID id, String name, @Nullable String domain, @Nullable String industry,
        OrganizationTier tier, @Nullable String notes, List<OrganizationRequest.Site> sites, long peopleCount,
        PersonResponse.@Nullable UserRef owner,
        Visibility visibility, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static OrganizationResponse of(OrganizationDetails o) {
        return new OrganizationResponse(o.id(), o.name(), o.domain(), o.industry(), o.tier(), o.notes(),
                o.sites().stream().map(s -> new OrganizationRequest.Site(s.name(), LocationJson.of(s.location())))
                        .toList(),
                o.peopleCount(), PersonResponse.UserRef.of(o.ownerId(), o.ownerName()), o.visibility(), o.createdAt(),
                o.updatedAt(), o.version());
    }
}
