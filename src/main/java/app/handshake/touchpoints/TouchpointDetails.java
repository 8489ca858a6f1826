package app.handshake.touchpoints;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A touchpoint as its readers see it, with the names of the people and team members in it. Only what is
 * marked @Nullable may be null (the OpenAPI document says so). The deal it was about is named only to a reader
 * who may see that deal; to anyone else it was about no deal.
 */
@NullMarked
public record TouchpointDetails(UUID id, long version, Channel channel, Initiator initiatedBy,
        OffsetDateTime occurredAt, @Nullable Integer durationMinutes, Topic topic, @Nullable String summary,
        @Nullable String notes, @Nullable UUID organizationId, List<Participant> people, List<Participant> users,
        UUID ownerId, String ownerName, Visibility visibility, String sourceChannel, @Nullable String sourceDetail,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, @Nullable UUID dealId, @Nullable String dealName) {

    /** The same touchpoint, naming its deal as this reader may see it. */
    public TouchpointDetails aboutDeal(@Nullable UUID deal, @Nullable String name) {
        return new TouchpointDetails(id, version, channel, initiatedBy, occurredAt, durationMinutes, topic, summary,
                notes, organizationId, people, users, ownerId, ownerName, visibility, sourceChannel, sourceDetail,
                createdAt, updatedAt, deal, name);
    }

    /** A person or a team member who took part. */
    public record Participant(UUID id, String name) {}
}
