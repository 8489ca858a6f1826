package app.handshake.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of a user who was disabled, or whose password changed (all but the one it changed in),
 * on every node: sessions live in the database.
 */
@Component
class SessionTerminator<S extends Session> {

    private final FindByIndexNameSessionRepository<S> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<S> sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(UserDisabled event) {
        sessions.findByPrincipalName(event.userId().toString()).keySet().forEach(sessions::deleteById);
    }

    @EventListener
    void on(PasswordChanged event) {
        sessions.findByPrincipalName(event.userId().toString()).keySet().stream()
                .filter(id -> !id.equals(event.keptSessionId()))
                .forEach(sessions::deleteById);
    }
}
