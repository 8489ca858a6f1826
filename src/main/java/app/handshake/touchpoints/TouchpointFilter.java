package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Which touchpoints to list: with a person, an organization, a team member, within dates. */
public record TouchpointFilter(UUID personId, UUID organizationId, UUID userId, OffsetDateTime from,
        OffsetDateTime to) {

    public static TouchpointFilter withPerson(UUID personId) {
        return new TouchpointFilter(personId, null, null, null, null);
    }
}
