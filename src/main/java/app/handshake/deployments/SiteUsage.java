package app.handshake.deployments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A site's active users day by day over a span, with its seats and the line of active use: {@code thresholdUsers}
 * active users reach the workspace's share of the seats.
 */
public record SiteUsage(UUID siteId, String name, int licensedSeats, int sharePercent, int thresholdUsers,
        LocalDate from, LocalDate to, List<Point> days) {

    public record Point(LocalDate day, int activeUsers) {}
}
