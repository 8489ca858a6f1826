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

    /**
     * Whether this actor sees all of a user's account (role, manager, enabled): admins, the user themselves, and
     * their manager. Everyone else needs only a name and an email to pick a colleague.
     */
    public boolean seesAccountOf(UserView user) {
        return isAdmin() || userId.equals(user.id()) || userId.equals(user.managerId());
    }
}
