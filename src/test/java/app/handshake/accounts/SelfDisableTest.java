package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin cannot disable themselves: the workspace might lose its last admin, and they their own access. */
@HandshakeTest
class SelfDisableTest {

    @Autowired
    Api api;

    @Test
    void theApiAnswersAConflictAndTheAdminStaysEnabled() {
        var admin = api.newUser("admin", null);

        Api.Reply refused = admin.client().post("/api/users/" + admin.id() + "/disable", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().path("type").asString()).isEqualTo("/problems/conflict");
        assertThat(refused.body().path("detail").asString()).contains("cannot disable yourself");
        assertThat(admin.client().get("/api/users/me").status()).isEqualTo(200);
        assertThat(api.get("/api/users/" + admin.id()).body().path("enabled").asBoolean()).isTrue();
    }

    @Test
    void thePageSaysSoInClearWordsAndTheAdminStaysEnabled() {
        var admin = api.newUser("admin", null);
        WebSession session = WebSession.signIn(api.baseUrl(), admin.email(), Api.PASSWORD);
        String csrf = session.csrfFrom("/users");

        var posted = session.postForm("/users/" + admin.id() + "/enabled", Map.of("enabled", "false", "_csrf", csrf));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(session.get("/users").body()).contains("You cannot disable yourself");
        assertThat(session.get("/users/" + admin.id() + "/disable").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/users"));
        assertThat(api.get("/api/users/" + admin.id()).body().path("enabled").asBoolean()).isTrue();
    }
}
