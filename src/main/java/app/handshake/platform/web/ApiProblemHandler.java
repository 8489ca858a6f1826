package app.handshake.platform.web;

import app.handshake.platform.ProblemType;
import app.handshake.platform.RefusedValue;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every error of an API controller into RFC 9457 problem details of a {@link ProblemType}.
 * Clients get a stable type, a human detail and, for validation, each field at fault; never a stack
 * trace or a class name.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** One field at fault, as clients read it from the {@code errors} member. */
    record FieldProblem(String field, String message) {}

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.NOT_FOUND, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badArgument(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        // A path id that is not even a UUID names nothing that exists.
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            return respond(Problems.of(ProblemType.NOT_FOUND, "Nothing exists at this address", request.getRequestURI()));
        }
        return respond(validation(List.of(new FieldProblem(e.getName(), "has the wrong type"))));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(validation(List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.FORBIDDEN, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(app.handshake.shared.InvalidTransitionException.class)
    ResponseEntity<ProblemDetail> invalidTransition(app.handshake.shared.InvalidTransitionException e,
            HttpServletRequest request) {
        return respond(Problems.of(ProblemType.INVALID_TRANSITION, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(app.handshake.shared.ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(app.handshake.shared.ConflictException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.CONFLICT, e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(DuplicateRecordException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateRecordException e) {
        ProblemDetail problem = Problems.of(ProblemType.DUPLICATE, e.getMessage());
        if (e.existingId() != null) {
            problem.setProperty("existingId", e.existingId());
            problem.setProperty("existing", "/api/" + e.kind() + "/" + e.existingId());
        }
        return respond(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e) {
        ProblemDetail problem = Problems.of(ProblemType.STALE_VERSION, e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return ResponseEntity.status(problem.getStatus())
                .eTag(Long.toString(e.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrentWrite(OptimisticLockingFailureException e) {
        return respond(Problems.of(ProblemType.STALE_VERSION,
                "Someone else changed this record at the same moment; read it again and retry"));
    }

    /** A constraint the checks before it could not see coming, such as a record deleted a moment ago. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException e) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("22")) {
            // A data exception (a value out of range, text the database cannot hold): retrying cannot help.
            log.warn("Data exception answered with 400: {}", sql.getSQLState());
            return respond(Problems.of(ProblemType.VALIDATION_FAILED,
                    "A value is outside what can be stored; nothing was changed"));
        }
        log.warn("Integrity violation answered with 409: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(ProblemType.CONFLICT,
                "The request conflicts with a change made at the same moment; read again and retry"));
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e) {
        return respond(Problems.of(ProblemType.PRECONDITION_REQUIRED, e.getMessage()));
    }

    /** The database did not give a connection within the pool's timeout: say so at once, and when to retry. */
    @ExceptionHandler({org.springframework.transaction.CannotCreateTransactionException.class,
            org.springframework.dao.DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) {
        if (!DatabaseOutage.isOutage(e)) {
            return unexpected(e, request);
        }
        log.warn("{} {} answered 503: the database is not reachable", request.getMethod(), request.getRequestURI());
        return ResponseEntity.status(503).header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .body(Problems.of(ProblemType.DATABASE_UNAVAILABLE,
                        "Handshake cannot reach its database right now; nothing was changed. Try again in a moment.",
                        request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "The request failed on our side; it has been logged. Please try again later."));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : ex.getBindingResult().getFieldErrors()) {
            fields.add(new FieldProblem(error.getField(), error.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> fields.add(new FieldProblem(null, error.getDefaultMessage())));
        return asObject(validation(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return asObject(validation(fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The body is not valid JSON for this request";
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + path(unknown) + "'";
        } else if (ex.getCause() instanceof RefusedValue refused && !refused.getPath().isEmpty()) {
            return asObject(validation(List.of(new FieldProblem(path(refused), refused.reason()))));
        } else if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return asObject(validation(List.of(new FieldProblem(path(jackson), "has a value of the wrong type or format"))));
        } else if (ex.getCause() instanceof tools.jackson.core.exc.StreamReadException read
                && String.valueOf(read.getOriginalMessage()).startsWith("Duplicate Object property")) {
            java.util.regex.Matcher name = java.util.regex.Pattern.compile("\"([^\"]*)\"")
                    .matcher(read.getOriginalMessage());
            detail = "Field '" + (name.find() ? name.group(1) : "?") + "' is given more than once";
        }
        return asObject(Problems.of(ProblemType.MALFORMED_REQUEST, detail));
    }

    /** An upload above the limit: say what the limit is. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        long limit = ex.getMaxUploadSize();
        if (limit <= 0) {
            // Tomcat names the limit in its own message: "... maximum permitted size of 2097152 bytes."
            java.util.regex.Matcher bytes = java.util.regex.Pattern.compile("(\\d+) bytes")
                    .matcher(String.valueOf(ex.getMostSpecificCause().getMessage()));
            limit = bytes.find() ? Long.parseLong(bytes.group(1)) : -1;
        }
        String detail = limit > 0 ? "The file is larger than the limit of " + (limit >= 1L << 30 ? limit / (1L << 30) + "GB"
                : limit / (1L << 20) + "MB") + "; nothing was stored" : "The file is larger than the upload limit";
        return asObject(Problems.of(ProblemType.PAYLOAD_TOO_LARGE, detail));
    }

    /** Gives Spring's own MVC errors (405, 415, 406, missing parameter...) our problem types. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : body == null && ex instanceof org.springframework.web.ErrorResponse error ? error.getBody() : null;
        if (problem != null && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemType.forStatus(statusCode.value()).uri());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ProblemDetail validation(List<FieldProblem> fields) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, fields.size() != 1
                ? "Check the fields listed in 'errors'"
                : fields.getFirst().field() == null ? fields.getFirst().message()
                : "'" + fields.getFirst().field() + "' " + fields.getFirst().message());
        problem.setProperty("errors", fields);
        return problem;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> asObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

}
