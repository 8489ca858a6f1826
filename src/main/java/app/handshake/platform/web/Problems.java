package app.handshake.platform.web;

import app.handshake.platform.ProblemType;
import java.net.URI;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details of our types. */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail, String instance) {
        ProblemDetail problem = of(type, detail);
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }
}
