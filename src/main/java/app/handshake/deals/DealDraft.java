package app.handshake.deals;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user may write of a deal: never its owner, outcome or history, which only the deal's own transitions
 * change. A null stage on create is the pipeline's first; on update, the stage it is in.
 */
public record DealDraft(
        String name,
        @Nullable UUID organizationId,
        @Nullable Money value,
        @Nullable UUID stageId,
        @Nullable LocalDate expectedClose,
        @Nullable Visibility visibility,
        @Nullable List<Participant> people,
        @Nullable List<String> competitors,
        @Nullable UUID originDealId,
        @Nullable Integer nurtureEveryDays,
        @Nullable String notes) {

    /** A person in a role on the deal. */
    public record Participant(UUID personId, DealRole role) {}
}
