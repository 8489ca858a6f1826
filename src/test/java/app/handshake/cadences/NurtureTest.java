package app.handshake.cadences;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A lost deal's decision makers and champions on Today, on a fixed clock (the loss on 10 March 2026, noon UTC):
 * marked as nurture, a personal channel advised, met by any touchpoint, ended by reopening; a person's own
 * cadence is never replaced; and nothing of a private person or a private deal shows on anyone else's Today.
 */
@HandshakeTest
class NurtureTest {

    private static final Instant LOSS = Instant.parse("2026-03-10T12:00:00Z");
    private static final List<String> PERSONAL = List.of("meal", "in_person", "phone");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;
    NewUser colleague;
    String organization;

    @BeforeEach
    void fixTheClock() {
        // Before the loss, with every touchpoint the tests log before it already in the past.
        clock.fixAt(LOSS.minus(Duration.ofHours(1)));
        seller = api.newUser("member", null);
        colleague = api.newUser("member", null);
        organization = seller.client().post("/api/organizations", Map.of("name", "Lost Co " + UUID.randomUUID())).id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void theDecisionMakersAndChampionsOfALostDealAreNurturedOnTheirOwnersToday() {
        String dana = person(seller.client(), "Dana Decider", null);
        String chris = person(colleague.client(), "Chris Champion", null);
        String ivy = person(seller.client(), "Ivy Influencer", null);
        touch(seller.client(), dana, "email", LOSS.minus(Duration.ofDays(50)));
        String deal = deal(seller.client(), "IVR for 8 sites", null, Map.of(dana, "decision_maker",
                chris, "champion", ivy, "influencer"));

        clock.fixAt(LOSS);
        lose(seller.client(), deal);
        // Due an interval after the loss, not at once for the silence before it.
        assertThat(agenda(seller)).isEmpty();
        clock.advance(Duration.ofDays(29));
        assertThat(agenda(seller)).isEmpty();

        clock.advance(Duration.ofDays(1));
        Map<String, JsonNode> sellers = agenda(seller);
        assertThat(sellers.keySet()).containsExactly(dana);
        JsonNode item = sellers.get(dana);
        assertThat(item.path("nurture").path("mark").asString()).isEqualTo("Nurture: IVR for 8 sites, lost 10 Mar 2026");
        assertThat(item.path("nurture").path("dealId").asString()).isEqualTo(deal);
        assertThat(item.path("intervalDays").asInt()).isEqualTo(30);
        assertThat(PERSONAL).contains(item.path("suggestedChannel").asString());
        assertThat(item.path("why").asString()).contains("Nurture");
        // The champion's owner is reminded of them; the influencer is not nurtured.
        Map<String, JsonNode> colleagues = agenda(colleague);
        assertThat(colleagues.keySet()).containsExactly(chris);
        assertThat(colleagues.get(chris).path("nurture").path("mark").asString()).startsWith("Nurture: IVR for 8 sites");

        // Today shows the mark where the item stands.
        WebSession page = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        String today = page.get("/today").body();
        assertThat(today).contains("Nurture: IVR for 8 sites, lost 10 Mar 2026").contains("/deals/" + deal);

        // A dinner with Dana meets it: the due date moves on from the meal.
        touch(seller.client(), dana, "meal", LOSS.plus(Duration.ofDays(30)));
        assertThat(agenda(seller)).isEmpty();
        assertThat(seller.client().get("/api/people/" + dana + "/cadence").body().path("dueAt").asString())
                .startsWith("2026-05-09");
        clock.advance(Duration.ofDays(29));
        assertThat(agenda(seller)).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(agenda(seller)).containsKey(dana);
    }

    @Test
    void aPersonsOwnCadenceIsNeverReplacedAndIsAsBeforeWhenTheNurtureEnds() {
        String slow = person(seller.client(), "Slow Cadence", null);
        String callFortnightly = person(seller.client(), "Call Fortnightly", null);
        cadence(slow, 90, null);
        cadence(callFortnightly, 14, "phone");
        touch(seller.client(), slow, "meal", LOSS.minus(Duration.ofDays(40)));
        touch(seller.client(), callFortnightly, "phone", LOSS.minus(Duration.ofDays(1)));
        String deal = deal(seller.client(), "Platform renewal", 30, Map.of(slow, "decision_maker",
                callFortnightly, "champion"));
        clock.fixAt(LOSS);
        lose(seller.client(), deal);

        clock.advance(Duration.ofDays(13));
        // The shorter cadence wins: the fortnightly call stays a fortnightly call, marked as nurtured.
        JsonNode call = agenda(seller).get(callFortnightly);
        assertThat(call.path("intervalDays").asInt()).isEqualTo(14);
        assertThat(call.path("cadenceChannel").asString()).isEqualTo("phone");
        assertThat(call.path("suggestedChannel").asString()).isEqualTo("phone");
        assertThat(call.path("nurture").path("dealName").asString()).isEqualTo("Platform renewal");

        clock.advance(Duration.ofDays(17));
        JsonNode nurtured = agenda(seller).get(slow);
        assertThat(nurtured.path("intervalDays").asInt()).isEqualTo(30);
        assertThat(nurtured.path("nurture").path("mark").asString()).startsWith("Nurture: Platform renewal");
        // The cadence set on the person is untouched.
        JsonNode own = seller.client().get("/api/people/" + slow + "/cadence").body();
        assertThat(own.path("intervalDays").asInt()).isEqualTo(90);
        assertThat(own.path("source").asString()).isEqualTo("set on this person");

        // Reopening ends the nurture: every 90 days from the meal again, and no mark on anyone.
        Reply reopened = seller.client().post("/api/deals/" + deal + "/reopen", Map.of());
        assertThat(reopened.status()).as(reopened.raw()).isEqualTo(200);
        assertThat(agenda(seller)).doesNotContainKey(slow);
        assertThat(seller.client().get("/api/people/" + slow + "/cadence").body().path("dueAt").asString())
                .startsWith("2026-04-29");
        clock.advance(Duration.ofDays(30));
        Map<String, JsonNode> later = agenda(seller);
        assertThat(later).containsKey(slow).containsKey(callFortnightly);
        later.values().forEach(item -> assertThat(item.path("nurture").isObject()).as(item.toString()).isFalse());
        assertThat(later.get(slow).path("intervalDays").asInt()).isEqualTo(90);
    }

    @Test
    void reopeningEndsTheNurtureOfSomeoneWithNoCadenceAndLosingAgainStartsIt() {
        String dana = person(seller.client(), "Dana Again", null);
        String deal = deal(seller.client(), "Second try", 20, Map.of(dana, "decision_maker"));
        clock.fixAt(LOSS);
        lose(seller.client(), deal);
        clock.advance(Duration.ofDays(20));
        assertThat(agenda(seller)).containsKey(dana);

        seller.client().post("/api/deals/" + deal + "/reopen", Map.of());
        assertThat(agenda(seller)).isEmpty();
        assertThat(seller.client().get("/api/people/" + dana + "/cadence").body().path("dueAt").isString()).isFalse();

        lose(seller.client(), deal);
        assertThat(agenda(seller)).isEmpty();
        clock.advance(Duration.ofDays(20));
        assertThat(agenda(seller).get(dana).path("nurture").path("lostOn").asString()).isEqualTo("2026-03-30");
        seller.client().post("/api/deals/" + deal + "/reopen", Map.of());
        Reply won = seller.client().post("/api/deals/" + deal + "/win", Map.of());
        assertThat(won.body().path("wonBack").asBoolean()).isTrue();
        assertThat(agenda(seller)).isEmpty();
    }

    @Test
    void aPrivatePersonOrAPrivateDealNeverShowsOnAnotherUsersToday() {
        // The colleague's private contact on a shared deal: nurtured on the colleague's Today only.
        String dana = person(seller.client(), "Shared Dana", null);
        String secret = person(colleague.client(), "Secret Sam", "private");
        String shared = deal(colleague.client(), "Shared deal", 30, Map.of(dana, "decision_maker",
                secret, "champion"));
        // The seller's private deal with the colleague's shared contact: the colleague may not see the deal.
        String carol = person(colleague.client(), "Carol Shared", null);
        String privateDeal = deal(seller.client(), "Private deal", 30, Map.of(carol, "decision_maker"),
                "private");
        clock.fixAt(LOSS);
        lose(colleague.client(), shared);
        lose(seller.client(), privateDeal);
        clock.advance(Duration.ofDays(31));

        Map<String, JsonNode> sellers = agenda(seller);
        assertThat(sellers.keySet()).containsExactly(dana);
        assertThat(sellers.get(dana).path("nurture").path("dealName").asString()).isEqualTo("Shared deal");
        Map<String, JsonNode> colleagues = agenda(colleague);
        assertThat(colleagues.keySet()).containsExactly(secret);
        assertThat(colleagues.toString()).doesNotContain("Private deal").doesNotContain(privateDeal);
        String page = WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD).get("/today").body();
        assertThat(page).contains("Secret Sam").doesNotContain("Private deal").doesNotContain("Carol Shared");
        String sellersPage = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD).get("/today").body();
        assertThat(sellersPage).doesNotContain("Secret Sam");
    }

    private String person(Client client, String name, String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("organizationId", organization);
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        Reply reply = client.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private String deal(Client client, String name, Integer nurtureEveryDays, Map<String, String> roles) {
        return deal(client, name, nurtureEveryDays, roles, "shared");
    }

    private String deal(Client client, String name, Integer nurtureEveryDays, Map<String, String> roles,
            String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("organizationId", organization);
        body.put("visibility", visibility);
        body.put("nurtureEveryDays", nurtureEveryDays == null ? 30 : nurtureEveryDays);
        List<Map<String, String>> people = new ArrayList<>();
        roles.forEach((id, role) -> people.add(Map.of("personId", id, "role", role)));
        body.put("people", people);
        Reply reply = client.post("/api/deals", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static void lose(Client client, String deal) {
        Reply lost = client.post("/api/deals/" + deal + "/lose", Map.of("reason", "Price", "competitor", "Rival"));
        assertThat(lost.status()).as(lost.raw()).isEqualTo(200);
    }

    private void touch(Client client, String personId, String channel, Instant at) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString()));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private void cadence(String personId, int days, String channel) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("intervalDays", days);
        if (channel != null) {
            body.put("channel", channel);
        }
        Reply reply = seller.client().put("/api/people/" + personId + "/cadence", body, "*");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
    }

    /** The user's Today by person id, in order. */
    private static Map<String, JsonNode> agenda(NewUser user) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        user.client().get("/api/agenda").body().path("items").forEach(item -> items.put(item.path("personId").asString(),
                item));
        return items;
    }
}
