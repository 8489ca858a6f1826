package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The deployment pages show a colleague nothing of a private deal's deployment: not in the list, the organization's
 * card, the deal's card, nor by address, which answers as for one that does not exist; and its forms refuse them
 * the same way. Its owner sees it everywhere, and a refused form comes back with the problem named.
 */
@HandshakeTest
class DeploymentPagesPrivacyTest {

    @Autowired
    Api api;

    @Test
    void aPrivateDealsDeploymentNeverShowsThroughThePages() throws InterruptedException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Shared Account " + unique)).id();
        String deal = client.post("/api/deals", Map.of("name", "Secret rollout " + unique,
                "organizationId", organization, "visibility", "private")).id();
        assertThat(client.post("/api/deals/" + deal + "/win", Map.of()).status()).isEqualTo(200);
        String deployment = deploymentOf(client, deal);

        WebSession owner = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        assertThat(owner.get("/deployments?q=" + unique).body()).contains("Secret rollout " + unique);
        assertThat(owner.get("/deployments/" + deployment).body()).contains("Secret rollout " + unique, "Private");
        assertThat(owner.get("/deployments/deal-card?dealId=" + deal).body()).contains("/deployments/" + deployment);
        assertThat(owner.get("/organizations/" + organization + "/deployments-card").body())
                .contains("Secret rollout " + unique);

        WebSession other = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        assertThat(other.get("/deployments?q=" + unique).body()).doesNotContain("Secret rollout " + unique);
        assertThat(other.get("/deployments?health=on_track").body()).doesNotContain("Secret rollout " + unique);
        assertThat(other.get("/organizations/" + organization + "/deployments-card").body())
                .doesNotContain("Secret rollout " + unique).contains("No deployments yet");
        assertThat(other.get("/deployments/deal-card?dealId=" + deal).body()).doesNotContain(deployment)
                .doesNotContain("Secret rollout");
        assertThat(notFound(other.get("/deployments/" + deployment))).isTrue();
        assertThat(notFound(other.get("/deployments/" + deployment + "/delete"))).isTrue();
        String csrf = other.csrfFrom("/deployments");
        assertThat(other.postForm("/deployments/" + deployment + "/sites", Map.of("name", "Intruder depot",
                "licensedSeats", "5", "_csrf", csrf)).statusCode()).isEqualTo(404);
        assertThat(other.postForm("/deployments/" + deployment + "/delete", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(client.get("/api/deployments/" + deployment).body().get("sites").size()).isZero();

        // The owner's refused site comes back on the page with the field named; a good one goes back to the page.
        String ownerCsrf = owner.csrfFrom("/deployments/" + deployment);
        HttpResponse<String> refused = owner.postForm("/deployments/" + deployment + "/sites", Map.of("name",
                "Lyon depot", "licensedSeats", "ten", "_csrf", ownerCsrf));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Licensed seats must be a whole number", "value=\"Lyon depot\"",
                "href=\"#site-seats\"");
        HttpResponse<String> added = owner.postForm("/deployments/" + deployment + "/sites", Map.of("name",
                "Lyon depot", "licensedSeats", "10", "_csrf", ownerCsrf));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElse("")).endsWith("/deployments/" + deployment + "#sites");
        assertThat(client.get("/api/deployments/" + deployment).body().get("sites").get(0).get("licensedSeats").asInt())
                .isEqualTo(10);

        // Opening one directly: without a name the form comes back saying so, with the organization still chosen.
        HttpResponse<String> unnamed = owner.postForm("/deployments", Map.of("name", " ", "organizationId",
                organization, "_csrf", ownerCsrf));
        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(unnamed.body()).contains("Name must not be blank", "href=\"#name\"")
                .containsPattern("<option value=\"" + organization + "\"\\s+selected");
        HttpResponse<String> opened = owner.postForm("/deployments", Map.of("name", "Pilot " + unique,
                "organizationId", organization, "_csrf", ownerCsrf));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(owner.get(opened.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("Pilot " + unique, "Opened directly", "Not yet in active use");
    }

    /** The deployment a win opened, once its event has been handled. */
    private static String deploymentOf(Client client, String deal) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var items = client.get("/api/deployments?dealId=" + deal).body().get("items");
            if (items.size() == 1) {
                return items.get(0).get("id").asText();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the won deal opened no deployment");
    }

    private static boolean notFound(HttpResponse<String> page) {
        return page.statusCode() == 404 && page.body().contains("We could not find that page");
    }
}
