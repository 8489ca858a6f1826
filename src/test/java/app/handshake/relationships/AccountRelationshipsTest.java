package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organization page through its relationships: its people with the team's tier and who knows them best,
 * the coverage of its decision makers, the account's timeline; and none of it shows or counts a colleague's
 * private contact, or a touchpoint with one.
 */
@HandshakeTest
class AccountRelationshipsTest {

    @Autowired
    Api api;

    @Test
    void peopleCoverageAndTimelineCountOnlyWhatTheReaderMaySee() {
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = seller.client().post("/api/organizations", Map.of("name", "Acme " + marker)).id();
        String ceo = person(seller, "Carla Chief " + marker, "CEO", organization, "shared");
        String vp = person(seller, "Victor Vee " + marker, "VP Engineering", organization, "shared");
        String analyst = person(seller, "Ana Lyst " + marker, "Analyst", organization, "shared");
        String secret = person(seller, "Sid Secret " + marker, "CFO", organization, "private");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        log(seller, "meal", now.minusDays(3), "Dinner with Carla " + marker, List.of(ceo), null);
        log(seller, "in_person", now.minusDays(20), "Workshop with Carla " + marker, List.of(ceo), null);
        log(colleague, "phone", now.minusDays(2), "Colleague called Ana " + marker, List.of(analyst), null);
        log(seller, "in_person", now.minusDays(1), "Lunch with the hidden one " + marker, List.of(secret), null);
        log(seller, "meal", now.minusDays(4), "Dinner with the CFO " + marker, List.of(secret), null);
        log(seller, "event", now.minusDays(30), "Acme user day " + marker, List.of(vp), organization);

        WebSession mine = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        String people = page(mine, "/organizations/" + organization + "/people-card");
        assertThat(people).contains("2 of 3", "decision makers at relationship tier or above", "Sid Secret " + marker);
        assertThat(people.indexOf("Carla Chief")).as("strongest first").isLessThan(people.indexOf("Victor Vee"));

        WebSession theirs = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        String seen = page(theirs, "/organizations/" + organization + "/people-card");
        assertThat(seen).contains("1 of 2", "Carla Chief " + marker, "Victor Vee " + marker, "Ana Lyst " + marker,
                "People (3)", "Decision maker", "relationship");
        assertThat(seen).doesNotContain("Sid Secret", "CFO");
        // Who knows Carla best is the seller (a colleague to this reader), and Ana the reader herself.
        assertThat(row(seen, "Carla Chief")).contains("Test member").doesNotContain("You");
        assertThat(row(seen, "Ana Lyst")).contains("You");

        String timeline = page(theirs, "/organizations/" + organization + "/timeline-card");
        assertThat(timeline).contains("Dinner with Carla " + marker, "Colleague called Ana " + marker,
                "Acme user day " + marker);
        assertThat(timeline).doesNotContain("hidden one", "Dinner with the CFO", "Sid Secret");
        assertThat(timeline.indexOf("Colleague called Ana")).as("newest first")
                .isLessThan(timeline.indexOf("Dinner with Carla")).isLessThan(timeline.indexOf("Acme user day"));
        assertThat(page(mine, "/organizations/" + organization + "/timeline-card")).contains("hidden one");

        // The person page says who holds the relationship, best first.
        String card = page(theirs, "/people/" + ceo + "/relationship-card");
        assertThat(card).contains("Who holds it");
        assertThat(theirs.get("/people/" + secret + "/relationship-card").statusCode()).isEqualTo(404);
    }

    @Test
    void theOwnersCardSaysItOnceWhenTheTeamIsThem() {
        NewUser seller = api.newUser("member", null);
        String person = person(seller, "Solo Sam " + UUID.randomUUID(), null, null, "shared");
        log(seller, "meal", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1), "Lunch", List.of(person), null);
        WebSession session = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        String card = page(session, "/people/" + person + "/relationship-card");
        assertThat(card).contains("The team and you").doesNotContain(">You<");
        assertThat(card).contains("(you)");
    }

    private static String page(WebSession session, String path) {
        HttpResponse<String> reply = session.get(path);
        assertThat(reply.statusCode()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.body();
    }

    private static String row(String html, String name) {
        int at = html.indexOf(name);
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String person(NewUser owner, String name, String title, String organization, String visibility) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "visibility", visibility));
        if (title != null) {
            body.put("title", title);
        }
        if (organization != null) {
            body.put("organizationId", organization);
        }
        Reply created = owner.client().post("/api/people", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private static void log(NewUser user, String channel, OffsetDateTime at, String summary, List<String> people,
            String organization) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", channel, "occurredAt", at.toString(),
                "summary", summary, "personIds", people));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        Reply logged = user.client().post("/api/touchpoints", body);
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
    }
}
