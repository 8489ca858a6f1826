package app.handshake.accounts;

/** What a user may do in the workspace. Managers also see their reports' records; admins see all. */
public enum Role {
    admin, manager, member
}
