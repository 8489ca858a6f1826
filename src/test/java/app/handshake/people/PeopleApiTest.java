package app.handshake.people;

import static app.handshake.people.PersonJson.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@HandshakeTest
class PeopleApiTest {

    @Autowired
    Api api;

    @Test
    void createdPersonCanBeReadUpdatedAndDeleted() {
        Reply created = api.post("/api/people", aPerson("Ada Lovelace")
                .withEmail("ada@analytical.example", "work")
                .withPhone("+44 20 7946 0000", "office")
                .withTag("Mathematics")
                .with("title", "Analyst")
                .with("birthday", "1815-12-10")
                .with("notes", "Likes poetry")
                .with("location", Map.of("city", "London", "country", "GB", "latitude", 51.5072, "longitude", -0.1276))
                .build());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/people/" + created.id());
        assertThat(created.etag()).isEqualTo("\"0\"");
        JsonNode body = created.body();
        assertThat(body.get("emails").get(0).get("address").asString()).isEqualTo("ada@analytical.example");
        assertThat(body.get("phones").get(0).get("label").asString()).isEqualTo("office");
        assertThat(body.get("tags").get(0).asString()).isEqualTo("mathematics");
        assertThat(body.get("location").get("city").asString()).isEqualTo("London");
        assertThat(body.get("source").get("channel").asString()).isEqualTo("api");

        Reply read = api.get("/api/people/" + created.id());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(read.body().get("birthday").asString()).isEqualTo("1815-12-10");

        Reply updated = api.put("/api/people/" + created.id(),
                aPerson("Ada King").withEmail("ada@analytical.example").build(), read.etag());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.etag()).isEqualTo("\"1\"");
        assertThat(api.get("/api/people/" + created.id()).body().get("name").asString()).isEqualTo("Ada King");

        Reply deleted = api.delete("/api/people/" + created.id(), updated.etag());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/people/" + created.id()).status()).isEqualTo(404);
    }

    @Test
    void unknownIdIsNotFoundAsProblemDetails() {
        Reply reply = api.get("/api/people/" + UUID.randomUUID());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(reply.body().get("status").asInt()).isEqualTo(404);
        assertThat(api.get("/api/people/not-a-uuid").status()).isEqualTo(404);
        assertThat(api.delete("/api/people/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    @Test
    void unknownApiPathIsNotFoundAsProblemDetails() {
        Reply reply = api.get("/api/no-such-thing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/not-found");
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("at app.");
    }

    @Test
    void validationErrorsListEveryFieldAndStoreNothing() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply reply = api.post("/api/people", aPerson("")
                .withEmail("not-an-email")
                .withTag(marker)
                .with("title", "x".repeat(201))
                .with("notes", "n".repeat(10_001))
                .with("location", Map.of("latitude", 91, "longitude", 0))
                .build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/validation-failed");
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("name", "title", "notes", "emails[0].address", "location.latitude");
        assertThat(api.get("/api/people?tag=" + marker).body().get("items").size()).isZero();
    }

    @Test
    void malformedJsonUnknownFieldsAndWrongTypesAreRefused() {
        Reply malformed = api.postRaw("/api/people", "{\"name\": \"Broken\", ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("type").asString()).isEqualTo("/problems/malformed-request");

        Reply unknown = api.post("/api/people", aPerson().with("owner", "someone-else").build());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("detail").asString()).contains("owner");

        Reply wrongType = api.post("/api/people", aPerson().with("birthday", "last tuesday").build());
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("detail").asString()).contains("birthday");
        assertThat(wrongType.raw()).doesNotContain("tools.jackson").doesNotContain("Exception");

        Reply notAnObject = api.postRaw("/api/people", "[1, 2, 3]");
        assertThat(notAnObject.status()).isEqualTo(400);
    }

    @Test
    void badUpdateChangesNothing() {
        Reply created = api.post("/api/people", aPerson("Unchanged Person").withTag("steady").build());
        String path = "/api/people/" + created.id();

        assertThat(api.put(path, aPerson("x".repeat(201)).build(), created.etag()).status()).isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").withEmail("broken@").build(), created.etag()).status()).isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").with("birthday", 42).build(), created.etag()).status()).isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").with("unknown", true).build(), created.etag()).status()).isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").with("birthday", "2025-02-30").build(), created.etag()).status())
                .isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").with("title", 42).build(), created.etag()).status()).isEqualTo(400);
        assertThat(api.put(path, aPerson("Changed").with("tags", "not-a-list").build(), created.etag()).status())
                .isEqualTo(400);

        Reply after = api.get(path);
        assertThat(after.body().get("name").asString()).isEqualTo("Unchanged Person");
        assertThat(after.etag()).isEqualTo(created.etag());
    }

    @Test
    void serverSetFieldsCannotBeSent() {
        Reply reply = api.post("/api/people", aPerson().with("source", Map.of("channel", "imported")).build());
        assertThat(reply.status()).isEqualTo(400);
        Reply withId = api.post("/api/people", aPerson().with("id", UUID.randomUUID().toString()).build());
        assertThat(withId.status()).isEqualTo(400);
    }

    @Test
    void staleIfMatchIsRefusedAndOverwritesNothing() {
        Reply created = api.post("/api/people", aPerson().build());
        String path = "/api/people/" + created.id();
        String email = created.body().get("emails").get(0).get("address").asString();
        Reply first = api.put(path, aPerson("First writer").withEmail(email).build(), created.etag());
        assertThat(first.status()).isEqualTo(200);

        Reply second = api.put(path, aPerson("Second writer").withEmail(email).build(), created.etag());

        assertThat(second.status()).isEqualTo(412);
        assertThat(second.body().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(api.get(path).body().get("name").asString()).isEqualTo("First writer");
        assertThat(api.delete(path, created.etag()).status()).isEqualTo(412);
        assertThat(api.get(path).status()).isEqualTo(200);
    }

    @Test
    void updateWithoutIfMatchIsRefused() {
        Reply created = api.post("/api/people", aPerson().build());

        Reply reply = api.put("/api/people/" + created.id(), aPerson("No precondition").build(), null);

        assertThat(reply.status()).isEqualTo(428);
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/if-match-required");
        assertThat(api.get("/api/people/" + created.id()).body().get("name").asString())
                .isEqualTo(created.body().get("name").asString());
    }

    @Test
    void duplicateEmailAnswersConflictWithPointerToExistingPerson() {
        Reply existing = api.post("/api/people", aPerson().withEmail("Grace@Navy.example").build());

        Reply duplicate = api.post("/api/people", aPerson("Grace H.").withEmail("grace@navy.example").build());

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).isEqualTo("/problems/duplicate");
        assertThat(duplicate.body().get("existing").asString()).isEqualTo("/api/people/" + existing.id());
        assertThat(api.get("/api/people?q=grace%40navy.example").body().get("items").size()).isEqualTo(1);
    }

    @Test
    void listPagesThroughEveryMatchOnceInNameOrder() {
        String tag = "page-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String name = "Paged " + (char) ('G' - i) + " " + tag;
            names.add(name);
            api.post("/api/people", aPerson().with("name", name).withTag(tag).build());
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Reply page = api.get("/api/people?tag=" + tag + "&limit=3" + (next == null ? "" : "&after=" + next));
            assertThat(page.status()).isEqualTo(200);
            page.body().get("items").forEach(item -> seen.add(item.get("name").asString()));
            JsonNode nextNode = page.body().get("next");
            next = nextNode == null || nextNode.isNull() ? null : nextNode.asString();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(names.stream().sorted().toList());
    }

    @Test
    void peopleWithTheSameNameArePagedOnceEachById() {
        String tag = "same-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.post("/api/people", aPerson().with("name", "John Smith").withTag(tag).build()).id());
        }

        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            Reply page = api.get("/api/people?tag=" + tag + "&limit=2" + (next == null ? "" : "&after=" + next));
            page.body().get("items").forEach(item -> seen.add(item.get("id").asString()));
            JsonNode nextNode = page.body().get("next");
            next = nextNode == null || nextNode.isNull() ? null : nextNode.asString();
        } while (next != null);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
    }

    @Test
    void pageSizeHasAMaximumAndCursorsMustBeOurs() {
        Reply tooMany = api.get("/api/people?limit=1000");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body().get("errors").get(0).get("field").asString()).isEqualTo("limit");

        assertThat(api.get("/api/people?after=forged").status()).isEqualTo(400);
    }

    @Test
    void searchFindsByNameEmailOrganizationAndTag() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply organization = api.post("/api/organizations", Map.of("name", "Initech " + marker));
        Reply person = api.post("/api/people", aPerson("Peter Gibbons")
                .withEmail("peter." + marker + "@initech.example")
                .withTag("tps-" + marker)
                .with("organizationId", organization.id())
                .build());

        for (String query : List.of("q=initech%20" + marker, "q=peter." + marker, "tag=TPS-" + marker,
                "organizationId=" + organization.id())) {
            JsonNode items = api.get("/api/people?" + query).body().get("items");
            assertThat(items.size()).as(query).isEqualTo(1);
            assertThat(items.get(0).get("id").asString()).isEqualTo(person.id());
            assertThat(items.get(0).get("organization").get("name").asString()).isEqualTo("Initech " + marker);
        }
    }

    @Test
    void mergeKeepsEveryEmailPhoneTagAndNote() {
        Reply survivor = api.post("/api/people", aPerson("Linus Torvalds")
                .withEmail("linus@kernel.example", "work")
                .withPhone("+1 503 555 0100", "office")
                .withTag("kernel")
                .with("notes", "Prefers email")
                .build());
        Reply duplicate = api.post("/api/people", aPerson("L. Torvalds")
                .withEmail("torvalds@home.example", "home")
                .withPhone("+1 503 555 0199", "mobile")
                .withTag("git")
                .with("title", "Fellow")
                .with("notes", "Met at a conference")
                .build());

        Reply merged = api.post("/api/people/" + survivor.id() + "/merge", Map.of("duplicateId", duplicate.id()));

        assertThat(merged.status()).isEqualTo(200);
        JsonNode body = api.get("/api/people/" + survivor.id()).body();
        assertThat(body.get("name").asString()).isEqualTo("Linus Torvalds");
        assertThat(body.get("title").asString()).isEqualTo("Fellow");
        assertThat(values(body.get("emails"), "address")).containsExactly("linus@kernel.example", "torvalds@home.example");
        assertThat(values(body.get("emails"), "label")).containsExactly("work", "home");
        assertThat(values(body.get("phones"), "number")).containsExactly("+1 503 555 0100", "+1 503 555 0199");
        assertThat(body.get("tags").valueStream().map(JsonNode::asString)).containsExactly("git", "kernel");
        assertThat(body.get("notes").asString()).contains("Prefers email").contains("Met at a conference");
        assertThat(api.get("/api/people/" + duplicate.id()).status()).isEqualTo(404);
    }

    @Test
    void mergeOnAStaleVersionChangesNothing() {
        Reply survivor = api.post("/api/people", aPerson().build());
        Reply duplicate = api.post("/api/people", aPerson().build());
        String email = survivor.body().get("emails").get(0).get("address").asString();
        api.put("/api/people/" + survivor.id(), aPerson("Changed meanwhile").withEmail(email).build(), survivor.etag());

        Reply merged = api.admin().withIfMatch(survivor.etag())
                .post("/api/people/" + survivor.id() + "/merge", Map.of("duplicateId", duplicate.id()));

        assertThat(merged.status()).isEqualTo(412);
        assertThat(api.get("/api/people/" + duplicate.id()).status()).isEqualTo(200);
    }

    @Test
    void mergingAPersonWithThemselvesIsRefused() {
        Reply person = api.post("/api/people", aPerson().build());

        Reply reply = api.post("/api/people/" + person.id() + "/merge", Map.of("duplicateId", person.id()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(api.get("/api/people/" + person.id()).status()).isEqualTo(200);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asString()));
        return values;
    }
}
