package app.handshake.platform;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of error the API answers with. Slugs are stable: clients may branch on them. */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", "Some fields are invalid", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "The request could not be read", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "Authentication is required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "You may not do this", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "No acceptable representation", HttpStatus.NOT_ACCEPTABLE),
    DUPLICATE("duplicate", "It already exists", HttpStatus.CONFLICT),
    CONFLICT("conflict", "The request conflicts with the current state", HttpStatus.CONFLICT),
    INVALID_TRANSITION("invalid-transition", "It cannot go there from where it is", HttpStatus.CONFLICT),
    STALE_VERSION("stale-version", "The record has changed since you read it", HttpStatus.PRECONDITION_FAILED),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request is too large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    PRECONDITION_REQUIRED("if-match-required", "An If-Match header is required", HttpStatus.PRECONDITION_REQUIRED),
    INTERNAL_ERROR("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR),
    DATABASE_UNAVAILABLE("database-unavailable", "The database is not reachable", HttpStatus.SERVICE_UNAVAILABLE);

    private final String slug;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create("/problems/" + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The type for an HTTP status that Spring itself produced (404 for an unknown path, 405, 415...). */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.value() == status && type != PRECONDITION_REQUIRED && type != CONFLICT && type != INVALID_TRANSITION
                    && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
