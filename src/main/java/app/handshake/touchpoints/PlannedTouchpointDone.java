package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A planned meeting happened: the touchpoint logged for it completed it. {@code originKind} and {@code originRef}
 * are what its planner set, so that the one who asked for it (the advisor, a hand-over) knows its own meeting.
 */
public record PlannedTouchpointDone(UUID plannedId, String originKind, String originRef, UUID touchpointId,
        Set<UUID> personIds, OffsetDateTime occurredAt) {}
