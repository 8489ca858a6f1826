package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The same rules as the API, through the pages a member clicks. */
@HandshakeTest
class PageAccessTest {

    @Autowired
    Api api;

    @Test
    void memberCannotReachAnothersPrivateRecordsThroughPages() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NewUser owner = api.newUser("member", null);
        NewUser member = api.newUser("member", null);
        Reply hidden = owner.client().post("/api/people", Map.of("name", "Page Hidden " + marker, "visibility", "private"));
        Reply shared = owner.client().post("/api/people", Map.of("name", "Page Shared " + marker));
        Reply hiddenOrganization = owner.client().post("/api/organizations",
                Map.of("name", "Page Hidden Corp " + marker, "visibility", "private"));
        WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        String csrf = session.csrfFrom("/people/new");

        assertThat(session.get("/people/" + hidden.id()).statusCode()).isEqualTo(404);
        assertThat(session.get("/people/" + hidden.id() + "/edit").statusCode()).isEqualTo(404);
        assertThat(session.get("/people/" + hidden.id() + "/delete").statusCode()).isEqualTo(404);
        assertThat(session.postForm("/people/" + hidden.id(), Map.of("name", "Taken", "version", "0", "_csrf", csrf))
                .statusCode()).isEqualTo(404);
        assertThat(session.postForm("/people/" + hidden.id() + "/delete", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(session.get("/organizations/" + hiddenOrganization.id()).statusCode()).isEqualTo(404);
        assertThat(session.get("/people?q=" + marker).body()).contains("Page Shared " + marker)
                .doesNotContain("Page Hidden " + marker);
        assertThat(session.get("/organizations?q=" + marker).body()).doesNotContain("Page Hidden Corp");

        assertThat(session.postForm("/people/" + shared.id() + "/delete", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(api.get("/api/people/" + shared.id()).status()).isEqualTo(200);
        assertThat(api.get("/api/people/" + hidden.id()).body().get("name").asString()).isEqualTo("Page Hidden " + marker);
    }

    @Test
    void ownerDeletesThroughTheConfirmationPage() {
        NewUser owner = api.newUser("member", null);
        Reply person = owner.client().post("/api/people", Map.of("name", "To Delete " + UUID.randomUUID()));
        WebSession session = WebSession.signIn(api.baseUrl(), owner.email(), Api.PASSWORD);

        var confirm = session.get("/people/" + person.id() + "/delete");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("cannot be undone");
        String csrf = session.csrfFrom("/people/" + person.id() + "/delete");
        var deleted = session.postForm("/people/" + person.id() + "/delete", Map.of("_csrf", csrf));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(api.get("/api/people/" + person.id()).status()).isEqualTo(404);
    }
}
