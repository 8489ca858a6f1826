package app.handshake.deals;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One deal as its reader may see it: people and the origin deal the reader may not see are left out, and an
 * organization they may not see hides the deal altogether.
 */
public record DealDetails(UUID id, long version, String name, @Nullable UUID organizationId,
        @Nullable String organizationName, UUID ownerId, String ownerName, Visibility visibility, PipelineStage stage,
        @Nullable Money value, @Nullable LocalDate expectedClose, DealOutcome outcome, @Nullable OffsetDateTime closedAt,
        @Nullable LossReason lossReason, @Nullable String outcomeNote, @Nullable String wonBy, boolean wonBack,
        @Nullable Linked origin, List<Linked> followOns, List<Person> people, List<String> competitors,
        @Nullable Integer nurtureEveryDays, @Nullable String notes, OffsetDateTime lastActivityAt, boolean goingStale,
        boolean mayManage, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** A person on the deal, in a role. */
    public record Person(UUID personId, String name, DealRole role) {}

    /** Another deal this one came from or led to. */
    public record Linked(UUID id, String name, DealOutcome outcome) {}
}
