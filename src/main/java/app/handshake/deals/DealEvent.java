package app.handshake.deals;

import app.handshake.shared.Ids;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of a deal's history: created, moved, won, lost, walked away or reopened, by whom and when. */
record DealEvent(UUID id, UUID dealId, OffsetDateTime occurredAt, @Nullable UUID actorId, Kind kind,
        @Nullable UUID fromStageId, @Nullable UUID toStageId, @Nullable String reason, @Nullable String competitor) {

    enum Kind {
        created, moved, won, lost, walked_away, reopened
    }

    static DealEvent created(UUID dealId, UUID actorId, OffsetDateTime at, UUID stageId) {
        return new DealEvent(Ids.newId(), dealId, at, actorId, Kind.created, null, stageId, null, null);
    }

    static DealEvent moved(UUID dealId, UUID actorId, OffsetDateTime at, UUID from, UUID to) {
        return new DealEvent(Ids.newId(), dealId, at, actorId, Kind.moved, from, to, null, null);
    }

    static DealEvent closed(UUID dealId, UUID actorId, OffsetDateTime at, DealOutcome outcome, @Nullable String reason,
            @Nullable String competitor) {
        return new DealEvent(Ids.newId(), dealId, at, actorId, Kind.valueOf(outcome.name()), null, null, reason,
                competitor);
    }

    /** The reason of a reopening records the outcome it was reopened from. */
    static DealEvent reopened(UUID dealId, UUID actorId, OffsetDateTime at, DealOutcome from, UUID fromStage,
            UUID toStage) {
        return new DealEvent(Ids.newId(), dealId, at, actorId, Kind.reopened, fromStage, toStage,
                "was " + from.label(), null);
    }
}
