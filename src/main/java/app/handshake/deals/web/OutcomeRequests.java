package app.handshake.deals.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The bodies of a deal's transitions. */
final class OutcomeRequests {

    private OutcomeRequests() {}

    record Win(@Size(max = 2000) @Nullable String note) {}

    /** A reason from the workspace's list (by id, or by its label in {@code reason}), free text, or both. */
    record Lose(@Nullable UUID reasonId, @Size(max = 2000) @Nullable String reason,
            @Size(max = 200) @Nullable String competitor) {}

    record WalkAway(@Size(max = 2000) @Nullable String reason) {}

    record Reopen(@Nullable UUID stageId) {}

    record Move(@NotNull UUID stageId) {}
}
