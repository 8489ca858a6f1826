package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
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
 * Who may see and change people and organizations, role by role, through the API. A record someone may
 * not see answers 404 everywhere and is missing from every list, search and count.
 */
@HandshakeTest
class RecordVisibilityTest {

    @Autowired
    Api api;

    NewUser manager;
    NewUser seller;       // reports to the manager
    NewUser otherSeller;  // reports to nobody
    String marker;

    @BeforeEach
    void team() {
        manager = api.newUser("manager", null);
        seller = api.newUser("member", manager.id());
        otherSeller = api.newUser("member", null);
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    private Reply person(Client owner, String name, String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + marker);
        body.put("emails", List.of(Map.of("address", name.toLowerCase().replace(' ', '.') + "." + marker + "@example.org")));
        body.put("tags", List.of("tag-" + marker));
        body.put("visibility", visibility);
        Reply reply = owner.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply;
    }

    private static List<String> names(Reply list) {
        List<String> names = new ArrayList<>();
        list.body().get("items").forEach(item -> names.add(item.get("name").asString()));
        return names;
    }

    @Test
    void anotherMembersPrivatePersonDoesNotExistForAMember() {
        Reply secret = person(seller.client(), "Secret Contact", "private");
        String path = "/api/people/" + secret.id();
        Client other = otherSeller.client();

        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.put(path, Map.of("name", "Taken over"), secret.etag()).status()).isEqualTo(404);
        assertThat(other.delete(path, null).status()).isEqualTo(404);
        assertThat(names(other.get("/api/people?q=secret%20contact%20" + marker))).isEmpty();
        assertThat(names(other.get("/api/people?q=secret.contact." + marker))).isEmpty();
        assertThat(names(other.get("/api/people?tag=tag-" + marker))).isEmpty();
        Reply own = person(other, "Own Contact", "shared");
        assertThat(other.post("/api/people/" + own.id() + "/merge", Map.of("duplicateId", secret.id())).status())
                .isEqualTo(404);

        assertThat(seller.client().get(path).status()).isEqualTo(200);
        assertThat(api.get(path).body().get("name").asString()).isEqualTo("Secret Contact " + marker);
    }

    @Test
    void managersSeeTheirReportsPrivateRecordsButNotOthers() {
        Reply reportsSecret = person(seller.client(), "Report Secret", "private");
        Reply strangersSecret = person(otherSeller.client(), "Stranger Secret", "private");

        assertThat(manager.client().get("/api/people/" + reportsSecret.id()).status()).isEqualTo(200);
        assertThat(manager.client().get("/api/people/" + strangersSecret.id()).status()).isEqualTo(404);
        assertThat(names(manager.client().get("/api/people?tag=tag-" + marker)))
                .containsExactly("Report Secret " + marker);
        assertThat(names(api.get("/api/people?tag=tag-" + marker)))
                .containsExactlyInAnyOrder("Report Secret " + marker, "Stranger Secret " + marker);
    }

    @Test
    void sharedRecordsAreTeamWorkButOnlyTheOwnerSideDeletesOrHidesThem() {
        Reply shared = person(seller.client(), "Shared Contact", "shared");
        String path = "/api/people/" + shared.id();
        Client other = otherSeller.client();

        Reply read = other.get(path);
        assertThat(read.status()).isEqualTo(200);
        Map<String, Object> edit = new LinkedHashMap<>(Map.of("name", "Shared Contact Edited",
                "emails", List.of(Map.of("address", "shared.contact." + marker + "@example.org"))));
        Reply edited = other.put(path, edit, read.etag());
        assertThat(edited.status()).isEqualTo(200);

        edit.put("visibility", "private");
        Reply hide = other.put(path, edit, edited.etag());
        assertThat(hide.status()).isEqualTo(403);
        assertThat(hide.body().get("type").asString()).isEqualTo("/problems/forbidden");
        assertThat(other.delete(path, null).status()).isEqualTo(403);
        assertThat(seller.client().get(path).body().get("visibility").asString()).isEqualTo("shared");

        assertThat(manager.client().put(path, edit, edited.etag()).status()).isEqualTo(200);
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(seller.client().delete(path, null).status()).isEqualTo(204);
    }

    @Test
    void privateNotesAreReadByTheirAuthorOnly() {
        Reply shared = person(seller.client(), "Noted Contact", "shared");
        String path = "/api/people/" + shared.id();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Noted Contact " + marker,
                "emails", List.of(Map.of("address", "noted.contact." + marker + "@example.org")),
                "privateNote", "Thinks about leaving " + marker));
        assertThat(seller.client().put(path, body, shared.etag()).status()).isEqualTo(200);

        assertThat(seller.client().get(path).body().get("privateNote").asString()).contains("leaving");
        assertThat(otherSeller.client().get(path).body().get("privateNote").isNull()).isTrue();
        assertThat(manager.client().get(path).body().get("privateNote").isNull()).isTrue();
        assertThat(api.get(path).body().get("privateNote").isNull()).isTrue();
        assertThat(api.get("/api/audit?recordId=" + shared.id()).raw()).doesNotContain("leaving");
    }

    @Test
    void organizationsFollowTheSameRulesAndCountOnlyVisiblePeople() {
        Reply organization = seller.client().post("/api/organizations", Map.of("name", "Quiet Corp " + marker,
                "visibility", "private"));
        Reply sharedOrganization = seller.client().post("/api/organizations", Map.of("name", "Open Corp " + marker));
        for (String visibility : List.of("private", "shared")) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Employee " + visibility + " " + marker,
                    "organizationId", sharedOrganization.id(), "visibility", visibility));
            assertThat(seller.client().post("/api/people", body).status()).isEqualTo(201);
        }
        Client other = otherSeller.client();

        assertThat(other.get("/api/organizations/" + organization.id()).status()).isEqualTo(404);
        assertThat(other.get("/api/organizations?q=" + marker).body().get("items").size()).isEqualTo(1);
        assertThat(other.get("/api/organizations/" + sharedOrganization.id()).body().get("peopleCount").asInt())
                .isEqualTo(1);
        assertThat(seller.client().get("/api/organizations/" + sharedOrganization.id()).body().get("peopleCount")
                .asInt()).isEqualTo(2);
        Map<String, Object> linkToHidden = Map.of("name", "Linker " + marker, "organizationId", organization.id());
        assertThat(other.post("/api/people", linkToHidden).status()).isEqualTo(400);
    }

    @Test
    void aGuessedIdOfAPrivateRecordLooksLikeNoRecordAtAll() {
        Reply secret = person(seller.client(), "Guessed", "private");

        Reply guessed = otherSeller.client().get("/api/people/" + secret.id());
        Reply unknown = otherSeller.client().get("/api/people/" + UUID.randomUUID());

        assertThat(guessed.status()).isEqualTo(unknown.status()).isEqualTo(404);
        assertThat(guessed.body().get("title").asString()).isEqualTo(unknown.body().get("title").asString());
    }

    @Test
    void ownerCannotBeAssignedThroughTheApi() {
        Map<String, Object> body = Map.of("name", "Mine " + marker, "ownerId", manager.id().toString());

        Reply reply = otherSeller.client().post("/api/people", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("detail").asString()).contains("ownerId");
    }

    @Test
    void everyChangeIsAuditedWithItsFieldsForAdminsOnly() {
        Reply created = person(seller.client(), "Audited", "shared");
        Map<String, Object> change = Map.of("name", "Audited Renamed " + marker, "title", "CFO",
                "emails", List.of(Map.of("address", "audited." + marker + "@example.org")));
        Reply updated = otherSeller.client().put("/api/people/" + created.id(), change, created.etag());
        seller.client().delete("/api/people/" + created.id(), updated.etag());

        Reply audit = api.get("/api/audit?recordId=" + created.id());
        assertThat(audit.status()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        audit.body().get("items").forEach(entries::add);
        assertThat(entries).extracting(e -> e.get("action").asString()).containsExactly("deleted", "updated", "created");
        JsonNode update = entries.get(1);
        assertThat(update.get("actorId").asString()).isEqualTo(otherSeller.id().toString());
        assertThat(update.get("changes").get("name").get("to").asString()).isEqualTo("Audited Renamed " + marker);
        assertThat(update.get("changes").get("title").get("to").asString()).isEqualTo("CFO");
        assertThat(update.get("changes").has("tags")).isTrue();
        assertThat(entries.get(2).get("actorId").asString()).isEqualTo(seller.id().toString());

        assertThat(manager.client().get("/api/audit").status()).isEqualTo(403);
        assertThat(seller.client().get("/api/audit").status()).isEqualTo(403);
    }
}
