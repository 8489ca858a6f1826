package app.handshake.accounts;

import java.util.UUID;

/** The user on whose behalf something is done; passed explicitly from the controller to the services. */
public record Actor(UUID userId, Role role) {

    public boolean isAdmin() {
        return role == Role.admin;
    }

    public boolean isManager() {
        return role == Role.manager;
    }
}
