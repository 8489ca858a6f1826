package app.handshake.accounts;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A user as other modules and the pages see them: never the password hash. */
public record UserView(UUID id, String email, String displayName, Role role, UUID managerId, boolean enabled,
        OffsetDateTime createdAt, long version) implements java.io.Serializable {

    public Actor actor() {
        return new Actor(id, role);
    }
}
