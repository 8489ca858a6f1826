package app.handshake.accounts;

import app.handshake.shared.DuplicateRecordException;
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
import org.springframework.dao.DataIntegrityViolationException;
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
            if (created(settings.email(), settings.password())) {
                log.info("Created the first admin, {}.", settings.email());
            }
            return;
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (!created(FALLBACK_EMAIL, password)) {
            return;
        }
        log.warn("""
                No admin was configured (HANDSHAKE_ADMIN_EMAIL, HANDSHAKE_ADMIN_PASSWORD), so one was created:
                    email:    {}
                    password: {}
                Sign in and change the password on your account page. It is shown only this once.""",
                FALLBACK_EMAIL, password);
    }

    /**
     * Creates the admin unless another node starting at the same moment did: the address is unique, so one
     * insert wins and the others learn it here (and print no password that would not work).
     */
    private boolean created(String email, String password) {
        try {
            users.createFirstAdmin(email, settings.name(), password);
            return true;
        } catch (RuntimeException e) {
            if (!lostTheRace(e)) {
                throw e;
            }
            log.info("The first admin, {}, was created by another node starting at the same time.", email);
            return false;
        }
    }

    private static boolean lostTheRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DuplicateRecordException || t instanceof DataIntegrityViolationException) {
                return true;
            }
        }
        return false;
    }
}
