package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * The facts of one touchpoint with one person that scores and cadences are made of: no notes, no
 * names. {@code shared} false means only its owner's side may see it.
 */
public record TouchpointFact(UUID touchpointId, UUID personId, Channel channel, Initiator initiatedBy,
        Topic topic, OffsetDateTime occurredAt, UUID ownerId, Set<UUID> userIds, boolean shared) {

    /** The team member logged it or took part in it. */
    public boolean involves(UUID userId) {
        return ownerId.equals(userId) || userIds.contains(userId);
    }
}
