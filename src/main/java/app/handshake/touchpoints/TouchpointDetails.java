package app.handshake.touchpoints;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A touchpoint as its readers see it, with the names of the people and team members in it. Only what is
 * marked @Nullable may be null (the OpenAPI document says so).
 */
@NullMarked
public record TouchpointDetails(UUID id, long version, Channel channel, Initiator initiatedBy,
        OffsetDateTime occurredAt, @Nullable Integer durationMinutes, Topic topic, @Nullable String summary,
        @Nullable String notes, @Nullable UUID organizationId, List<Participant> people, List<Participant> users,
        UUID ownerId, String ownerName, Visibility visibility, String sourceChannel, @Nullable String sourceDetail,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A person or a team member who took part. */
    public record Participant(UUID id, String name) {}
}
