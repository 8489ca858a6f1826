package app.handshake.deployments;

/**
 * When a site is in active use: active users at or above {@code sharePercent} of its licensed seats on
 * {@code days} consecutive days. It reaches active use on the last of those days, and loses it on the last of as
 * many consecutive days below.
 */
public record ActiveUseRule(int sharePercent, int days) {

    /** Whether a day's active users reach the share of the seats; whole numbers, so 60% of 10 seats is 6 users. */
    boolean reaches(long activeUsers, int seats) {
        return activeUsers * 100 >= (long) sharePercent * seats;
    }

    /** The fewest active users that {@link #reaches reach} the share: the line drawn on a site's chart and bar. */
    public int thresholdUsers(int seats) {
        return (int) ((sharePercent * (long) seats + 99) / 100);
    }
}
