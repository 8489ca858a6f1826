package app.handshake.touchpoints.web;

import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedDraft;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The body of POST /api/touchpoints/planned: whom to meet, when, how (in person unless said) and why. */
record PlannedRequest(
        @NotEmpty @Size(max = 50) List<@NotNull UUID> personIds,
        @NotNull OffsetDateTime plannedAt,
        Channel channel,
        @Size(max = 1000) String purpose,
        UUID dealId,
        UUID organizationId,
        UUID assigneeId,
        @Size(max = 20) List<@NotNull UUID> joiningUserIds) {

    PlannedDraft toDraft() {
        return new PlannedDraft(personIds, plannedAt, channel, purpose, dealId, organizationId, assigneeId,
                joiningUserIds);
    }
}
