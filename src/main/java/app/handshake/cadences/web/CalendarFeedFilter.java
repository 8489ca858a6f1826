package app.handshake.cadences.web;

import app.handshake.cadences.CalendarFeeds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves the iCalendar feed a calendar application subscribes to; the secret in the address is the key.
 * It answers before sessions, Spring Security and Spring MVC see the request, because each of them logs
 * the request's path at DEBUG, and here the path is a credential. The request log masks it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the request log, before the session and security filters
class CalendarFeedFilter extends OncePerRequestFilter {

    private static final Pattern FEED = Pattern.compile("/calendar/([^/]+)\\.ics");

    private final CalendarFeeds feeds;

    CalendarFeedFilter(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !FEED.matcher(request.getServletPath()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(request.getMethod());
        if (!head && !"GET".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        Matcher feed = FEED.matcher(request.getServletPath());
        Optional<String> calendar = feed.matches() ? feeds.feed(feed.group(1)) : Optional.empty();
        if (calendar.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }
}
