package app.handshake.advisor;

import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * A hand-over plan as one reader sees it: whose relationships, and for each person the reader may see, the new
 * owner, the introduction meeting and whether the new owner has met them since the plan was accepted. The counts
 * are of those items only.
 */
@NullMarked
public record HandOver(UUID id, long version, UUID userId, String userName, HandOverStatus status, UUID createdBy,
        OffsetDateTime createdAt, @Nullable OffsetDateTime acceptedAt, List<HandOverItem> items, int itemCount, int metCount) {

    /** One relationship handed over. {@code meeting}: the introduction, once the plan is accepted. */
    public record HandOverItem(UUID personId, String personName, UUID newOwnerId, String newOwnerName,
            OffsetDateTime plannedAt, Channel channel, @Nullable Introduction meeting, boolean met,
            @Nullable OffsetDateTime metAt) {}

    /** The planned introduction meeting. */
    public record Introduction(UUID id, OffsetDateTime plannedAt, Channel channel, PlannedStatus status) {}

    /** Percent of the items met, for the progress bar. */
    public int percentMet() {
        return itemCount == 0 ? 0 : Math.round(100f * metCount / itemCount);
    }
}
