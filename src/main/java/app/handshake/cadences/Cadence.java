package app.handshake.cadences;

import app.handshake.shared.InvalidRequestException;
import app.handshake.touchpoints.Channel;
import java.util.UUID;

/**
 * Keep in touch every {@code intervalDays}; with a channel, only a touchpoint of that channel by anyone on
 * the team meets it ("a call every month"). {@code assigneeId} is who is reminded; null means the person's
 * owner.
 */
public record Cadence(int intervalDays, Channel channel, UUID assigneeId) {

    public Cadence {
        if (intervalDays < 1 || intervalDays > 3650) {
            throw new InvalidRequestException("intervalDays", "must be between 1 and 3650 days");
        }
    }
}
