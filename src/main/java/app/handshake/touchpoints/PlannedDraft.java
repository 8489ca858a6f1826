package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A meeting to plan. {@code assigneeId}: who will meet them (null: the one who plans it); {@code joiningUserIds}:
 * colleagues coming along. {@code originKind} and {@code originRef} are the caller's own words for what asked for
 * the meeting (a recommendation, a hand-over), handed back with it and in {@link PlannedTouchpointDone}.
 */
public record PlannedDraft(List<UUID> personIds, OffsetDateTime plannedAt, Channel channel, String purpose,
        UUID dealId, UUID organizationId, UUID assigneeId, List<UUID> joiningUserIds, String originKind,
        String originRef) {

    public PlannedDraft {
        personIds = personIds == null ? List.of() : personIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        joiningUserIds = joiningUserIds == null ? List.of()
                : joiningUserIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        channel = channel == null ? Channel.in_person : channel;
        purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    }

    /** A meeting planned by a person for themselves or a colleague, from no other module. */
    public PlannedDraft(List<UUID> personIds, OffsetDateTime plannedAt, Channel channel, String purpose, UUID dealId,
            UUID organizationId, UUID assigneeId, List<UUID> joiningUserIds) {
        this(personIds, plannedAt, channel, purpose, dealId, organizationId, assigneeId, joiningUserIds, null, null);
    }
}
