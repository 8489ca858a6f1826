package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Which touchpoints to list: with a person, an organization, a team member, about a deal, within dates. */
public record TouchpointFilter(UUID personId, UUID organizationId, UUID userId, OffsetDateTime from,
        OffsetDateTime to, UUID dealId) {

    public TouchpointFilter(UUID personId, UUID organizationId, UUID userId, OffsetDateTime from, OffsetDateTime to) {
        this(personId, organizationId, userId, from, to, null);
    }

    public static TouchpointFilter aboutDeal(UUID dealId) {
        return new TouchpointFilter(null, null, null, null, null, dealId);
    }

    public static TouchpointFilter withPerson(UUID personId) {
        return new TouchpointFilter(personId, null, null, null, null);
    }
}
