package app.handshake.platform.web;

import app.handshake.platform.ProblemType;
import app.handshake.shared.PageRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What every operation shares, by rules that follow from how the API works: the error answers it can get,
 * as RFC 9457 problem details (the {@code ProblemDetail} schema), what If-Match means where it is taken, and
 * the bounds of paging ({@code limit}, {@code after}).
 * A status an operation declares itself (409 on a create, 403 on an admin's read) keeps its description.
 *
 * <ul>
 * <li>401 everywhere: every operation needs a token;
 * <li>400 where the client sends a body, query or header parameter (a field invalid, JSON unreadable);
 * <li>403 on every write (permissions, and the CSRF token of a request signed in by session);
 * <li>404 where a path names a record; 409 on POST and PUT (a duplicate, or a change made at the same moment);
 * <li>412 where If-Match is taken, 428 where it is required: every PUT replaces a record and must name the
 * version it builds on ({@link ETags#required}), a DELETE or a merge may;
 * <li>413 on uploads, 415 wherever a body is read.
 * </ul>
 */
@Component
class OperationRules implements OpenApiCustomizer {

    static final String PROBLEM = "ProblemDetail";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_PROBLEM, fieldProblemSchema());
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach(this::describe));
        }
    }

    private void describe(PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        parameters.forEach(OperationRules::paging);
        Parameter ifMatch = parameters.stream()
                .filter(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName())).findFirst()
                .orElse(null);
        if (ifMatch != null) {
            boolean required = method == PathItem.HttpMethod.PUT;
            ifMatch.required(required).description(required
                    ? "The ETag you read: the change applies only to that version (412 if it changed meanwhile, 428 without it)"
                    : "The ETag you read, to act only on that version (412 if it changed meanwhile); * or none: any version");
        }
        ApiResponses responses = operation.getResponses();
        problems(method, operation, parameters, ifMatch).forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description));
            }
        });
        Map<String, ApiResponse> ordered = new TreeMap<>(responses);
        ordered.forEach(OperationRules::tidy);
        responses.clear();
        responses.putAll(new LinkedHashMap<>(ordered));
    }

    /** The problems an operation can answer with, by status, as the rules above give them. */
    private static Map<String, String> problems(PathItem.HttpMethod method, Operation operation, List<Parameter> parameters,
            Parameter ifMatch) {
        boolean body = operation.getRequestBody() != null;
        Map<String, String> rules = new TreeMap<>();
        rules.put("401", "No valid API token (or session): `" + ProblemType.UNAUTHENTICATED.uri() + "`");
        if (body || parameters.stream().anyMatch(p -> !"path".equals(p.getIn()))) {
            rules.put("400", "A field or parameter is invalid (`" + ProblemType.VALIDATION_FAILED.uri()
                    + "`, each in `errors`) or the request cannot be read (`" + ProblemType.MALFORMED_REQUEST.uri() + "`)");
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            rules.put("403", "Not allowed for the caller, or a request signed in by session without its CSRF token: `"
                    + ProblemType.FORBIDDEN.uri() + "`");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            rules.put("404", "Nothing the caller may see has this id: `" + ProblemType.NOT_FOUND.uri() + "`");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
            rules.put("409", "A value belongs to another record (`" + ProblemType.DUPLICATE.uri() + "`, with `existing`) or "
                    + "a change made at the same moment conflicts (`" + ProblemType.CONFLICT.uri() + "`)");
        }
        if (ifMatch != null) {
            rules.put("412", "The record changed since it was read; nothing was changed (`" + ProblemType.STALE_VERSION.uri()
                    + "`, with `currentVersion` and the current ETag)");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                rules.put("428", "If-Match is missing: `" + ProblemType.PRECONDITION_REQUIRED.uri() + "`");
            }
        }
        if (body) {
            rules.put("415", "The body is not of a type this operation reads: `" + ProblemType.UNSUPPORTED_MEDIA_TYPE.uri() + "`");
            if (operation.getRequestBody().getContent() != null
                    && operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
                rules.put("413", "The file is larger than the upload limit: `" + ProblemType.PAYLOAD_TOO_LARGE.uri() + "`");
            }
        }
        return rules;
    }

    /** Every error answer is a problem, declared or by rule; a 412 tells the version the record is at. */
    private static void tidy(String status, ApiResponse response) {
        if (response.getHeaders() != null) {
            // A reference stands alone: springdoc adds the default style beside it, which 3.1 would ignore.
            response.getHeaders().values().stream().filter(h -> h.get$ref() != null).forEach(h -> h.setStyle(null));
        }
        if (status.startsWith("4") || status.startsWith("5")) {
            response.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(OpenApiSchemas.ref(PROBLEM))));
        }
        if (status.equals("412") && (response.getHeaders() == null || !response.getHeaders().containsKey("ETag"))) {
            response.addHeaderObject("ETag", new Header().schema(OpenApiSchemas.string())
                    .description("The version the record is at now (not when two writes met at the same moment)"));
        }
    }

    /** Every list pages the same way (PageRequest). */
    private static void paging(Parameter parameter) {
        if (!"query".equals(parameter.getIn())) {
            return;
        }
        if ("limit".equals(parameter.getName()) && parameter.getSchema() != null) {
            parameter.description("How many items a page holds").getSchema().minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))._default(PageRequest.DEFAULT_LIMIT);
        } else if ("after".equals(parameter.getName())) {
            parameter.description("The `next` of the page before; left out for the first page");
        }
    }

    private static Schema<?> problemSchema() {
        Schema<Object> uriReference = OpenApiSchemas.string().format("uri-reference");
        Schema<Object> problem = OpenApiSchemas.of("object");
        problem.description("An RFC 9457 problem: `type` is stable (/problems/<slug>) and is what clients branch on; "
                + "`title` and `detail` are for people.");
        problem.addProperty("type", OpenApiSchemas.string().format("uri-reference")
                .description("/problems/ followed by one of: " + slugs()).example(ProblemType.NOT_FOUND.uri().toString()));
        problem.addProperty("title", OpenApiSchemas.string().description("A short summary of the type"));
        problem.addProperty("status", OpenApiSchemas.of("integer").format("int32").minimum(BigDecimal.valueOf(400))
                .maximum(BigDecimal.valueOf(599)).description("The HTTP status"));
        problem.addProperty("detail", OpenApiSchemas.string().description("What went wrong with this request"));
        problem.addProperty("instance", uriReference.description("The path the request was sent to"));
        Schema<Object> errors = OpenApiSchemas.of("array");
        errors.items(OpenApiSchemas.ref(FIELD_PROBLEM)).description("validation-failed: each field at fault");
        problem.addProperty("errors", errors);
        problem.addProperty("existing", OpenApiSchemas.string().format("uri-reference")
                .description("duplicate: the record that holds the value, when the caller may see it"));
        problem.addProperty("existingId", OpenApiSchemas.string().format("uuid")
                .description("duplicate: the id of that record"));
        problem.addProperty("currentVersion", OpenApiSchemas.of("integer").format("int64")
                .description("stale-version: the version the record is at now"));
        problem.required(List.of("type", "title", "status"));
        return problem;
    }

    private static Schema<?> fieldProblemSchema() {
        Schema<Object> field = OpenApiSchemas.of("object");
        field.description("A field at fault and why");
        field.addProperty("field", OpenApiSchemas.of("string", "null")
                .description("The field's path, such as emails[0].address; null when the fault is not one field's"));
        field.addProperty("message", OpenApiSchemas.string());
        field.required(List.of("field", "message"));
        return field;
    }

    private static String slugs() {
        return String.join(", ", java.util.Arrays.stream(ProblemType.values()).map(ProblemType::slug).toList());
    }
}
