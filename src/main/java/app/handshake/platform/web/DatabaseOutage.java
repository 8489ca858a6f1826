package app.handshake.platform.web;

import app.handshake.platform.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database is unreachable every request answers 503 within the pool's connection timeout (a few
 * seconds), with a Retry-After, instead of hanging and failing with a 500: problem details for the API, a
 * plain page for people. It wraps everything that may touch the database, sessions and sign-in included,
 * and writes its answer itself, since an error page would need the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)  // after the request log, before sessions and security
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    static final String RETRY_AFTER_SECONDS = "10";

    private final JsonMapper json;

    DatabaseOutage(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("{} {} answered 503: the database is not reachable", request.getMethod(), request.getRequestURI());
            answer(request, response);
        }
    }

    /** Whether this failure, or what caused it, is a connection the database would not give. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                    "Handshake cannot reach its database right now; nothing was changed. Try again in a moment.",
                    request.getRequestURI()));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write("""
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Handshake is unavailable</title>
                    <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                    <body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
                    <h1>Handshake is unavailable</h1>
                    <p>It cannot reach its database right now. Nothing you sent was saved. Try again in a moment.</p>
                    </body></html>
                    """.getBytes(StandardCharsets.UTF_8));
        }
    }
}
