package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Two records of one person become one without showing anyone what one of them kept private, and nothing is lost. */
@HandshakeTest
class MergeTest {

    @Autowired
    Api api;

    NewUser owner;
    NewUser colleague;
    String marker;

    @BeforeEach
    void team() {
        owner = api.newUser("member", null);
        colleague = api.newUser("member", null);
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    private String person(Client client, String name, String visibility, String email, String tag) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + marker);
        body.put("visibility", visibility);
        body.put("emails", List.of(Map.of("address", email + "." + marker + "@example.org")));
        body.put("tags", List.of(tag));
        Reply created = client.post("/api/people", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private void touch(List<String> people) {
        Reply logged = owner.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", people,
                "occurredAt", OffsetDateTime.now().minusDays(2).toString()));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
    }

    private void cadence(String person, Map<String, Object> body) {
        assertThat(owner.client().put("/api/people/" + person + "/cadence", body, "*").status()).isEqualTo(200);
    }

    @Test
    void aPreviewTellsWhatTheMergeWouldDoAndWritesNothingThenTheMergeDoesExactlyThat() {
        String shared = person(owner.client(), "Xavier", "shared", "xavier", "buyer");
        String kept = person(owner.client(), "X. Private", "private", "x.home", "golf");
        cadence(shared, Map.of("intervalDays", 30));
        cadence(kept, Map.of("intervalDays", 14, "channel", "phone"));
        touch(List.of(kept));
        touch(List.of(kept));
        touch(List.of(kept, shared));
        Reply before = owner.client().get("/api/people/" + shared);

        Reply preview = owner.client().post("/api/people/" + shared + "/merge?preview=true", Map.of("duplicateId", kept));

        assertThat(preview.status()).as(preview.raw()).isEqualTo(200);
        JsonNode body = preview.body();
        assertThat(body.path("merge").path("preview").asBoolean()).isTrue();
        assertThat(values(body.path("emails"), "address")).containsExactly("xavier." + marker + "@example.org",
                "x.home." + marker + "@example.org");
        assertThat(body.path("tags")).extracting(JsonNode::asString).containsExactly("buyer", "golf");
        assertThat(body.path("visibility").asString()).isEqualTo("private");
        assertThat(note(body, "visibility").path("facts").path("visibility").asString()).isEqualTo("private");
        JsonNode cadence = note(body, "cadence");
        assertThat(cadence.path("facts").path("intervalDays").asInt()).isEqualTo(14);
        assertThat(cadence.path("facts").path("channel").asString()).isEqualTo("phone");
        assertThat(cadence.path("text").asString()).contains("more frequent");
        assertThat(note(body, "touchpoints").path("facts").path("moved").asInt()).isEqualTo(2);
        assertThat(preview.etag()).isEqualTo(before.etag());

        // Nothing was written.
        assertThat(owner.client().get("/api/people/" + kept).status()).isEqualTo(200);
        Reply after = owner.client().get("/api/people/" + shared);
        assertThat(after.etag()).isEqualTo(before.etag());
        assertThat(after.body().path("visibility").asString()).isEqualTo("shared");
        assertThat(after.body().path("emails")).hasSize(1);
        assertThat(owner.client().get("/api/people/" + shared + "/cadence").body().path("intervalDays").asInt()).isEqualTo(30);
        assertThat(colleague.client().get("/api/people/" + shared).status()).isEqualTo(200);

        Reply merged = owner.client().withIfMatch(preview.etag())
                .post("/api/people/" + shared + "/merge", Map.of("duplicateId", kept));

        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        assertThat(merged.body().path("merge").path("preview").asBoolean()).isFalse();
        assertThat(note(merged.body(), "cadence").path("text").asString()).isEqualTo(cadence.path("text").asString());
        assertThat(owner.client().get("/api/people/" + kept).status()).isEqualTo(404);
        JsonNode result = owner.client().get("/api/people/" + shared).body();
        assertThat(result.path("visibility").asString()).isEqualTo("private");
        assertThat(result.path("emails")).hasSize(2);
        JsonNode standing = owner.client().get("/api/people/" + shared + "/cadence").body();
        assertThat(standing.path("intervalDays").asInt()).isEqualTo(14);
        assertThat(standing.path("channel").asString()).isEqualTo("phone");
        assertThat(owner.client().get("/api/people/" + shared + "/timeline").body().path("items")).hasSize(3);
        // What was kept private stays private: the colleague no longer sees the merged person at all.
        assertThat(colleague.client().get("/api/people/" + shared).status()).isEqualTo(404);
        assertThat(colleague.client().get("/api/people?q=x.home." + marker).body().path("items")).isEmpty();
    }

    @Test
    void aMemberMayNotHideAColleaguesSharedPersonButMayShareTheirOwnPrivateTwinIntoIt() {
        String mine = person(owner.client(), "Yara", "private", "yara", "mine");
        String theirs = person(colleague.client(), "Yara Shared", "shared", "yara", "theirs");
        assertThat(owner.client().get("/api/people/" + mine + "/duplicates").body().path("items")).hasSize(1);

        Reply hiding = owner.client().post("/api/people/" + theirs + "/merge", Map.of("duplicateId", mine));
        assertThat(hiding.status()).isEqualTo(403);
        assertThat(hiding.body().path("detail").asString()).contains("private").contains("\"shared\"");
        assertThat(owner.client().post("/api/people/" + theirs + "/merge?preview=true", Map.of("duplicateId", mine)).status())
                .isEqualTo(403);
        assertThat(owner.client().get("/api/people/" + mine).status()).isEqualTo(200);
        assertThat(colleague.client().get("/api/people/" + theirs).body().path("visibility").asString()).isEqualTo("shared");
        // The colleague may not see the private twin, so cannot merge it either, nor learn of it.
        assertThat(colleague.client().post("/api/people/" + theirs + "/merge", Map.of("duplicateId", mine)).status())
                .isEqualTo(404);

        Reply sharing = owner.client().post("/api/people/" + theirs + "/merge",
                Map.of("duplicateId", mine, "visibility", "shared"));

        assertThat(sharing.status()).as(sharing.raw()).isEqualTo(200);
        assertThat(note(sharing.body(), "visibility").path("text").asString()).contains("as asked");
        JsonNode merged = colleague.client().get("/api/people/" + theirs).body();
        assertThat(merged.path("visibility").asString()).isEqualTo("shared");
        assertThat(merged.path("tags")).extracting(JsonNode::asString).containsExactly("mine", "theirs");
        assertThat(owner.client().get("/api/people/" + mine).status()).isEqualTo(404);
        // Nobody but the owner's side shares a private record.
        String another = person(owner.client(), "Zeno", "private", "zeno", "z");
        String shared = person(colleague.client(), "Zeno Shared", "shared", "zeno", "z");
        assertThat(api.newUser("member", null).client().post("/api/people/" + shared + "/merge",
                Map.of("duplicateId", another, "visibility", "shared")).status()).isEqualTo(404);
    }

    private static JsonNode note(JsonNode body, String about) {
        for (JsonNode note : body.path("merge").path("outcome")) {
            if (note.path("about").asString().equals(about)) {
                return note;
            }
        }
        throw new AssertionError("no note about " + about + " in " + body);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.path(field).asString()));
        return values;
    }
}
