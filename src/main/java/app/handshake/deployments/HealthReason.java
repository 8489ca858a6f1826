package app.handshake.deployments;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One fact behind a deployment's health, in words and as data: what ({@code kind}), about which site, milestone
 * or obstacle ({@code subjectId}), since when and how many days.
 */
public record HealthReason(Kind kind, Health makes, String text, java.util.@Nullable UUID subjectId,
        @Nullable LocalDate since, @Nullable Integer days) {

    public enum Kind {
        milestone_late, obstacle_open, adoption_falling, no_usage, blocked, no_progress
    }
}
