package app.handshake.touchpoints;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a user may set on a touchpoint; who logged it and where it came from are the server's. {@code dealId}: the
 * deal it was about, if any.
 */
public record TouchpointDraft(Channel channel, Initiator initiatedBy, OffsetDateTime occurredAt,
        Integer durationMinutes, Topic topic, String summary, String notes, UUID organizationId,
        List<UUID> personIds, List<UUID> userIds, Visibility visibility, UUID dealId) {

    public TouchpointDraft {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        initiatedBy = initiatedBy == null ? Initiator.us : initiatedBy;
        topic = topic == null ? Topic.business : topic;
        visibility = visibility == null ? Visibility.SHARED : visibility;
    }

    /** A touchpoint about no deal in particular. */
    public TouchpointDraft(Channel channel, Initiator initiatedBy, OffsetDateTime occurredAt, Integer durationMinutes,
            Topic topic, String summary, String notes, UUID organizationId, List<UUID> personIds, List<UUID> userIds,
            Visibility visibility) {
        this(channel, initiatedBy, occurredAt, durationMinutes, topic, summary, notes, organizationId, personIds,
                userIds, visibility, null);
    }

    /** The same touchpoint, about another deal (or none). */
    public TouchpointDraft aboutDeal(UUID deal) {
        return new TouchpointDraft(channel, initiatedBy, occurredAt, durationMinutes, topic, summary, notes,
                organizationId, personIds, userIds, visibility, deal);
    }
}
