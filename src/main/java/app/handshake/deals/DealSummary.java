package app.handshake.deals;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A deal as a line of a list or a card on the board. {@code goingStale}: idle in its stage longer than it allows. */
public record DealSummary(UUID id, String name, @Nullable UUID organizationId, @Nullable String organizationName,
        UUID ownerId, String ownerName, UUID stageId, String stageName, @Nullable Money value,
        @Nullable LocalDate expectedClose, DealOutcome outcome, @Nullable OffsetDateTime closedAt, boolean wonBack,
        Visibility visibility, OffsetDateTime lastActivityAt, boolean goingStale) {}
