package app.handshake.deployments;

import app.handshake.shared.InvalidRequestException;

/**
 * The workspace's rule of active use and of health: a site is in active use at {@code activeSharePercent} of its
 * seats for {@code activeDays} days; a deployment is at risk when an obstacle is open longer than
 * {@code obstacleDays} or a site's adoption has fallen for {@code fallingDays}, and stalled when a blocking obstacle
 * is open, or nothing has moved, for {@code stalledDays}.
 */
public record DeploymentSettings(int activeSharePercent, int activeDays, int obstacleDays, int fallingDays,
        int stalledDays) {

    public DeploymentSettings {
        check("activeSharePercent", activeSharePercent, 1, 100);
        check("activeDays", activeDays, 1, 365);
        check("obstacleDays", obstacleDays, 1, 365);
        check("fallingDays", fallingDays, 2, 90);
        check("stalledDays", stalledDays, 1, 365);
    }

    public ActiveUseRule activeUse() {
        return new ActiveUseRule(activeSharePercent, activeDays);
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max);
        }
    }
}
