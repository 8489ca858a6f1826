package app.handshake.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The user behind a request, by session or by API token. Controllers take it with
 * {@code @AuthenticationPrincipal} and hand {@link #actor()} to the services. Its name is the user's id,
 * which is how sessions are found again when the user is disabled.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final UserView user;
    private String passwordHash;

    SignedInUser(UserView user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public UserView user() {
        return user;
    }

    public Actor actor() {
        return user.actor();
    }

    public String displayName() {
        return user.displayName();
    }

    public boolean isAdmin() {
        return user.role() == Role.admin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.id().toString();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.user.id().equals(user.id());
    }

    @Override
    public int hashCode() {
        return user.id().hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + user.id() + ", " + user.role() + "]";
    }
}
