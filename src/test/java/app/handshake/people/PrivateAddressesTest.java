package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.imports.ImportsApiTest;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An address on someone's private person is not the business of those who may not see it: they add, import
 * and find their own records as if it were not there, and the owner is the one who learns of the twin.
 */
@HandshakeTest
class PrivateAddressesTest {

    @Autowired
    Api api;

    NewUser manager;
    NewUser owner;      // reports to the manager
    NewUser colleague;  // reports to nobody
    String address;
    String privateId;

    @BeforeEach
    void aPrivatePerson() {
        manager = api.newUser("manager", null);
        owner = api.newUser("member", manager.id());
        colleague = api.newUser("member", null);
        address = "kept." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        privateId = create(owner.client(), "Kept Private", "private", address).id();
    }

    private static Reply create(Client client, String name, String visibility, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("visibility", visibility);
        body.put("emails", List.of(Map.of("address", email)));
        return client.post("/api/people", body);
    }

    @Test
    void aColleagueAddsTheAddressWithoutLearningThatAPrivatePersonHasIt() {
        Reply mine = create(colleague.client(), "Own Record", "shared", address.toUpperCase());

        assertThat(mine.status()).as(mine.raw()).isEqualTo(201);
        assertThat(mine.raw()).doesNotContain(privateId).doesNotContain("Kept Private");
        assertThat(ids(colleague.client().get("/api/people?q=" + address))).containsExactly(mine.id());
        assertThat(colleague.client().get("/api/people/" + mine.id() + "/duplicates").body().path("items")).isEmpty();

        // The owner sees both, and is told: the twin is theirs to merge.
        JsonNode twins = owner.client().get("/api/people/" + privateId + "/duplicates").body().path("items");
        assertThat(twins).hasSize(1);
        assertThat(twins.get(0).path("id").asString()).isEqualTo(mine.id());
        assertThat(twins.get(0).path("addresses").get(0).asString()).isEqualTo(address);
        assertThat(manager.client().get("/api/people/" + privateId + "/duplicates").body().path("items")).hasSize(1);
        assertThat(ids(owner.client().get("/api/people?q=" + address))).containsExactlyInAnyOrder(privateId, mine.id());
        assertThat(owner.client().get("/api/people/" + privateId).status()).isEqualTo(200);
        String page = WebSession.signIn(api.baseUrl(), owner.email(), Api.PASSWORD).get("/people/" + privateId).body();
        assertThat(page).contains("The same email address is also on").contains("/people/" + mine.id());
        assertThat(WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD).get("/people/" + mine.id()).body())
                .doesNotContain("The same email address is also on");
    }

    @Test
    void whoeverSeesAHolderIsRefusedAsBeforeWithAPointerToIt() {
        String shared = create(colleague.client(), "Own Record", "shared", address).id();

        for (Client seesBoth : List.of(owner.client(), manager.client(), api.admin())) {
            for (String visibility : List.of("shared", "private")) {
                Reply twin = create(seesBoth, "Another", visibility, address);
                assertThat(twin.status()).as(twin.raw()).isEqualTo(409);
                assertThat(twin.body().path("existing").asString()).isIn("/api/people/" + privateId, "/api/people/" + shared);
            }
        }
        Reply third = create(api.newUser("member", null).client(), "Third", "shared", address);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.body().path("existing").asString()).isEqualTo("/api/people/" + shared);

        // The owner still edits their record; sharing it would put two shared records on one address.
        Reply current = owner.client().get("/api/people/" + privateId);
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("name", "Kept Private, renamed");
        edit.put("emails", List.of(Map.of("address", address)));
        Reply renamed = owner.client().put("/api/people/" + privateId, edit, current.etag());
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        edit.put("visibility", "shared");
        Reply sharing = owner.client().put("/api/people/" + privateId, edit, renamed.etag());
        assertThat(sharing.status()).isEqualTo(409);
        assertThat(sharing.body().path("existing").asString()).isEqualTo("/api/people/" + shared);
    }

    @Test
    void anImportMatchesOnlyPeopleTheImporterMaySee() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name,Email,Title\nFrom File " + tag + "," + address + ",Buyer\n";
        JsonNode job = ImportsApiTest.importBytes(colleague.client(), "contacts.csv", csv.getBytes(StandardCharsets.UTF_8), "");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(1);
        assertThat(job.toString()).doesNotContain("may not see");
        List<String> found = ids(colleague.client().get("/api/people?q=" + address));
        assertThat(found).hasSize(1).doesNotContain(privateId);
        assertThat(owner.client().get("/api/people/" + privateId).body().path("title").isNull()).isTrue();

        // Again: the colleague's own record is found this time, and nothing changes.
        JsonNode again = ImportsApiTest.importBytes(colleague.client(), "contacts.csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(again.path("unchanged").asLong()).as(again.toString()).isEqualTo(1);

        // Mail with the address lands on a person of the importer's own, not on the private one, and says nothing of it.
        String eml = "From: " + colleague.email() + "\r\nTo: Kept <" + address + ">\r\nSubject: Hello " + tag
                + "\r\nDate: Mon, 2 Nov 2026 10:00:00 +0000\r\nMessage-ID: <" + tag + "@example.org>\r\n\r\nHi\r\n";
        JsonNode mail = ImportsApiTest.importBytes(api.newUser("member", null).client(), "hello.eml",
                eml.getBytes(StandardCharsets.UTF_8), "");
        assertThat(mail.path("status").asString()).as(mail.toString()).isEqualTo("succeeded");
        assertThat(mail.toString()).doesNotContain("may not see");
        assertThat(owner.client().get("/api/people/" + privateId + "/timeline").body().path("items")).isEmpty();
    }

    private static List<String> ids(Reply list) {
        List<String> ids = new ArrayList<>();
        list.body().path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
