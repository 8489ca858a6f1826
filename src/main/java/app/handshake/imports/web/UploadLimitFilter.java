package app.handshake.imports.web;

import app.handshake.platform.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than the limit before anything reads it, with a problem that says the limit.
 * Left to the servlet container, the first filter that asks for a parameter would end the request with
 * an empty 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:2GB}") DataSize limit) {
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/api/imports"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit.toBytes()) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close");
            ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
            response.getWriter().write("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title() + "\","
                    + "\"status\":413,\"detail\":\"The file is larger than the limit of " + describe(limit)
                    + "; nothing was stored\",\"instance\":\"/api/imports\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String describe(DataSize size) {
        return size.toGigabytes() >= 1 ? size.toGigabytes() + "GB" : size.toMegabytes() + "MB";
    }
}
