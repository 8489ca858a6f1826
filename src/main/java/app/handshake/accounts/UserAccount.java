package app.handshake.accounts;

import app.handshake.shared.EmailAddress;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Text;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A member of the team who signs in to Handshake. Never deleted: disabling keeps their records. */
@Table("app_user")
class UserAccount {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String email;
    private String displayName;
    private Role role;
    private UUID managerId;
    private String passwordHash;
    private boolean enabled;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    // Chosen through TimeZones, never written with the account: a save of an account read earlier keeps it.
    @ReadOnlyProperty
    private String timeZone;

    UserAccount() {}

    static UserAccount create(UUID id, String email, String displayName, Role role, UUID managerId,
            String passwordHash, OffsetDateTime now) {
        UserAccount user = new UserAccount();
        user.id = id;
        user.email = new EmailAddress(email).value();
        user.rename(displayName);
        user.role = role;
        user.managerId = managerId;
        user.passwordHash = passwordHash;
        user.enabled = true;
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }

    void rename(String newName) {
        String clean = Text.trimToNull(newName);
        if (clean == null) {
            throw new InvalidRequestException("displayName", "must not be empty");
        }
        this.displayName = clean;
    }

    void assign(Role newRole, UUID newManagerId, OffsetDateTime now) {
        if (id.equals(newManagerId)) {
            throw new InvalidRequestException("managerId", "a user cannot be their own manager");
        }
        this.role = newRole;
        this.managerId = newManagerId;
        this.updatedAt = now;
    }

    void changePasswordHash(String newHash, OffsetDateTime now) {
        this.passwordHash = newHash;
        this.updatedAt = now;
    }

    void setEnabled(boolean enabled, OffsetDateTime now) {
        this.enabled = enabled;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    Role role() {
        return role;
    }

    UUID managerId() {
        return managerId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    OffsetDateTime createdAt() {
        return createdAt;
    }

    UserView view() {
        return new UserView(id, email, displayName, role, managerId, enabled, createdAt, version(),
                timeZone == null ? null : ZoneId.of(timeZone));
    }
}
