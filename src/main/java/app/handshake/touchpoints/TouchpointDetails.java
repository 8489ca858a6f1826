package app.handshake.touchpoints;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A touchpoint as its readers see it, with the names of the people and team members in it. */
public record TouchpointDetails(UUID id, long version, Channel channel, Initiator initiatedBy,
        OffsetDateTime occurredAt, Integer durationMinutes, Topic topic, String summary, String notes,
        UUID organizationId, List<Participant> people, List<Participant> users, UUID ownerId, String ownerName,
        Visibility visibility, String sourceChannel, String sourceDetail, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** A person or a team member who took part. */
    public record Participant(UUID id, String name) {}
}
