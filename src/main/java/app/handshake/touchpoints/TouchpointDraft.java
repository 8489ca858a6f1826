package app.handshake.touchpoints;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What a user may set on a touchpoint; who logged it and where it came from are the server's. */
public record TouchpointDraft(Channel channel, Initiator initiatedBy, OffsetDateTime occurredAt,
        Integer durationMinutes, Topic topic, String summary, String notes, UUID organizationId,
        List<UUID> personIds, List<UUID> userIds, Visibility visibility) {

    public TouchpointDraft {
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        initiatedBy = initiatedBy == null ? Initiator.us : initiatedBy;
        topic = topic == null ? Topic.business : topic;
        visibility = visibility == null ? Visibility.SHARED : visibility;
    }
}
