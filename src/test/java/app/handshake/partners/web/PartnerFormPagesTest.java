package app.handshake.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partner forms through the pages: a manager adds to the vocabulary and a member only reads it; an organization
 * is made a partner from its page's offer; a recommendation recorded on a person's page shows on their card and on
 * the partner's page.
 */
@HandshakeTest
class PartnerFormPagesTest {

    @Autowired
    Api api;

    @Test
    void managersNameSpecialtiesAndMembersReadThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        NewUser manager = api.newUser("manager", null);
        NewUser member = api.newUser("member", manager.id());
        WebSession managing = WebSession.signIn(api.baseUrl(), manager.email(), Api.PASSWORD);
        String csrf = managing.csrfFrom("/partners/specialties");
        HttpResponse<String> blank = managing.postForm("/partners/specialties", Map.of("name", " ", "_csrf", csrf));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("href=\"#specialty-name\"");
        HttpResponse<String> added = managing.postForm("/partners/specialties", Map.of("name", "Tiling " + tag,
                "synonyms", "tiler" + tag + ", grout" + tag, "_csrf", csrf));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(managing.get("/partners/specialties").body()).contains("Tiling " + tag, "tiler" + tag, "grout" + tag);

        WebSession reading = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        String page = reading.get("/partners/specialties").body();
        assertThat(page).contains("Tiling " + tag, "Admins and managers change the vocabulary")
                .doesNotContain("Add a specialty");
        assertThat(reading.postForm("/partners/specialties", Map.of("name", "Intruding " + tag, "_csrf",
                reading.csrfFrom("/partners/specialties"))).statusCode()).isEqualTo(403);
        assertThat(reading.get("/partners/specialties").body()).doesNotContain("Intruding " + tag);
    }

    @Test
    void anOrganizationBecomesAPartnerAndAPersonsRecommendationShows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        NewUser member = api.newUser("member", null);
        Client client = member.client();
        String organization = client.post("/api/organizations", Map.of("name", "Tuiles Martin " + tag)).id();
        String person = client.post("/api/people", Map.of("name", "Claire Roux " + tag)).id();
        WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        assertThat(session.get("/organizations/" + organization + "/partner-card").body()).contains("Make a partner",
                "/partners/new?organizationId=" + organization);
        String csrf = session.csrfFrom("/partners/new?organizationId=" + organization);
        HttpResponse<String> made = session.postForm("/partners", Map.of("organizationId", organization,
                "website", "https://tuiles.example", "_csrf", csrf));
        assertThat(made.statusCode()).isEqualTo(302);
        String partner = made.headers().firstValue("Location").orElseThrow().replaceFirst(".*/partners/", "");
        HttpResponse<String> again = session.postForm("/partners", Map.of("organizationId", organization, "_csrf", csrf));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("is a partner already");
        assertThat(session.get("/organizations/" + organization + "/partner-card").body())
                .contains("Tuiles Martin " + tag, "/partners/" + partner);

        HttpResponse<String> recorded = session.postForm("/people/" + person + "/recommendations", Map.of(
                "partnerId", partner, "rating", "4", "said", "neat roof " + tag, "_csrf", csrf));
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(session.get("/people/" + person + "/recommends-card").body()).contains("Tuiles Martin " + tag,
                "neat roof " + tag, "4 of 5");
        assertThat(session.get("/partners/" + partner).body()).contains("Claire Roux " + tag, "neat roof " + tag,
                "Thank Claire");
    }
}
