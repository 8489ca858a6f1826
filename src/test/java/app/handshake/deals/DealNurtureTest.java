package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import app.handshake.support.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Whether a lost deal's nurture is kept up, month by month from the loss (15 January 2026, noon UTC), counted
 * from what the reader may see: a touchpoint they may not read and a private person of someone else are
 * not in their figure.
 */
@HandshakeTest
class DealNurtureTest {

    private static final Instant LOSS = Instant.parse("2026-01-15T12:00:00Z");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;
    NewUser colleague;
    String organization;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(LOSS.minus(Duration.ofHours(1)));
        seller = api.newUser("member", null);
        colleague = api.newUser("member", null);
        organization = seller.client().post("/api/organizations", Map.of("name", "Nurtured " + UUID.randomUUID())).id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void theKeptUpFigureFollowsTheFactsMonthByMonthAsTheReaderMaySeeThem() {
        String dana = person(seller.client(), "Dana Decider", "shared");
        String secret = person(colleague.client(), "Secret Sam", "private");
        Reply created = colleague.client().post("/api/deals", Map.of("name", "Contact centre", "organizationId",
                organization, "nurtureEveryDays", 30, "people", List.of(Map.of("personId", dana, "role",
                        "decision_maker"), Map.of("personId", secret, "role", "champion"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String deal = created.id();
        assertThat(nurture(seller.client(), deal).path("status").asString()).isEqualTo("none");

        clock.fixAt(LOSS);
        assertThat(colleague.client().post("/api/deals/" + deal + "/lose", Map.of("reason", "Price")).status())
                .isEqualTo(200);
        JsonNode first = nurture(seller.client(), deal);
        assertThat(first.path("status").asString()).isEqualTo("running");
        assertThat(first.path("since").asString()).startsWith("2026-01-15T12:00");
        assertThat(first.path("intervalDays").asInt()).isEqualTo(30);
        assertThat(names(first)).containsExactly("Dana Decider");
        assertThat(first.path("keptUp").asBoolean()).isTrue();

        at("2026-01-25T12:00:00Z");
        touch(seller.client(), dana, "meal", "shared");
        at("2026-01-27T12:00:00Z");
        touch(colleague.client(), secret, "meal", "shared");

        at("2026-02-20T12:00:00Z");
        JsonNode february = nurture(seller.client(), deal);
        assertThat(months(february)).containsExactly("1 kept 1", "2 running 0");
        assertThat(february.path("monthsKept").asInt()).isEqualTo(1);
        assertThat(february.path("monthsMissed").asInt()).isEqualTo(0);
        assertThat(february.path("keptUp").asBoolean()).isTrue();
        // The colleague's lunch with their private contact counts for those who may see it.
        assertThat(months(nurture(api.admin(), deal))).containsExactly("1 kept 2", "2 running 0");
        assertThat(names(nurture(api.admin(), deal))).containsExactlyInAnyOrder("Dana Decider", "Secret Sam");

        at("2026-03-20T12:00:00Z");
        JsonNode march = nurture(seller.client(), deal);
        assertThat(months(march)).containsExactly("1 kept 1", "2 missed 0", "3 running 0");
        assertThat(march.path("monthsMissed").asInt()).isEqualTo(1);
        assertThat(march.path("keptUp").asBoolean()).isFalse();

        at("2026-03-25T12:00:00Z");
        touch(seller.client(), dana, "phone", "shared");
        at("2026-03-26T12:00:00Z");
        touch(colleague.client(), dana, "in_person", "private");

        at("2026-04-20T12:00:00Z");
        JsonNode april = nurture(seller.client(), deal);
        assertThat(months(april)).containsExactly("1 kept 1", "2 missed 0", "3 kept 1", "4 running 0");
        assertThat(april.path("monthsKept").asInt()).isEqualTo(2);
        assertThat(april.path("monthsMissed").asInt()).isEqualTo(1);
        assertThat(april.path("keptUp").asBoolean()).isTrue();
        assertThat(april.toString()).doesNotContain(secret).doesNotContain("Secret");
        assertThat(months(nurture(api.admin(), deal))).containsExactly("1 kept 2", "2 missed 0", "3 kept 2",
                "4 running 0");

        String card = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD)
                .get("/deals/" + deal + "/nurture-card").body();
        assertThat(card).contains("id=\"deal-nurture\"").contains("Kept up").contains("2 of 3 months kept")
                .contains("1 missed").contains("Dana Decider").contains("Month 2, 15 Feb to 15 Mar 2026: 0 touchpoints, missed")
                .doesNotContain("Secret");

        at("2026-04-25T12:00:00Z");
        colleague.client().post("/api/deals/" + deal + "/reopen", Map.of());
        at("2026-05-30T12:00:00Z");
        JsonNode ended = nurture(seller.client(), deal);
        assertThat(ended.path("status").asString()).isEqualTo("ended");
        assertThat(ended.path("endedAt").asString()).startsWith("2026-04-25");
        assertThat(months(ended)).containsExactly("1 kept 1", "2 missed 0", "3 kept 1", "4 running 0");
        assertThat(ended.path("wonBack").asBoolean()).isFalse();
        colleague.client().post("/api/deals/" + deal + "/win", Map.of());
        assertThat(nurture(seller.client(), deal).path("wonBack").asBoolean()).isTrue();
    }

    @Test
    void aNurtureLessOftenThanMonthlyIsKeptByOneTouchpointForItsWholeInterval() {
        String dana = person(seller.client(), "Quarterly Dana", "shared");
        String deal = seller.client().post("/api/deals", Map.of("name", "Quarterly", "organizationId", organization,
                "nurtureEveryDays", 90, "people", List.of(Map.of("personId", dana, "role", "decision_maker")))).id();
        clock.fixAt(LOSS);
        seller.client().post("/api/deals/" + deal + "/lose", Map.of("reason", "Timing"));
        at("2026-01-20T12:00:00Z");
        touch(seller.client(), dana, "meal", "shared");
        at("2026-06-01T12:00:00Z");
        JsonNode figure = nurture(seller.client(), deal);
        assertThat(months(figure)).containsExactly("1 kept 1", "2 kept 0", "3 kept 0", "4 missed 0", "5 running 0");
        assertThat(figure.path("keptUp").asBoolean()).isFalse();
    }

    @Test
    void aDealTheReaderMayNotSeeHasNoNurtureForThem() {
        String dana = person(seller.client(), "Hidden Dana", "shared");
        String deal = seller.client().post("/api/deals", Map.of("name", "Private one", "organizationId", organization,
                "visibility", "private", "people", List.of(Map.of("personId", dana, "role", "decision_maker")))).id();
        clock.fixAt(LOSS);
        seller.client().post("/api/deals/" + deal + "/lose", Map.of("reason", "Price"));
        Reply hidden = colleague.client().get("/api/deals/" + deal + "/nurture");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.header("Content-Type")).contains("problem+json");
        assertThat(colleague.client().get("/api/deals/" + UUID.randomUUID() + "/nurture").status()).isEqualTo(404);
        assertThat(WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD)
                .get("/deals/" + deal + "/nurture-card").body()).doesNotContain("Hidden Dana").doesNotContain("Private one");
        assertThat(nurture(seller.client(), deal).path("status").asString()).isEqualTo("running");
    }

    private void at(String instant) {
        clock.fixAt(Instant.parse(instant));
    }

    private String person(Client client, String name, String visibility) {
        Reply reply = client.post("/api/people", Map.of("name", name, "organizationId", organization,
                "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private void touch(Client client, String personId, String channel, String visibility) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static JsonNode nurture(Client client, String deal) {
        Reply reply = client.get("/api/deals/" + deal + "/nurture");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    /** "number state touchpoints" per month. */
    private static List<String> months(JsonNode nurture) {
        List<String> months = new ArrayList<>();
        nurture.path("months").forEach(m -> months.add(m.path("number").asInt() + " " + m.path("state").asString()
                + " " + m.path("touchpoints").asInt()));
        return months;
    }

    private static List<String> names(JsonNode nurture) {
        List<String> names = new ArrayList<>();
        nurture.path("people").forEach(p -> names.add(p.path("name").asString()));
        return names;
    }
}
