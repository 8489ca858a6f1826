package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api.Reply;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks real answers against the OpenAPI document: the status is one the operation documents, the media type
 * too, the body passes the documented schema (OpenAPI 3.1 dialect, formats asserted) and the documented
 * headers are there. Stricter than the document itself: an object schema accepts no property it does not
 * list, so a field the server writes but the document leaves out fails as well.
 */
final class DocumentedAnswers {

    private static final String BASE = "https://handshake.test/openapi.json";
    private static final Set<String> CHECKED_HEADERS = Set.of("etag", "location", "content-disposition");

    private final JsonNode document;
    private final SchemaRegistry schemas;

    DocumentedAnswers(JsonNode document, JsonMapper json) {
        this.document = document;
        ObjectNode strict = (ObjectNode) document.deepCopy();
        strict.get("components").get("schemas").properties().forEach(schema -> {
            if (schema.getValue().has("properties") && !schema.getValue().has("additionalProperties")) {
                ((ObjectNode) schema.getValue()).put("additionalProperties", false);
            }
        });
        String text = json.writeValueAsString(strict);
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder.schemas(Map.of(BASE, text)));
    }

    /** The operation at this path template, as the document has it. */
    JsonNode operation(String method, String pathTemplate) {
        JsonNode operation = document.path("paths").path(pathTemplate).path(method.toLowerCase());
        assertThat(operation.isMissingNode()).as("%s %s is documented", method, pathTemplate).isFalse();
        return operation;
    }

    /** Fails unless the reply is one the document describes for this operation, body and headers included. */
    Reply check(String method, String pathTemplate, Reply reply) {
        String what = method + " " + pathTemplate + " answering " + reply.status() + " " + reply.raw();
        JsonNode response = operation(method, pathTemplate).path("responses").path(Integer.toString(reply.status()));
        assertThat(response.isMissingNode()).as("status documented: %s", what).isFalse();

        String contentType = reply.header("Content-Type");
        if (reply.raw().isEmpty()) {
            assertThat(response.has("content")).as("no content documented: %s", what).isFalse();
        } else {
            String media = contentType.split(";")[0].strip();
            assertThat(response.path("content").has(media)).as("media type %s documented: %s", media, what).isTrue();
            if (media.endsWith("json")) {
                String pointer = "/paths/" + escape(pathTemplate) + "/" + method.toLowerCase() + "/responses/"
                        + reply.status() + "/content/" + escape(media) + "/schema";
                List<String> errors = validate(pointer, reply.raw());
                assertThat(errors).as("the body fits its schema: %s", what).isEmpty();
            }
        }
        List<String> documented = new ArrayList<>();
        response.path("headers").properties().forEach(header -> {
            documented.add(header.getKey().toLowerCase());
            JsonNode definition = header.getValue().has("$ref")
                    ? document.at(header.getValue().get("$ref").asString().substring(1)) : header.getValue();
            if (definition.path("required").asBoolean()) {
                assertThat(reply.header(header.getKey())).as("required header %s sent: %s", header.getKey(), what)
                        .isNotNull();
            }
        });
        for (String header : CHECKED_HEADERS) {
            if (reply.header(header) != null) {
                assertThat(documented).as("header %s is documented: %s", header, what).contains(header);
            }
        }
        return reply;
    }

    private List<String> validate(String pointer, String body) {
        Schema schema = schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer));
        List<Error> errors = schema.validate(body, InputFormat.JSON,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(Error::toString).toList();
    }

    /** A JSON pointer token, as it may stand in a URI fragment. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
