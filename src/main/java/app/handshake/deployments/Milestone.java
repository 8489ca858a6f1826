package app.handshake.deployments;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A step of a deployment with its due day; late when not done or dropped by then. */
public record Milestone(UUID id, long version, String name, @Nullable LocalDate dueOn, MilestoneStatus status,
        @Nullable LocalDate doneOn) {

    public boolean lateOn(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.finished();
    }
}
