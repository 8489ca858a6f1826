package app.handshake.deals;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A line of a deal's stage and outcome history, with the names of who and which stages. */
public record DealHistoryEntry(UUID id, OffsetDateTime occurredAt, @Nullable UUID actorId, @Nullable String actorName,
        String kind, @Nullable String fromStage, @Nullable String toStage, @Nullable String reason,
        @Nullable String competitor) {}
