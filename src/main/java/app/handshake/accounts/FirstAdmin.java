package app.handshake.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives an empty workspace its first admin, from {@code HANDSHAKE_ADMIN_EMAIL} and
 * {@code HANDSHAKE_ADMIN_PASSWORD}. Without them it makes one with a random password and prints it once,
 * so that nobody is locked out of a fresh install. Runs before anything else that needs a user.
 */
@Component
class FirstAdmin {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    static final String FALLBACK_EMAIL = "admin@handshake.local";

    /** The first admin's sign-in, under {@code handshake.admin}. */
    @ConfigurationProperties("handshake.admin")
    record Settings(String email, String password, @DefaultValue("Admin") String name,
            @DefaultValue("true") boolean createOnEmpty) {

        @Override
        public String toString() {
            return "Settings[email=" + email + ", password=****, name=" + name + ", createOnEmpty=" + createOnEmpty + "]";
        }
    }

    private final Users users;
    private final Settings settings;

    FirstAdmin(Users users, Settings settings) {
        this.users = users;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ensureAdmin() {
        if (!settings.createOnEmpty() || !users.isEmpty()) {
            return;
        }
        if (settings.email() != null && settings.password() != null) {
            users.createFirstAdmin(settings.email(), settings.name(), settings.password());
            log.info("Created the first admin, {}.", settings.email());
            return;
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.createFirstAdmin(FALLBACK_EMAIL, settings.name(), password);
        log.warn("""
                No admin was configured (HANDSHAKE_ADMIN_EMAIL, HANDSHAKE_ADMIN_PASSWORD), so one was created:
                    email:    {}
                    password: {}
                Sign in and change the password on your account page. It is shown only this once.""",
                FALLBACK_EMAIL, password);
    }
}
