package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deal pages show a member nothing of a colleague's private deal, of a deal at a private organization, or of
 * a private contact on a shared deal: not on the board (cards or sums), the list, the organization's card, nor by
 * address, which answers as for a deal that does not exist.
 */
@HandshakeTest
class DealPagesPrivacyTest {

    @Autowired
    Api api;

    @Test
    void aColleaguesPrivateDealNeverShowsThroughThePages() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Shared Account " + unique)).id();
        String privateOrganization = client.post("/api/organizations", Map.of("name", "Quiet Account " + unique,
                "visibility", "private")).id();
        String privatePerson = client.post("/api/people", Map.of("name", "Pat Private" + unique,
                "organizationId", organization, "visibility", "private")).id();
        String secret = client.post("/api/deals", Map.of("name", "Secret expansion " + unique,
                "organizationId", organization, "visibility", "private",
                "value", Map.of("amount", 987_654_321L, "currency", "ISK"))).id();
        String atQuiet = client.post("/api/deals", Map.of("name", "Quiet renewal " + unique,
                "organizationId", privateOrganization)).id();
        String shared = client.post("/api/deals", Map.of("name", "Open rollout " + unique,
                "organizationId", organization,
                "people", List.of(Map.of("personId", privatePerson, "role", "champion")))).id();

        WebSession owner = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        assertThat(owner.get("/deals/" + secret).body()).contains("Secret expansion " + unique, "ISK 987,654,321");
        assertThat(owner.get("/pipeline?mine=true").body()).contains("Secret expansion " + unique, "ISK 987,654,321");
        assertThat(owner.get("/deals/" + shared).body()).contains("Pat Private" + unique);

        WebSession other = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        HttpResponse<String> board = other.get("/pipeline");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body()).contains("Qualified").doesNotContain("Secret expansion " + unique)
                .doesNotContain("Quiet renewal " + unique).doesNotContain("ISK");
        String list = other.get("/deals?q=" + unique).body();
        assertThat(list).contains("Open rollout " + unique).doesNotContain("Secret expansion " + unique)
                .doesNotContain("Quiet renewal " + unique);
        assertThat(other.get("/deals?q=" + unique + "&outcome=open&stale=false").body())
                .doesNotContain("Secret expansion " + unique);
        String card = other.get("/organizations/" + organization + "/deals-card").body();
        assertThat(card).contains("Open rollout " + unique).doesNotContain("Secret expansion " + unique);

        assertThat(notFound(other.get("/deals/" + secret))).isTrue();
        assertThat(notFound(other.get("/deals/" + secret + "/edit"))).isTrue();
        assertThat(notFound(other.get("/deals/" + atQuiet))).isTrue();
        assertThat(notFound(other.get("/organizations/" + privateOrganization + "/deals-card"))).isTrue();
        assertThat(notFound(other.get("/people/" + privatePerson + "/deals-card"))).isTrue();
        String sharedPage = other.get("/deals/" + shared).body();
        assertThat(sharedPage).contains("Open rollout " + unique).doesNotContain("Pat Private" + unique);

        // Moving or closing a deal one may not see is refused as if it did not exist.
        String csrf = other.csrfFrom("/deals/" + shared);
        HttpResponse<String> move = other.postForm("/deals/" + secret + "/move",
                Map.of("stageId", "0193a000-0000-7000-8000-000000000002", "_csrf", csrf));
        assertThat(move.statusCode()).isEqualTo(404);
        assertThat(other.postForm("/deals/" + secret + "/win", Map.of("_csrf", csrf)).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/deals/" + secret).body().path("outcome").asString()).isEqualTo("open");
        assertThat(client.get("/api/deals/" + secret).body().path("stage").path("name").asString()).isEqualTo("Qualified");

        // Only who may manage a deal deletes it, and only after the confirmation page.
        assertThat(other.get("/deals/" + shared + "/delete").statusCode()).isEqualTo(403);
        assertThat(other.postForm("/deals/" + shared + "/delete", Map.of("_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(owner.get("/deals/" + shared + "/delete").body()).contains("cannot be undone");
        HttpResponse<String> deleted = owner.postForm("/deals/" + shared + "/delete",
                Map.of("_csrf", owner.csrfFrom("/deals/" + shared)));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/deals");
        assertThat(client.get("/api/deals/" + shared).status()).isEqualTo(404);
    }

    private static boolean notFound(HttpResponse<String> page) {
        return page.statusCode() == 404 && page.body().contains("We could not find that page");
    }
}
