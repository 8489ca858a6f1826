package app.handshake.touchpoints.web;

import app.handshake.accounts.Visibility;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The body of POST and PUT /api/touchpoints. Who logged it is the caller; where it came from, the API.
 * {@code plannedTouchpointId}: the planned meeting this touchpoint makes happen (on POST).
 */
record TouchpointRequest(
        @NotNull Channel channel,
        Initiator initiatedBy,
        @NotNull OffsetDateTime occurredAt,
        @Min(0) @Max(10080) Integer durationMinutes,
        Topic topic,
        @Size(max = 300) String summary,
        @Size(max = 10000) String notes,
        UUID organizationId,
        @NotEmpty @Size(max = 50) List<@NotNull UUID> personIds,
        @Size(max = 50) List<@NotNull UUID> userIds,
        Visibility visibility,
        UUID dealId,
        UUID plannedTouchpointId) {

    TouchpointDraft toDraft() {
        return new TouchpointDraft(channel, initiatedBy, occurredAt, durationMinutes, topic, summary, notes,
                organizationId, personIds, userIds, visibility, dealId);
    }
}
