package app.handshake.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The partner pages show a colleague nothing of a private person: not as an endorser (name or words), a contact or
 * a referral's person, on the partner's page, in the list, in a search's results, on the organization's card or the
 * person's own card, which answers as for one that does not exist; nor may they thank her. Her owner sees it all.
 */
@HandshakeTest
class PartnerPagesPrivacyTest {

    @Autowired
    Api api;

    @Test
    void aPrivatePersonsRecommendationNeverShowsToAColleague() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String city = "Arles " + tag;
        NewUser owner = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        Client client = owner.client();
        person(client, "Resident " + tag, "shared", Map.of("city", city));
        String sally = person(client, "Secret Sally " + tag, "private", null);
        for (int i = 0; i < 4; i++) {
            Reply met = client.post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(sally),
                    "summary", "Lunch " + i, "occurredAt", java.time.OffsetDateTime.now().minusDays(3 + 7L * i)
                            .withNano(0).toString()));
            assertThat(met.status()).as(met.raw()).isEqualTo(201);
        }
        String organization = client.post("/api/organizations", Map.of("name", "Shared Pipes " + tag)).id();
        Reply partner = client.post("/api/partners", Map.of("organizationId", organization));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);
        String id = partner.id();
        assertThat(client.put("/api/partners/" + id + "/specialties", Map.of("specialties", List.of("plumbing")),
                partner.etag()).status()).isEqualTo(200);
        assertThat(client.post("/api/partners/" + id + "/areas", Map.of("kind", "city", "place", city)).status())
                .isEqualTo(201);
        Reply endorsement = client.post("/api/partners/" + id + "/endorsements", Map.of("endorserPersonId", sally,
                "rating", 5, "said", "hush words " + tag));
        assertThat(endorsement.status()).as(endorsement.raw()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + id + "/contacts", Map.of("personId", sally, "role", "owner"))
                .status()).isEqualTo(201);
        assertThat(client.post("/api/referrals", Map.of("partnerId", id, "direction", "given", "personId", sally,
                "need", "a leak")).status()).isEqualTo(201);

        String search = "/partners?need=plumber&near=" + URLEncoder.encode(city, StandardCharsets.UTF_8);
        List<String> pages = List.of(search, "/partners/" + id, "/partners?q=Shared+Pipes+" + tag,
                "/organizations/" + organization + "/partner-card", "/partners/" + id + "/edit");

        WebSession mine = WebSession.signIn(api.baseUrl(), owner.email(), Api.PASSWORD);
        assertThat(mine.get(search).body()).contains("Shared Pipes " + tag, "Secret Sally " + tag, "hush words " + tag);
        assertThat(mine.get("/partners/" + id).body()).contains("Secret Sally " + tag, "hush words " + tag, "a leak");
        // Her owner's page says what Sally is to her, as the search's path does.
        JsonNode path = client.get("/api/partners/search?need=plumber&near=" + URLEncoder.encode(city,
                StandardCharsets.UTF_8)).body().path("results").get(0).path("paths").get(0);
        assertThat(path.path("endorserName").asString()).isEqualTo("Secret Sally " + tag);
        assertThat(mine.get("/partners/" + id).body()).contains("Secret Sally " + tag + "</a>",
                "class=\"standing\"> (" + path.path("tier").asString() + ")</span>");
        assertThat(mine.get("/people/" + sally + "/recommends-card").body()).contains("Shared Pipes " + tag);

        WebSession other = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        for (String page : pages) {
            HttpResponse<String> shown = other.get(page);
            assertThat(shown.statusCode()).as(page).isEqualTo(200);
            assertThat(shown.body()).as(page).contains("Shared Pipes " + tag)
                    .doesNotContain("Secret Sally").doesNotContain("hush words").doesNotContain(sally);
        }
        assertThat(other.get("/partners/" + id).body()).contains("Nobody you may see has recommended them yet",
                "No referrals yet", "Nobody named yet").doesNotContain("a leak");
        assertThat(other.get(search).body()).doesNotContain("How we know them");
        assertThat(other.get("/partners/" + id).body()).doesNotContain("class=\"standing\"");
        assertThat(other.get("/people/" + sally + "/recommends-card").statusCode()).isEqualTo(404);
        String csrf = other.csrfFrom("/partners/" + id);
        assertThat(other.postForm("/partners/" + id + "/endorsements/" + endorsement.id() + "/thanks",
                Map.of("_csrf", csrf)).statusCode()).isEqualTo(404);
        // Her timeline holds the four lunches and no thanks.
        assertThat(client.get("/api/touchpoints?personId=" + sally).body().get("items").size()).isEqualTo(4);
    }

    private static String person(Client client, String name, String visibility, Map<String, Object> location) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "visibility", visibility));
        if (location != null) {
            body.put("location", location);
        }
        Reply reply = client.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }
}
