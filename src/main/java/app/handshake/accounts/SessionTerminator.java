package app.handshake.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends every session of a user who was disabled, on every node (sessions live in the database). */
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
}
