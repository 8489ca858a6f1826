package app.handshake.deployments;

import app.handshake.shared.Location;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a user may write of a site. */
public record SiteDraft(String name, @Nullable Location location, int licensedSeats, @Nullable LocalDate goLiveOn,
        @Nullable UUID customerPersonId, @Nullable UUID teamUserId) {}
