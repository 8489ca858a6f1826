package app.handshake.deployments;

import app.handshake.shared.Location;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A site of a deployment as a reader sees it: where, how many seats, when it goes live, who is responsible on
 * either side (a customer contact the reader may not see has no name here), its latest adoption and since when it
 * is in active use.
 */
public record Site(UUID id, long version, String name, Location location, int licensedSeats,
        @Nullable LocalDate goLiveOn, @Nullable UUID customerPersonId, @Nullable String customerPersonName,
        @Nullable UUID teamUserId, @Nullable String teamUserName, @Nullable LocalDate firstUsageOn,
        @Nullable LocalDate lastUsageOn, @Nullable Integer lastActiveUsers, @Nullable LocalDate activeSince) {

    /** The day it counts as live: its go-live day, or without one its first day of usage. */
    public @Nullable LocalDate liveFrom() {
        return goLiveOn != null ? goLiveOn : firstUsageOn;
    }

    /** The latest day's active users as a whole percentage of the seats (rounded down), or null before any usage. */
    public @Nullable Integer adoptionPercent() {
        return lastActiveUsers == null ? null : (int) Math.min(100L, lastActiveUsers * 100L / licensedSeats);
    }

    public boolean inActiveUse() {
        return activeSince != null;
    }
}
