package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import io.swagger.v3.oas.annotations.Operation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document describes the API as it behaves: every operation named, secured, with the statuses,
 * headers and problem details the server really answers; and the answers of the main scenario pass the
 * document's own schemas. The document is saved to target/openapi.json for the linter that CI runs on it.
 */
@HandshakeTest
class ApiContractTest {

    private static final String OPERATION_ID = "[a-z][a-zA-Z]+";

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    @Autowired
    ObjectProvider<BuildProperties> build;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    JsonNode document;

    @BeforeEach
    void readDocument() throws Exception {
        Reply reply = api.anonymous().get("/v3/api-docs");
        assertThat(reply.status()).as("served without a token").isEqualTo(200);
        document = reply.body();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(document));
    }

    @Test
    void titleAndVersionAreTheApplicationsOwn() {
        assertThat(document.get("openapi").asString()).startsWith("3.1");
        JsonNode info = document.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Handshake");
        BuildProperties properties = build.getIfAvailable();
        assertThat(info.get("version").asString()).isNotBlank().isNotEqualTo("v0")
                .isEqualTo(properties != null ? properties.getVersion() : "development");
    }

    @Test
    void everyOperationHasAStableNamedOperationId() {
        Map<String, String> seen = new HashMap<>();
        eachOperation((where, operation) -> {
            String id = operation.path("operationId").asString("");
            assertThat(id).as("operationId of %s", where).matches(OPERATION_ID).doesNotContain("_");
            assertThat(seen.put(id, where)).as("%s is also the operationId of %s", id, seen.get(id)).isNull();
        });
        assertThat(seen).containsKeys("listPeople", "createPerson", "getPerson", "updatePerson", "deletePerson",
                "mergePeople", "logTouchpoint", "issueToken", "startImport", "exportPeopleVcard");
    }

    /** Set by hand on each handler, so that adding an endpoint never renames another (springdoc's get_1, get_2). */
    @Test
    void everyApiHandlerNamesItsOperation() {
        List<String> unnamed = new ArrayList<>();
        handlers.getHandlerMethods().forEach((mapping, handler) -> {
            boolean api = mapping.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"));
            Operation operation = handler.getMethodAnnotation(Operation.class);
            if (api && (operation == null || !operation.operationId().matches(OPERATION_ID))) {
                unnamed.add(handler.getShortLogMessage());
            }
        });
        assertThat(unnamed).as("handlers without @Operation(operationId = ...)").isEmpty();
    }

    @Test
    void everyOperationNeedsATokenAndOnlyIssuingOneTakesAPassword() {
        JsonNode schemes = document.get("components").get("securitySchemes");
        assertThat(schemes.get("bearerAuth").get("type").asString()).isEqualTo("http");
        assertThat(schemes.get("bearerAuth").get("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(document.get("security").toString()).isEqualTo("[{\"bearerAuth\":[]}]");
        eachOperation((where, operation) -> {
            if (where.equals("POST /api/tokens")) {
                assertThat(operation.get("security").toString()).contains("basicAuth").contains("bearerAuth");
            } else {
                assertThat(operation.has("security")).as("%s keeps the document's bearer token", where).isFalse();
            }
        });
        assertThat(document.get("paths").has("/v3/api-docs")).isFalse();
    }

    @Test
    void errorsAreDocumentedAsProblemDetails() {
        JsonNode problem = document.get("components").get("schemas").get("ProblemDetail");
        assertThat(problem.get("properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors", "existing", "currentVersion");
        eachOperation((where, operation) -> {
            JsonNode responses = operation.get("responses");
            assertThat(responses.has("401")).as("401 on %s", where).isTrue();
            if (where.contains("{")) {
                assertThat(responses.has("404")).as("404 on %s", where).isTrue();
            }
            if (operation.has("requestBody")) {
                assertThat(responses.has("400") && responses.has("415")).as("400 and 415 on %s", where).isTrue();
            }
            if (!where.startsWith("GET")) {
                assertThat(responses.has("403")).as("403 on %s", where).isTrue();
            }
            responses.properties().forEach(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    assertThat(response.getValue().get("content").get("application/problem+json").get("schema")
                            .get("$ref").asString()).as("%s %s", where, response.getKey())
                            .isEqualTo("#/components/schemas/ProblemDetail");
                }
            });
        });
        assertThat(operation("POST", "/api/imports").get("responses").has("413")).isTrue();
    }

    @Test
    void putNeedsIfMatchAndDeleteMayGiveIt() {
        List<String> puts = new ArrayList<>();
        eachOperation((where, operation) -> {
            for (JsonNode parameter : operation.path("parameters")) {
                if (parameter.get("name").asString().equals("If-Match")) {
                    boolean put = where.startsWith("PUT");
                    assertThat(parameter.get("required").asBoolean()).as("If-Match required on %s", where).isEqualTo(put);
                    assertThat(operation.get("responses").has("412")).as("412 on %s", where).isTrue();
                    assertThat(operation.get("responses").has("428")).as("428 on %s", where).isEqualTo(put);
                    if (put) {
                        puts.add(where);
                    }
                }
            }
        });
        assertThat(puts).contains("PUT /api/people/{id}", "PUT /api/organizations/{id}", "PUT /api/touchpoints/{id}",
                "PUT /api/users/{id}");
    }

    @Test
    void successStatusesAndHeadersAreTheRealOnes() {
        eachOperation((where, operation) -> assertThat(operation.get("responses").propertyNames().stream()
                .filter(status -> status.startsWith("2")).count()).as("one success status for %s", where).isEqualTo(1));
        for (String create : List.of("/api/people", "/api/organizations", "/api/touchpoints", "/api/users")) {
            assertThat(operation("POST", create).get("responses").get("201").get("headers").propertyNames())
                    .as(create).containsExactlyInAnyOrder("Location", "ETag");
        }
        for (String read : List.of("/api/people/{id}", "/api/organizations/{id}", "/api/touchpoints/{id}")) {
            assertThat(operation("GET", read).get("responses").get("200").get("headers").has("ETag")).isTrue();
            assertThat(operation("PUT", read).get("responses").get("200").get("headers").has("ETag")).isTrue();
            JsonNode deleted = operation("DELETE", read).get("responses").get("204");
            assertThat(deleted).isNotNull();
            assertThat(deleted.has("content")).isFalse();
        }
        JsonNode accepted = operation("POST", "/api/imports").get("responses").get("202");
        assertThat(accepted.get("headers").has("Location")).isTrue();
        assertThat(accepted.get("content").get("application/json").get("schema").get("$ref").asString())
                .endsWith("/ImportJob");
    }

    @Test
    void exportsAreFilesOfTheirOwnMediaType() {
        Map<String, String> exports = Map.of("/api/exports/people.vcf", "text/vcard", "/api/exports/people.csv", "text/csv",
                "/api/exports/touchpoints.csv", "text/csv", "/api/exports/touchpoints.ics", "text/calendar");
        exports.forEach((path, media) -> {
            JsonNode content = operation("GET", path).get("responses").get("200").get("content");
            assertThat(content.propertyNames()).as(path).containsExactly(media);
            assertThat(content.get(media).get("schema").get("format").asString()).isEqualTo("binary");
            Reply download = api.get(path);
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Type")).startsWith(media);
        });
        assertThat(operation("POST", "/api/backup").get("responses").get("200").get("content").has("application/json"))
                .isTrue();
    }

    /** Create, read, change, list, log a touchpoint, and the errors on the way: every answer as documented. */
    @Test
    void answersOfTheMainScenarioPassTheDocumentsSchemas() {
        DocumentedAnswers answers = new DocumentedAnswers(document, json);
        String email = "grace-" + UUID.randomUUID().toString().substring(0, 8) + "@navy.example";

        Reply token = answers.check("POST", "/api/tokens", api.withHeaders(Map.of("Authorization", "Basic "
                + java.util.Base64.getEncoder().encodeToString((Api.ADMIN_EMAIL + ":" + Api.ADMIN_PASSWORD).getBytes())))
                .post("/api/tokens", Map.of("name", "contract")));
        Api.Client admin = api.bearer(token.body().get("token").asString());
        Reply me = answers.check("GET", "/api/users/me", admin.get("/api/users/me"));
        answers.check("GET", "/api/tokens", admin.get("/api/tokens"));

        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", "Grace Hopper");
        person.put("emails", List.of(Map.of("address", email, "label", "work")));
        person.put("tags", List.of("compilers"));
        Reply created = answers.check("POST", "/api/people", admin.post("/api/people", person));
        assertThat(created.status()).isEqualTo(201);
        String id = created.id();
        Reply read = answers.check("GET", "/api/people/{id}", admin.get("/api/people/" + id));

        person.put("title", "Rear Admiral");
        person.put("location", Map.of("city", "Arlington", "country", "US"));
        Reply updated = answers.check("PUT", "/api/people/{id}", admin.put("/api/people/" + id, person, read.etag()));
        assertThat(updated.status()).isEqualTo(200);
        answers.check("GET", "/api/people", admin.get("/api/people?q=Grace&limit=5"));
        answers.check("GET", "/api/people", admin.get("/api/people?sort=strength&limit=1"));

        Reply organization = answers.check("POST", "/api/organizations", admin.post("/api/organizations",
                Map.of("name", "Navy " + UUID.randomUUID(), "sites", List.of(Map.of("name", "Arlington")))));
        answers.check("GET", "/api/organizations/{id}", admin.get("/api/organizations/" + organization.id()));
        answers.check("GET", "/api/organizations", admin.get("/api/organizations?limit=2"));

        Reply logged = answers.check("POST", "/api/touchpoints", admin.post("/api/touchpoints", Map.of(
                "channel", "meal", "occurredAt", "2026-11-20T12:00:00Z", "personIds", List.of(id),
                "summary", "Lunch about COBOL")));
        assertThat(logged.status()).isEqualTo(201);
        answers.check("GET", "/api/touchpoints/{id}", admin.get("/api/touchpoints/" + logged.id()));
        answers.check("GET", "/api/touchpoints", admin.get("/api/touchpoints?personId=" + id));
        answers.check("GET", "/api/people/{personId}/timeline", admin.get("/api/people/" + id + "/timeline"));
        answers.check("GET", "/api/people/{id}/relationship", admin.get("/api/people/" + id + "/relationship"));

        // The errors on the way, each a documented problem
        assertThat(answers.check("POST", "/api/people", admin.post("/api/people", Map.of("title", "No name")))
                .status()).isEqualTo(400);
        assertThat(answers.check("POST", "/api/people", admin.postRaw("/api/people", "{\"name\": ")).status())
                .isEqualTo(400);
        assertThat(answers.check("POST", "/api/people", admin.post("/api/people",
                Map.of("name", "Grace again", "emails", List.of(Map.of("address", email))))).status()).isEqualTo(409);
        assertThat(answers.check("GET", "/api/people/{id}", admin.get("/api/people/" + UUID.randomUUID())).status())
                .isEqualTo(404);
        assertThat(answers.check("PUT", "/api/people/{id}", admin.put("/api/people/" + id, person, read.etag()))
                .status()).isEqualTo(412);
        assertThat(answers.check("PUT", "/api/people/{id}", admin.put("/api/people/" + id, person, null)).status())
                .isEqualTo(428);
        assertThat(answers.check("GET", "/api/people", api.anonymous().get("/api/people")).status()).isEqualTo(401);
        Api.NewUser member = api.newUser("member", null);
        assertThat(answers.check("DELETE", "/api/people/{id}", member.client().delete("/api/people/" + id, null))
                .status()).isEqualTo(403);
        assertThat(answers.check("GET", "/api/audit", member.client().get("/api/audit")).status()).isEqualTo(403);
        answers.check("GET", "/api/users", member.client().get("/api/users"));
        answers.check("GET", "/api/users/{id}", member.client().get("/api/users/" + me.id()));
        answers.check("GET", "/api/users/{id}", admin.get("/api/users/" + me.id()));

        assertThat(answers.check("DELETE", "/api/touchpoints/{id}", admin.delete("/api/touchpoints/" + logged.id(), null))
                .status()).isEqualTo(204);
        assertThat(answers.check("DELETE", "/api/people/{id}", admin.delete("/api/people/" + id, updated.etag()))
                .status()).isEqualTo(204);
    }

    /** The rest of the API, once each: merge, changes, users, tokens, exports, cadences, agenda, imports... */
    @Test
    void answersAcrossTheApiPassTheDocumentsSchemas() throws Exception {
        DocumentedAnswers answers = new DocumentedAnswers(document, json);
        Api.Client admin = api.admin();
        String tag = "contract" + UUID.randomUUID().toString().substring(0, 6);
        String person = admin.post("/api/people", Map.of("name", "Katherine Johnson", "tags", List.of(tag))).id();
        answers.check("GET", "/api/people/{id}/cadence", admin.get("/api/people/" + person + "/cadence"));
        answers.check("PUT", "/api/people/{id}/cadence",
                admin.put("/api/people/" + person + "/cadence", Map.of("intervalDays", 1, "channel", "phone"), null));
        Reply rule = answers.check("POST", "/api/cadence-rules", admin.post("/api/cadence-rules",
                Map.of("kind", "tag", "value", tag, "intervalDays", 30)));
        answers.check("GET", "/api/cadence-rules", admin.get("/api/cadence-rules"));
        answers.check("GET", "/api/agenda", admin.get("/api/agenda"));
        answers.check("POST", "/api/agenda/{personId}/done", admin.post("/api/agenda/" + person + "/done",
                Map.of("channel", "phone", "summary", "Orbit numbers")));
        answers.check("POST", "/api/agenda/{personId}/snooze",
                admin.post("/api/agenda/" + person + "/snooze", Map.of("until", "2099-01-01")));
        answers.check("DELETE", "/api/people/{id}/cadence", admin.delete("/api/people/" + person + "/cadence", null));
        answers.check("DELETE", "/api/cadence-rules/{id}", admin.delete("/api/cadence-rules/" + rule.id(), null));
        answers.check("GET", "/api/people/{id}/relationship", admin.get("/api/people/" + person + "/relationship"));
        answers.check("GET", "/api/people/{id}/relationship/history",
                admin.get("/api/people/" + person + "/relationship/history"));
        answers.check("GET", "/api/people/{id}/relationship/what-if",
                admin.get("/api/people/" + person + "/relationship/what-if?channel=phone&every=P1M"));
        answers.check("GET", "/api/people/{id}/relationship/what-if",
                admin.get("/api/people/" + person + "/relationship/what-if?every=P1M"));
        answers.check("POST", "/api/relationships/recompute", admin.post("/api/relationships/recompute", Map.of()));
        answers.check("GET", "/api/jobs", admin.get("/api/jobs"));
        answers.check("POST", "/api/jobs/reminders", admin.post("/api/jobs/reminders", Map.of()));
        answers.check("GET", "/api/audit", admin.get("/api/audit?recordId=" + person + "&limit=5"));
        answers.check("POST", "/api/calendar-feed", admin.post("/api/calendar-feed", Map.of()));
        answers.check("DELETE", "/api/calendar-feed", admin.delete("/api/calendar-feed", null));
        answers.check("GET", "/api/team", admin.get("/api/team"));

        Reply duplicate = admin.post("/api/people", Map.of("name", "Katherine G. Johnson"));
        Reply merged = answers.check("POST", "/api/people/{id}/merge",
                admin.post("/api/people/" + person + "/merge", Map.of("duplicateId", duplicate.id())));
        assertThat(merged.status()).isEqualTo(200);
        Reply organization = admin.post("/api/organizations", Map.of("name", "NACA " + UUID.randomUUID()));
        Reply renamed = answers.check("PUT", "/api/organizations/{id}", admin.put("/api/organizations/" + organization.id(),
                Map.of("name", "NASA " + UUID.randomUUID(), "tier", "key"), organization.etag()));
        answers.check("DELETE", "/api/organizations/{id}",
                admin.delete("/api/organizations/" + organization.id(), renamed.etag()));
        Reply logged = admin.post("/api/touchpoints", Map.of("channel", "phone", "occurredAt", "2026-11-21T09:00:00Z",
                "personIds", List.of(person)));
        answers.check("PUT", "/api/touchpoints/{id}", admin.put("/api/touchpoints/" + logged.id(), Map.of("channel", "video",
                "occurredAt", "2026-11-21T09:00:00Z", "personIds", List.of(person), "durationMinutes", 30), logged.etag()));

        String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        Reply user = answers.check("POST", "/api/users", admin.post("/api/users", Map.of("email", email,
                "displayName", "Mary Jackson", "role", "member", "password", Api.PASSWORD)));
        Reply changed = answers.check("PUT", "/api/users/{id}", admin.put("/api/users/" + user.id(),
                Map.of("displayName", "Mary W. Jackson", "role", "manager"), user.etag()));
        assertThat(changed.status()).isEqualTo(200);
        answers.check("POST", "/api/users/{id}/disable", admin.post("/api/users/" + user.id() + "/disable", Map.of()));
        answers.check("POST", "/api/users/{id}/enable", admin.post("/api/users/" + user.id() + "/enable", Map.of()));
        answers.check("GET", "/api/users", admin.get("/api/users"));
        Api.Client mary = api.as(email, Api.PASSWORD);
        answers.check("PUT", "/api/users/me/password", mary.put("/api/users/me/password",
                Map.of("currentPassword", Api.PASSWORD, "newPassword", "another-long-password"), null));
        Reply token = admin.post("/api/tokens", Map.of("name", "to revoke"));
        answers.check("DELETE", "/api/tokens/{id}", admin.delete("/api/tokens/" + token.id(), null));
        for (String export : List.of("/api/exports/people.vcf", "/api/exports/people.csv", "/api/exports/touchpoints.csv",
                "/api/exports/touchpoints.ics")) {
            answers.check("GET", export, admin.get(export));
        }

        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dorothy Vaughan\r\nEND:VCARD\r\n";
        Reply started = answers.check("POST", "/api/imports",
                admin.upload("/api/imports", "contract.vcf", card.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(started.status()).isEqualTo(202);
        Reply job = admin.get("/api/imports/" + started.id());
        for (int i = 0; i < 100 && !job.body().get("status").asString().matches("succeeded|failed"); i++) {
            Thread.sleep(100);
            job = admin.get("/api/imports/" + started.id());
        }
        answers.check("GET", "/api/imports/{id}", job);
        answers.check("GET", "/api/imports", admin.get("/api/imports?limit=3"));
        assertThat(answers.check("POST", "/api/imports", admin.upload("/api/imports", "empty.vcf", new byte[0]))
                .status()).isEqualTo(400);
    }

    /** The checks above would catch a lie: a null the schema does not allow, a field it leaves out, a status. */
    @Test
    void theCheckRejectsAnswersTheDocumentDoesNotDescribe() {
        DocumentedAnswers answers = new DocumentedAnswers(document, json);
        Reply person = api.post("/api/people", Map.of("name", "Ada"));
        Map<String, List<String>> headers = Map.of("Content-Type", List.of("application/json"), "ETag", List.of("\"0\""));

        String withNullName = person.raw().replace("\"name\":\"Ada\"", "\"name\":null");
        String withExtraField = person.raw().replace("\"name\":\"Ada\"", "\"name\":\"Ada\",\"secret\":1");
        String withoutTags = person.raw().replace("\"tags\":[],", "");
        for (String body : List.of(withNullName, withExtraField, withoutTags)) {
            assertThat(body).isNotEqualTo(person.raw());
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.check("GET", "/api/people/{id}",
                    new Reply(200, headers, null, body))).as(body).isInstanceOf(AssertionError.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> answers.check("GET", "/api/people/{id}",
                new Reply(418, headers, null, person.raw()))).isInstanceOf(AssertionError.class);
        answers.check("GET", "/api/people/{id}", new Reply(200, headers, null, person.raw()));
    }

    private JsonNode operation(String method, String path) {
        JsonNode operation = document.get("paths").path(path).path(method.toLowerCase());
        assertThat(operation.isMissingNode()).as("%s %s is documented", method, path).isFalse();
        return operation;
    }

    private void eachOperation(BiConsumer<String, JsonNode> check) {
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
    }
}
