package app.handshake.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request: method, path, status and time taken. Query strings are left out, since
 * they may carry search terms about people; the secret in a calendar feed's address is masked, since
 * the address is the feed's only key.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("app.handshake.requests");
    private static final Pattern FEED_SECRET = Pattern.compile("cal_[^/.]*");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long micros = (System.nanoTime() - started) / 1_000;
            log.info("{} {} {} {}.{} ms", request.getMethod(), masked(request.getRequestURI()), response.getStatus(),
                    micros / 1000, String.format("%03d", micros % 1000));
        }
    }

    static String masked(String path) {
        return FEED_SECRET.matcher(path).replaceAll("cal_****");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/");
    }
}
