package app.handshake.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, writing a session's last access only once it has moved on by {@link #STEP}.
 *
 * <p>The session filter stamps every request's session with the time it came; the JDBC store then writes
 * that stamp back, a row update and a commit for each page a person opens, when nothing else about the
 * session changed. Here the stamp is kept only when it is a step past the stored one. A session therefore
 * ends at most one step before its full idle time (8 hours by default); new sessions, a changed id, a new
 * idle time and attributes are written as before.
 */
final class SparingSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<Session>,
        DisposableBean {

    static final Duration STEP = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<S> store;

    SparingSessionRepository(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public Session createSession() {
        return new SparingSession<>(store.createSession());
    }

    @Override
    public void save(Session session) {
        store.save(unwrap(session));
    }

    @Override
    public Session findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new SparingSession<>(found);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }

    @Override
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new SparingSession<>(session)));
        return found;
    }

    /** The store may own threads (its clean-up of expired sessions); they end with it. */
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @SuppressWarnings("unchecked")
    private S unwrap(Session session) {
        return session instanceof SparingSession<?> sparing ? (S) sparing.stored : (S) session;
    }

    /** A stored session that takes a new last access only when it is a step past the one it has. */
    private static final class SparingSession<T extends Session> implements Session {

        private final T stored;

        SparingSession(T stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(STEP))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <A> A getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
