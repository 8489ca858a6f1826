package app.handshake.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.GenericFilterBean;

/**
 * The session store, writing a session's last access only once it has moved on by {@link #STEP}.
 *
 * <p>The session filter stamps every request's session with the time it came; the JDBC store then writes
 * that stamp back, a row update and a commit for each page a person opens, when nothing else about the
 * session changed. Here the stamp is kept only when it is a step past the stored one. A session therefore
 * ends at most one step before its full idle time (8 hours by default); new sessions, a changed id, a new
 * idle time and attributes are written as before.
 *
 * <p>Within one request it also answers a read of a session it has just saved from what it saved. Spring
 * Session commits a request's session when the response is sent and again when the request ends, and each
 * commit forgets the session it had and reads it from the store again (spring-session issues 1424 and 1731):
 * every page would otherwise read its session twice. The request's span is marked by {@link OneRequest}, a
 * filter outside Spring Session's; outside such a span every read goes to the store.
 */
final class SparingSessionRepository<S extends Session> implements FindByIndexNameSessionRepository<Session>,
        DisposableBean {

    static final Duration STEP = Duration.ofMinutes(1);

    /** The sessions saved during the current request, by id; {@code null} outside a request. */
    private static final ThreadLocal<Map<String, Session>> SAVED_IN_REQUEST = new ThreadLocal<>();

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
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            // under its id now: a new id (after signing in) replaces the one it was saved under before
            saved.values().remove(session);
            saved.put(session.getId(), session);
        }
    }

    @Override
    public Session findById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        Session savedNow = saved == null ? null : saved.get(id);
        if (savedNow != null) {
            return savedNow;
        }
        S found = store.findById(id);
        return found == null ? null : new SparingSession<>(found);
    }

    @Override
    public void deleteById(String id) {
        Map<String, Session> saved = SAVED_IN_REQUEST.get();
        if (saved != null) {
            saved.remove(id);
        }
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

    /**
     * Marks one request's span for the store: it must run outside Spring Session's filter, whose last commit
     * comes after everything inside it has finished. A span already open (a dispatch within the request) is kept.
     */
    @Component
    static final class OneRequest extends GenericFilterBean implements Ordered {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (SAVED_IN_REQUEST.get() != null) {
                chain.doFilter(request, response);
                return;
            }
            SAVED_IN_REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                SAVED_IN_REQUEST.remove();
            }
        }

        @Override
        public int getOrder() {
            return SessionRepositoryFilter.DEFAULT_ORDER - 1;
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
