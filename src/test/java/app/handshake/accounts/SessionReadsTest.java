package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.HandshakeTest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A page reads its session from the store once. Spring Session's filter commits the session when the page is sent
 * and again when the request ends, and reads it again for the second commit; within one request the store answers
 * that read from the session it has just saved. Run through Spring Session's own filter over the real JDBC store.
 */
@HandshakeTest
class SessionReadsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private CountedReads store;
    private SparingSessionRepository<Session> sessions;

    @BeforeEach
    void overTheRealStore() {
        store = new CountedReads(new JdbcIndexedSessionRepository(jdbc, new TransactionTemplate(transactions)));
        sessions = new SparingSessionRepository<>(store);
    }

    @Test
    void aPageSentBeforeItsRequestEndsReadsItsSessionOnce() throws Exception {
        Session session = storedSession();

        String body = page(session.getId(), request -> {
            HttpSession http = request.getSession(false);
            return "hello " + http.getAttribute("name");
        });

        assertThat(body).isEqualTo("hello Ada");
        assertThat(store.reads.get()).isEqualTo(1);
    }

    @Test
    void withoutTheRequestsSpanEachCommitReadsTheSessionAgain() throws Exception {
        Session session = storedSession();

        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionRepositoryFilter<>(sessions).doFilter(requestWith(session.getId()), response,
                sendsPage(request -> "hello " + request.getSession(false).getAttribute("name")));

        // the behaviour the span is for: if Spring Session stops reading twice, the span can go
        assertThat(store.reads.get()).isEqualTo(2);
    }

    @Test
    void whatThePageChangedBeforeAndAfterSendingIsStored() throws Exception {
        Session session = storedSession();

        page(session.getId(), request -> {
            request.getSession(false).setAttribute("notice", "Saved.");
            return "page";
        }, request -> request.getSession(false).setAttribute("after", "sent"));

        Session stored = store.findById(session.getId());
        assertThat((String) stored.getAttribute("name")).isEqualTo("Ada");
        assertThat((String) stored.getAttribute("notice")).isEqualTo("Saved.");
        assertThat((String) stored.getAttribute("after")).isEqualTo("sent");
    }

    @Test
    void aSessionEndedDuringTheRequestIsNotFoundAgainAndANewIdReplacesTheOld() throws Exception {
        Session ended = storedSession();
        Session renamed = storedSession();
        String oldId = renamed.getId();

        new SparingSessionRepository.OneRequest().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                (request, response) -> {
                    Session found = sessions.findById(ended.getId());
                    sessions.save(found);
                    sessions.deleteById(ended.getId());
                    assertThat(sessions.findById(ended.getId())).isNull();

                    Session signedIn = sessions.findById(oldId);
                    sessions.save(signedIn);
                    String newId = signedIn.changeSessionId();
                    sessions.save(signedIn);
                    assertThat(sessions.findById(oldId)).isNull();
                    assertThat(sessions.findById(newId)).isSameAs(signedIn);
                });

        assertThat(store.findById(ended.getId())).isNull();
    }

    @Test
    void outsideARequestEveryReadGoesToTheStore() {
        Session session = storedSession();
        Session found = sessions.findById(session.getId());
        sessions.save(found);
        sessions.findById(session.getId());

        assertThat(store.reads.get()).isEqualTo(2);
    }

    private Session storedSession() {
        Session session = sessions.createSession();
        session.setAttribute("name", "Ada");
        sessions.save(session);
        store.reads.set(0);
        return session;
    }

    private String page(String sessionId, Page page) throws Exception {
        return page(sessionId, page, request -> { });
    }

    /** A request through the span and Spring Session's filter: the page is sent, then {@code after} runs. */
    private String page(String sessionId, Page page, AfterSending after) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SessionRepositoryFilter<Session> sessionFilter = new SessionRepositoryFilter<>(sessions);
        FilterChain sends = sendsPage(page);
        new SparingSessionRepository.OneRequest().doFilter(requestWith(sessionId), response,
                (request, reply) -> sessionFilter.doFilter(request, reply, (inner, innerReply) -> {
                    sends.doFilter(inner, innerReply);
                    try {
                        after.run((HttpServletRequest) inner);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
        return response.getContentAsString();
    }

    private static FilterChain sendsPage(Page page) {
        return (request, response) -> {
            try {
                response.getWriter().write(page.render((HttpServletRequest) request));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            response.flushBuffer(); // sent: the session filter commits the session here
        };
    }

    private static MockHttpServletRequest requestWith(String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setCookies(new Cookie("SESSION",
                Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        return request;
    }

    @FunctionalInterface
    private interface Page {
        String render(HttpServletRequest request) throws Exception;
    }

    @FunctionalInterface
    private interface AfterSending {
        void run(HttpServletRequest request) throws Exception;
    }

    /** The JDBC store, counting the sessions read from it by id. */
    private static final class CountedReads implements FindByIndexNameSessionRepository<Session> {

        final AtomicInteger reads = new AtomicInteger();
        private final FindByIndexNameSessionRepository<Session> store;

        @SuppressWarnings({"unchecked", "rawtypes"})
        CountedReads(JdbcIndexedSessionRepository store) {
            this.store = (FindByIndexNameSessionRepository) store;
        }

        @Override
        public Session createSession() {
            return store.createSession();
        }

        @Override
        public void save(Session session) {
            store.save(session);
        }

        @Override
        public Session findById(String id) {
            reads.incrementAndGet();
            return store.findById(id);
        }

        @Override
        public void deleteById(String id) {
            store.deleteById(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return store.findByIndexNameAndIndexValue(indexName, indexValue);
        }
    }
}
