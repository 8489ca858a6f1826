package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Touchpoints that name a deal: the deal stops going stale, its card lists them, and a deal the reader may not
 * see is neither named to them nor nameable by them.
 */
@HandshakeTest
class DealTouchpointsTest {

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    /** A seller's shared deal with one decision maker, opened {@code daysAgo} days ago and idle since. */
    private record Opened(NewUser seller, String organization, String person, String deal, String name) {}

    private Opened openDeal(int daysAgo) {
        NewUser seller = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        clock.fixAt(Instant.now().minus(Duration.ofDays(daysAgo)));
        try {
            Client client = seller.client();
            String organization = client.post("/api/organizations", Map.of("name", "Contoso " + marker)).id();
            String person = client.post("/api/people", Map.of("name", "Dana " + marker, "organizationId", organization))
                    .id();
            String name = "Contact centre for " + marker;
            Reply deal = client.post("/api/deals", Map.of("name", name, "organizationId", organization,
                    "people", List.of(Map.of("personId", person, "role", "decision_maker"))));
            assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
            return new Opened(seller, organization, person, deal.id(), name);
        } finally {
            clock.reset();
        }
    }

    private static Reply log(Client client, String person, String deal, OffsetDateTime at, String summary,
            String visibility) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", at.toString(), "summary", summary, "visibility", visibility));
        if (deal != null) {
            body.put("dealId", deal);
        }
        return client.post("/api/touchpoints", body);
    }

    @Test
    void aTouchpointNamingAStaleDealBringsItBackToLife() {
        Opened opened = openDeal(40);
        Client client = opened.seller().client();
        assertThat(client.get("/api/deals/" + opened.deal()).body().path("goingStale").asBoolean())
                .as("idle 40 days in a stage that allows 30").isTrue();

        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(50).truncatedTo(ChronoUnit.SECONDS);
        Reply old = log(client, opened.person(), opened.deal(), longAgo, "An old call", "shared");
        assertThat(old.status()).as(old.raw()).isEqualTo(201);
        assertThat(old.body().path("dealId").asString()).isEqualTo(opened.deal());
        assertThat(old.body().path("dealName").asString()).isEqualTo(opened.name());
        assertThat(client.get("/api/deals/" + opened.deal()).body().path("goingStale").asBoolean())
                .as("a touchpoint older than the last activity moves nothing").isTrue();

        OffsetDateTime recently = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        Reply recent = log(client, opened.person(), opened.deal(), recently, "A recent call", "shared");
        assertThat(recent.status()).as(recent.raw()).isEqualTo(201);

        JsonNode deal = client.get("/api/deals/" + opened.deal()).body();
        assertThat(deal.path("goingStale").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(deal.path("lastActivityAt").asString()).toInstant())
                .isEqualTo(recently.toInstant());
        assertThat(client.get("/api/deals?goingStale=true&q=" + opened.name().substring(19)).body().path("items"))
                .isEmpty();

        JsonNode about = client.get("/api/touchpoints?dealId=" + opened.deal()).body().path("items");
        assertThat(about).hasSize(2);
        assertThat(about.get(0).path("summary").asString()).isEqualTo("A recent call");
        assertThat(about.get(0).path("dealName").asString()).isEqualTo(opened.name());
        assertThat(client.get("/api/touchpoints/" + recent.id()).body().path("dealName").asString())
                .isEqualTo(opened.name());
    }

    @Test
    void aDealTheLoggerMayNotSeeIsRefusedNamingTheField() {
        NewUser owner = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = owner.client().post("/api/organizations", Map.of("name", "Fabrikam " + marker)).id();
        String secretName = "Secret takeover " + marker;
        String secret = owner.client().post("/api/deals", Map.of("name", secretName, "organizationId", organization,
                "visibility", "private")).id();
        String person = colleague.client().post("/api/people", Map.of("name", "Pat " + marker)).id();

        for (String deal : List.of(secret, UUID.randomUUID().toString())) {
            Reply refused = log(colleague.client(), person, deal, OffsetDateTime.now(ZoneOffset.UTC), "Call " + marker,
                    "shared");
            assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("dealId");
            assertThat(refused.raw()).doesNotContain(secretName);
        }
        assertThat(colleague.client().get("/api/people/" + person + "/timeline").body().path("items"))
                .as("nothing was logged").isEmpty();
        assertThat(colleague.client().get("/api/touchpoints?dealId=" + secret).status()).isEqualTo(404);

        Reply logged = log(colleague.client(), person, null, OffsetDateTime.now(ZoneOffset.UTC), "Call " + marker,
                "shared");
        Reply renamed = colleague.client().put("/api/touchpoints/" + logged.id(), Map.of("channel", "phone",
                "personIds", List.of(person), "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).toString(),
                "dealId", secret), logged.etag());
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(400);
        assertThat(renamed.body().path("errors").get(0).path("field").asString()).isEqualTo("dealId");
    }

    @Test
    void aDealMadePrivateLaterIsNoLongerNamedToThoseWhoMayNotSeeIt() {
        Opened opened = openDeal(1);
        NewUser colleague = api.newUser("member", null);
        Reply logged = log(opened.seller().client(), opened.person(), opened.deal(),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Pricing call", "shared");
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        assertThat(colleague.client().get("/api/touchpoints/" + logged.id()).body().path("dealName").asString())
                .as("a shared deal is named to the team").isEqualTo(opened.name());

        Reply deal = opened.seller().client().get("/api/deals/" + opened.deal());
        Reply hidden = opened.seller().client().put("/api/deals/" + opened.deal(), Map.of("name", opened.name(),
                "organizationId", opened.organization(), "visibility", "private",
                "people", List.of(Map.of("personId", opened.person(), "role", "decision_maker"))), deal.etag());
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(200);

        Reply one = colleague.client().get("/api/touchpoints/" + logged.id());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().hasNonNull("dealId")).isFalse();
        assertThat(one.body().hasNonNull("dealName")).isFalse();
        assertThat(one.raw()).doesNotContain(opened.name()).doesNotContain(opened.deal());
        Reply timeline = colleague.client().get("/api/people/" + opened.person() + "/timeline");
        assertThat(timeline.body().path("items")).hasSize(1);
        assertThat(timeline.raw()).doesNotContain(opened.name()).doesNotContain(opened.deal());
        assertThat(colleague.client().get("/api/touchpoints?dealId=" + opened.deal()).status()).isEqualTo(404);

        WebSession page = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        HttpResponse<String> shown = page.get("/touchpoints/" + logged.id());
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("Pricing call").doesNotContain(opened.name()).doesNotContain(opened.deal());
        assertThat(page.get("/deals/" + opened.deal() + "/touchpoints-card").statusCode()).isEqualTo(404);
        HttpResponse<String> form = page.get("/touchpoints/new?personId=" + opened.person() + "&dealId=" + opened.deal());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).as("the log form offers no deal the user may not see")
                .doesNotContain(opened.name()).doesNotContain("value=\"" + opened.deal() + "\"");

        assertThat(opened.seller().client().get("/api/touchpoints/" + logged.id()).body().path("dealName").asString())
                .as("its owner still sees it named").isEqualTo(opened.name());
    }

    @Test
    void aDealHiddenFromTheEditorStaysNamedWhenTheyChangeTheTouchpoint() {
        Opened opened = openDeal(1);
        NewUser colleague = api.newUser("member", null);
        Reply logged = log(colleague.client(), opened.person(), opened.deal(),
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "Joined the demo", "shared");
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        Reply deal = opened.seller().client().get("/api/deals/" + opened.deal());
        assertThat(opened.seller().client().put("/api/deals/" + opened.deal(), Map.of("name", opened.name(),
                "organizationId", opened.organization(), "visibility", "private",
                "people", List.of(Map.of("personId", opened.person(), "role", "decision_maker"))), deal.etag())
                .status()).isEqualTo(200);

        Reply read = colleague.client().get("/api/touchpoints/" + logged.id());
        Reply changed = colleague.client().put("/api/touchpoints/" + logged.id(), Map.of("channel", "video",
                "personIds", List.of(opened.person()), "occurredAt", read.body().path("occurredAt").asString(),
                "summary", "Joined the demo, on video"), read.etag());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().hasNonNull("dealId")).isFalse();
        assertThat(changed.raw()).doesNotContain(opened.name());

        JsonNode kept = opened.seller().client().get("/api/touchpoints/" + logged.id()).body();
        assertThat(kept.path("summary").asString()).isEqualTo("Joined the demo, on video");
        assertThat(kept.path("dealId").asString()).as("the deal the editor was never shown stays named")
                .isEqualTo(opened.deal());
    }

    @Test
    void theDealsCardListsOnlyTheTouchpointsTheReaderMaySee() {
        Opened opened = openDeal(1);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        assertThat(log(opened.seller().client(), opened.person(), opened.deal(), now.minusDays(1), "Demo " + marker,
                "shared").status()).isEqualTo(201);
        Reply secret = log(api.admin(), opened.person(), opened.deal(), now.minusHours(3), "Board gossip " + marker,
                "private");
        assertThat(secret.status()).as(secret.raw()).isEqualTo(201);
        assertThat(log(opened.seller().client(), opened.person(), null, now.minusHours(2), "Unrelated " + marker,
                "shared").status()).isEqualTo(201);

        WebSession seller = WebSession.signIn(api.baseUrl(), opened.seller().email(), Api.PASSWORD);
        HttpResponse<String> card = seller.get("/deals/" + opened.deal() + "/touchpoints-card");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).contains("id=\"deal-touchpoints\"").contains("Demo " + marker)
                .doesNotContain("Board gossip").doesNotContain("Unrelated " + marker)
                .contains("/touchpoints/new?personId=" + opened.person() + "&amp;dealId=" + opened.deal());
        assertThat(opened.seller().client().get("/api/touchpoints?dealId=" + opened.deal()).body().path("items"))
                .hasSize(1);

        HttpResponse<String> form = seller.get("/touchpoints/new?personId=" + opened.person() + "&dealId="
                + opened.deal());
        assertThat(form.body()).containsPattern("<option value=\"" + opened.deal() + "\"[^>]*selected");
        HttpResponse<String> plain = seller.get("/touchpoints/new");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).as("the seller's own open deals are offered")
                .contains("<option value=\"" + opened.deal() + "\"");
    }
}
