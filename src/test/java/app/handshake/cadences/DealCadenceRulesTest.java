package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Cadence rules about deals: everyone in a role on an open deal, and the decision makers on an open deal worth at
 * least an amount. Who they cover follows the deals as they change, close and reopen, and a deal the one to be
 * reminded may not see covers nobody.
 */
@HandshakeTest
class DealCadenceRulesTest {

    @Autowired
    Api api;

    private final List<String> rules = new ArrayList<>();

    @AfterEach
    void removeTheRules() {
        rules.forEach(id -> api.delete("/api/cadence-rules/" + id, null));
    }

    private JsonNode addRule(String kind, String value, int days, String channel) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("kind", kind, "value", value, "intervalDays", days));
        if (channel != null) {
            body.put("channel", channel);
        }
        Reply rule = api.newUser("manager", null).client().post("/api/cadence-rules", body);
        assertThat(rule.status()).as(rule.raw()).isEqualTo(201);
        rules.add(rule.id());
        return rule.body();
    }

    private static JsonNode standing(Client client, String person) {
        return client.get("/api/people/" + person + "/cadence").body();
    }

    private static String source(Client client, String person) {
        JsonNode standing = standing(client, person);
        return standing.hasNonNull("source") ? standing.get("source").asString() : "";
    }

    private static Map<String, Object> deal(String name, String organization, Map<String, Object> value,
            List<Map<String, Object>> people) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "organizationId", organization,
                "people", people));
        if (value != null) {
            body.put("value", value);
        }
        return body;
    }

    private static Map<String, Object> as(String person, String role) {
        return Map.of("personId", person, "role", role);
    }

    private static List<String> agenda(Client client) {
        List<String> ids = new ArrayList<>();
        client.get("/api/agenda").body().path("items").forEach(i -> ids.add(i.path("personId").asString()));
        return ids;
    }

    @Test
    void aRoleOnAnOpenDealGivesACadenceWhileTheDealIsOpen() {
        JsonNode rule = addRule("open_deal", "Champion", 14, "meal");
        assertThat(rule.path("value").asString()).isEqualTo("champion");

        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = client.post("/api/organizations", Map.of("name", "Litware " + marker)).id();
        String champion = client.post("/api/people", Map.of("name", "Cham " + marker, "organizationId", organization)).id();
        String influencer = client.post("/api/people", Map.of("name", "Inga " + marker, "organizationId", organization)).id();
        Reply opened = client.post("/api/deals", deal("Rollout " + marker, organization, null,
                List.of(as(champion, "champion"), as(influencer, "influencer"))));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);

        JsonNode covered = standing(client, champion);
        assertThat(covered.path("intervalDays").asInt()).isEqualTo(14);
        assertThat(covered.path("channel").asString()).isEqualTo("meal");
        assertThat(covered.path("source").asString()).contains("champions on an open deal");
        assertThat(source(client, influencer)).as("another role").doesNotContain("on an open deal");
        assertThat(agenda(client)).contains(champion).doesNotContain(influencer);

        Reply changed = client.put("/api/deals/" + opened.id(), deal("Rollout " + marker, organization, null,
                List.of(as(influencer, "champion"))), opened.etag());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(source(client, influencer)).as("made a champion").contains("champions on an open deal");
        assertThat(source(client, champion)).as("taken off the deal").doesNotContain("on an open deal");
        assertThat(agenda(client)).contains(influencer).doesNotContain(champion);

        assertThat(client.post("/api/deals/" + opened.id() + "/win", Map.of()).status()).isEqualTo(200);
        assertThat(source(client, influencer)).as("the deal is won").doesNotContain("on an open deal");
        assertThat(agenda(client)).doesNotContain(influencer);

        assertThat(client.post("/api/deals/" + opened.id() + "/reopen", Map.of()).status()).isEqualTo(200);
        assertThat(source(client, influencer)).as("open again").contains("champions on an open deal");
    }

    @Test
    void decisionMakersOfADealWorthEnoughUntilItDropsBelowOrIsLost() {
        JsonNode rule = addRule("deal_decision_maker", "nzd 100,000", 21, null);
        assertThat(rule.path("value").asString()).isEqualTo("NZD 100000.00");

        Client client = api.newUser("member", null).client();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = client.post("/api/organizations", Map.of("name", "Tailspin " + marker)).id();
        String decider = client.post("/api/people", Map.of("name", "Dee " + marker, "organizationId", organization)).id();
        String champion = client.post("/api/people", Map.of("name", "Chet " + marker, "organizationId", organization)).id();
        List<Map<String, Object>> people = List.of(as(decider, "decision_maker"), as(champion, "champion"));
        Reply opened = client.post("/api/deals", deal("Telephony " + marker, organization,
                Map.of("amount", 15_000_000L, "currency", "NZD"), people));
        assertThat(opened.status()).as(opened.raw()).isEqualTo(201);

        String worth = "decision makers on an open deal worth NZD 100,000.00 or more";
        JsonNode covered = standing(client, decider);
        assertThat(covered.path("intervalDays").asInt()).isEqualTo(21);
        assertThat(covered.path("source").asString()).contains(worth);
        assertThat(source(client, champion)).as("not a decision maker").doesNotContain(worth);

        String etag = opened.etag();
        for (Object[] step : new Object[][] {{5_000_000L, "NZD", false}, {10_000_000L, "NZD", true},
                {50_000_000L, "AUD", false}, {12_000_000L, "NZD", true}}) {
            Reply changed = client.put("/api/deals/" + opened.id(), deal("Telephony " + marker, organization,
                    Map.of("amount", step[0], "currency", step[1]), people), etag);
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
            etag = changed.etag();
            String now = source(client, decider);
            if ((boolean) step[2]) {
                assertThat(now).as(step[1] + " " + step[0]).contains(worth);
            } else {
                assertThat(now).as(step[1] + " " + step[0]).doesNotContain(worth);
            }
        }

        Reply lost = client.post("/api/deals/" + opened.id() + "/lose", Map.of("reason", "Price"));
        assertThat(lost.status()).as(lost.raw()).isEqualTo(200);
        assertThat(source(client, decider)).as("the deal is lost").doesNotContain(worth);
    }

    @Test
    void aDealTheOneRemindedMayNotSeeCoversNobody() {
        addRule("deal_decision_maker", "NZD 200000", 30, null);
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = colleague.client().post("/api/organizations", Map.of("name", "Wingtip " + marker)).id();
        String decider = seller.client().post("/api/people", Map.of("name", "Dora " + marker,
                "organizationId", organization)).id();
        Map<String, Object> body = deal("Quiet takeover " + marker, organization,
                Map.of("amount", 30_000_000L, "currency", "NZD"), List.of(as(decider, "decision_maker")));
        body.put("visibility", "private");
        Reply secret = colleague.client().post("/api/deals", body);
        assertThat(secret.status()).as(secret.raw()).isEqualTo(201);

        JsonNode standing = standing(seller.client(), decider);
        assertThat(standing.hasNonNull("intervalDays")).as("the seller, who is reminded, may not see the deal").isFalse();
        assertThat(agenda(seller.client())).doesNotContain(decider);
        assertThat(standing(api.admin(), decider).hasNonNull("intervalDays")).isFalse();

        body.put("visibility", "shared");
        Reply shared = colleague.client().put("/api/deals/" + secret.id(), body, secret.etag());
        assertThat(shared.status()).as(shared.raw()).isEqualTo(200);
        JsonNode now = standing(seller.client(), decider);
        assertThat(now.path("intervalDays").asInt()).isEqualTo(30);
        assertThat(now.toString()).doesNotContain("Quiet takeover");
        assertThat(agenda(seller.client())).contains(decider);
    }

    @Test
    void badRuleValuesAreRefusedNamingTheField() {
        Client manager = api.newUser("manager", null).client();
        for (String[] bad : new String[][] {{"deal_decision_maker", "100000 GBP"}, {"deal_decision_maker", "GBP"},
                {"deal_decision_maker", "XXQ 100"}, {"deal_decision_maker", "GBP 100.005"},
                {"deal_decision_maker", "JPY 100.5"}, {"open_deal", "kingmaker"}}) {
            Reply refused = manager.post("/api/cadence-rules", Map.of("kind", bad[0], "value", bad[1],
                    "intervalDays", 30));
            assertThat(refused.status()).as(String.join(" ", bad) + ": " + refused.raw()).isEqualTo(400);
            assertThat(refused.body().path("type").asString()).contains("/problems/");
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("value");
        }
        Reply any = manager.post("/api/cadence-rules", Map.of("kind", "open_deal", "value", "Any", "intervalDays", 30,
                "channel", "event"));
        assertThat(any.status()).as(any.raw()).isEqualTo(201);
        rules.add(any.id());
        assertThat(any.body().path("value").asString()).isEqualTo("any");
    }
}
