package app.handshake.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user as other modules and the pages see them: never the password hash. {@code timeZone} is the zone they
 * chose (or their browser gave), null until then; {@link TimeZones#zoneOf(UserView)} gives the one to use.
 */
public record UserView(UUID id, String email, String displayName, Role role, UUID managerId, boolean enabled,
        OffsetDateTime createdAt, long version, @Nullable ZoneId timeZone) implements java.io.Serializable {

    public Actor actor() {
        return new Actor(id, role);
    }
}
