package app.handshake.deployments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a user may write of a milestone; done records the day (today unless given). */
public record MilestoneDraft(String name, @Nullable LocalDate dueOn, @Nullable MilestoneStatus status,
        @Nullable LocalDate doneOn) {}
