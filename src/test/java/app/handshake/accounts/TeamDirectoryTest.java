package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Everyone may look up a colleague by name and email; roles, managers and whether an account is enabled
 * are for admins, for the user themselves, and for a manager about their reports.
 */
@HandshakeTest
class TeamDirectoryTest {

    private static final List<String> COLLEAGUE = List.of("id", "displayName", "email");

    @Autowired
    Api api;

    private static List<String> fields(JsonNode user) {
        List<String> names = new ArrayList<>();
        user.propertyNames().forEach(names::add);
        return names;
    }

    private static JsonNode entry(Reply list, Object id) {
        for (JsonNode user : list.body()) {
            if (user.get("id").asString().equals(id.toString())) {
                return user;
            }
        }
        throw new AssertionError("No user " + id + " in " + list.raw());
    }

    @Test
    void aMemberSeesColleaguesByNameAndEmailOnly() {
        NewUser member = api.newUser("member", null);
        String adminId = api.get("/api/users/me").id();

        Reply admin = member.client().get("/api/users/" + adminId);

        assertThat(admin.status()).isEqualTo(200);
        assertThat(fields(admin.body())).containsExactlyInAnyOrderElementsOf(COLLEAGUE);
        assertThat(admin.body().get("email").asString()).isEqualTo(Api.ADMIN_EMAIL);
        Reply list = member.client().get("/api/users");
        assertThat(fields(entry(list, adminId))).containsExactlyInAnyOrderElementsOf(COLLEAGUE);
        for (JsonNode user : list.body()) {
            if (!user.get("id").asString().equals(member.id().toString())) {
                assertThat(fields(user)).containsExactlyInAnyOrderElementsOf(COLLEAGUE);
            }
        }
    }

    @Test
    void aMemberSeesThemselvesInFull() {
        NewUser member = api.newUser("member", null);

        assertThat(fields(member.client().get("/api/users/me").body())).contains("role", "managerId", "enabled");
        assertThat(fields(member.client().get("/api/users/" + member.id()).body())).contains("role", "enabled");
        assertThat(fields(entry(member.client().get("/api/users"), member.id()))).contains("role", "enabled");
    }

    @Test
    void aManagerSeesTheirReportsInFullAndOthersAsColleagues() {
        NewUser manager = api.newUser("manager", null);
        NewUser report = api.newUser("member", manager.id());
        NewUser stranger = api.newUser("member", null);

        Reply reportSeen = manager.client().get("/api/users/" + report.id());
        assertThat(reportSeen.body().get("role").asString()).isEqualTo("member");
        assertThat(reportSeen.body().get("managerId").asString()).isEqualTo(manager.id().toString());
        assertThat(fields(manager.client().get("/api/users/" + stranger.id()).body()))
                .containsExactlyInAnyOrderElementsOf(COLLEAGUE);
        Reply list = manager.client().get("/api/users");
        assertThat(fields(entry(list, report.id()))).contains("role", "enabled");
        assertThat(fields(entry(list, stranger.id()))).containsExactlyInAnyOrderElementsOf(COLLEAGUE);
        assertThat(fields(report.client().get("/api/users/" + manager.id()).body()))
                .containsExactlyInAnyOrderElementsOf(COLLEAGUE);
    }

    @Test
    void anAdminSeesEveryoneInFull() {
        NewUser member = api.newUser("member", null);

        assertThat(fields(api.get("/api/users/" + member.id()).body())).contains("role", "managerId", "enabled");
        assertThat(fields(entry(api.get("/api/users"), member.id()))).contains("role", "enabled");
    }

    @Test
    void theApiDocumentDescribesBothAnswers() {
        JsonNode document = api.anonymous().get("/v3/api-docs").body();

        JsonNode schemas = document.get("components").get("schemas");
        assertThat(fields(schemas.get("ColleagueResponse").get("properties")))
                .containsExactlyInAnyOrderElementsOf(COLLEAGUE);
        // Both answers are one of the two: the whole account or a colleague.
        assertThat(schemas.get("TeamMemberResponse").toString())
                .contains("#/components/schemas/ColleagueResponse", "#/components/schemas/UserResponse");
        String oneUser = document.get("paths").get("/api/users/{id}").get("get").get("responses").get("200").toString();
        assertThat(oneUser).contains("#/components/schemas/TeamMemberResponse");
        String team = document.get("paths").get("/api/users").get("get").get("responses").get("200").toString();
        assertThat(team).contains("#/components/schemas/TeamMemberResponse");
    }
}
