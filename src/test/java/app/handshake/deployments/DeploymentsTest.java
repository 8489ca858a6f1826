package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Through the API on a fixed clock: a won deal opens its deployment; usage reaches and loses active use exactly at
 * the rule; a batch posted twice changes nothing; a bad row refuses its whole batch, naming the row; health reasons
 * follow the facts; a private deal's deployment is seen by no one who may not see the deal.
 */
@HandshakeTest
class DeploymentsTest {

    private static final Instant NOW = Instant.parse("2026-09-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-30");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @Autowired
    Adoption adoption;

    NewUser seller;
    String organization;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOW);
        seller = api.newUser("member", null);
        organization = seller.client().post("/api/organizations", Map.of("name", "Deployed " + UUID.randomUUID()))
                .id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void aWonDealOpensItsDeploymentOnceAndAnUndoneWinTakesTheEmptyOneBack() {
        String deal = wonDeal(seller.client(), "shared");
        JsonNode listed = seller.client().get("/api/deployments?dealId=" + deal).body().get("items");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("organizationId").asText()).isEqualTo(organization);
        assertThat(listed.get(0).get("ownerId").asText()).isEqualTo(seller.id().toString());
        assertThat(listed.get(0).get("startedOn").asText()).isEqualTo(TODAY.toString());

        assertThat(seller.client().post("/api/deals/" + deal + "/undo-close", Map.of()).status()).isEqualTo(200);
        assertThat(seller.client().get("/api/deployments?dealId=" + deal).body().get("items")).isEmpty();

        assertThat(seller.client().post("/api/deals/" + deal + "/win", Map.of()).status()).isEqualTo(200);
        String deployment = seller.client().get("/api/deployments?dealId=" + deal).body().get("items").get(0).get("id")
                .asText();
        site(seller.client(), deployment, "Leeds", 10, null);
        seller.client().post("/api/deals/" + deal + "/reopen", Map.of());
        seller.client().post("/api/deals/" + deal + "/win", Map.of());
        JsonNode kept = seller.client().get("/api/deployments?dealId=" + deal).body().get("items");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("id").asText()).isEqualTo(deployment);
    }

    @Test
    void aSiteReachesActiveUseOnTheFourteenthDayAtTheShareAndLosesItLikewise() {
        String deployment = deployment(seller.client(), "shared");
        String leeds = site(seller.client(), deployment, "Leeds", 10, null);
        LocalDate first = TODAY.minusDays(40);

        post(seller.client(), deployment, rows(leeds, first, 13, 6)).status();
        assertThat(siteOf(seller.client(), deployment, leeds).get("activeSince").isNull()).isTrue();

        Reply receipt = post(seller.client(), deployment, rows(leeds, first.plusDays(13), 1, 6));
        assertThat(receipt.status()).isEqualTo(200);
        assertThat(receipt.body().get("sites").get(0).get("activeSince").asText()).isEqualTo(first.plusDays(13).toString());
        assertThat(receipt.body().get("deploymentActiveSince").asText()).isEqualTo(first.plusDays(13).toString());

        post(seller.client(), deployment, rows(leeds, first.plusDays(14), 13, 5));
        assertThat(siteOf(seller.client(), deployment, leeds).get("activeSince").asText())
                .isEqualTo(first.plusDays(13).toString());
        post(seller.client(), deployment, rows(leeds, first.plusDays(27), 1, 5));
        JsonNode details = seller.client().get("/api/deployments/" + deployment).body();
        assertThat(details.get("activeSince").isNull()).isTrue();
        assertThat(details.get("firstActiveOn").asText()).isEqualTo(first.plusDays(13).toString());
        List<String> history = new ArrayList<>();
        details.get("activeUseHistory").forEach(change -> history.add(change.get("day").asText() + " "
                + (change.get("siteId").isNull() ? "deployment" : change.get("siteName").asText()) + " "
                + (change.get("reached").asBoolean() ? "reached" : "lost")));
        assertThat(history).containsExactly(first.plusDays(13) + " deployment reached", first.plusDays(13) + " Leeds reached",
                first.plusDays(27) + " deployment lost", first.plusDays(27) + " Leeds lost");
    }

    @Test
    void aSiteGoingLiveWithNoUsageTakesTheDeploymentOutOfActiveUseOnItsDay() {
        String deployment = deployment(seller.client(), "shared");
        String leeds = site(seller.client(), deployment, "Leeds", 10, TODAY.minusDays(20));
        post(seller.client(), deployment, rows(leeds, TODAY.minusDays(20), 20, 9));
        site(seller.client(), deployment, "York", 10, TODAY.plusDays(1));
        assertThat(seller.client().get("/api/deployments/" + deployment).body().get("activeSince").asText())
                .isEqualTo(TODAY.minusDays(7).toString());

        clock.fixAt(NOW.plusSeconds(86_400));
        assertThat(adoption.recountGoneLive()).isGreaterThanOrEqualTo(1);
        JsonNode details = seller.client().get("/api/deployments/" + deployment).body();
        assertThat(details.get("activeSince").isNull()).isTrue();
        JsonNode last = details.get("activeUseHistory").get(details.get("activeUseHistory").size() - 1);
        assertThat(last.get("day").asText()).isEqualTo(TODAY.plusDays(1).toString());
        assertThat(last.get("reached").asBoolean()).isFalse();
    }

    @Test
    void postingTheSameBatchTwiceChangesNothing() {
        String deployment = deployment(seller.client(), "shared");
        String leeds = site(seller.client(), deployment, "Leeds", 10, null);
        String york = site(seller.client(), deployment, "York", 20, null);
        List<Map<String, Object>> batch = rows(leeds, TODAY.minusDays(20), 20, 7);
        batch.addAll(rows(york, TODAY.minusDays(20), 20, 13));
        batch.get(3).put("events", Map.of("reports run", 12));

        post(seller.client(), deployment, batch);
        JsonNode once = seller.client().get("/api/deployments/" + deployment).body();
        String usageOnce = seller.client().get("/api/deployments/" + deployment + "/sites/" + leeds + "/usage").raw();
        post(seller.client(), deployment, batch);
        JsonNode twice = seller.client().get("/api/deployments/" + deployment).body();

        assertThat(twice).isEqualTo(once);
        assertThat(seller.client().get("/api/deployments/" + deployment + "/sites/" + leeds + "/usage").raw())
                .isEqualTo(usageOnce);
        assertThat(once.get("activeSince").asText()).isEqualTo(TODAY.minusDays(7).toString());
    }

    @Test
    void aBadRowRefusesItsWholeBatchNamingTheRow() {
        String deployment = deployment(seller.client(), "shared");
        String leeds = site(seller.client(), deployment, "Leeds", 10, null);
        post(seller.client(), deployment, rows(leeds, TODAY.minusDays(5), 3, 4));
        String before = seller.client().get("/api/deployments/" + deployment + "/sites/" + leeds + "/usage").raw();

        List<Map<String, Object>> unknownSite = rows(leeds, TODAY.minusDays(5), 5, 9);
        unknownSite.get(2).put("siteId", UUID.randomUUID().toString());
        Reply refused = post(seller.client(), deployment, unknownSite);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asText()).isEqualTo("rows[2].siteId");
        assertThat(refused.body().get("errors").get(0).get("message").asText()).startsWith("row 3:");

        List<Map<String, Object>> negative = rows(leeds, TODAY.minusDays(5), 5, 9);
        negative.get(4).put("activeUsers", -1);
        Reply refusedAgain = post(seller.client(), deployment, negative);
        assertThat(refusedAgain.status()).isEqualTo(400);
        assertThat(refusedAgain.body().get("errors").get(0).get("field").asText()).isEqualTo("rows[4].activeUsers");
        assertThat(refusedAgain.body().get("errors").get(0).get("message").asText()).startsWith("row 5:");

        // Another deployment's site is as unknown here as a made-up one.
        String other = deployment(seller.client(), "shared");
        String elsewhere = site(seller.client(), other, "Hull", 10, null);
        assertThat(post(seller.client(), deployment, rows(elsewhere, TODAY.minusDays(5), 1, 1)).status()).isEqualTo(400);

        assertThat(seller.client().get("/api/deployments/" + deployment + "/sites/" + leeds + "/usage").raw())
                .isEqualTo(before);
        List<Map<String, Object>> tooMany = rows(leeds, TODAY.minusDays(10_000), 10_001, 1);
        assertThat(post(seller.client(), deployment, tooMany).status()).isEqualTo(400);
    }

    @Test
    void healthReasonsFollowTheFacts() {
        Client client = seller.client();
        String deployment = deployment(client, "shared");
        String leeds = site(client, deployment, "Leeds", 10, TODAY.minusDays(30));
        post(client, deployment, rows(leeds, TODAY.minusDays(30), 30, 8));
        assertThat(health(client, deployment)).isEqualTo("on_track");

        String york = site(client, deployment, "York", 10, TODAY.minusDays(3));
        assertThat(reasons(client, deployment)).containsExactly("no_usage");
        assertThat(client.get("/api/deployments/" + deployment).body().get("activeSince").isNull()).isTrue();
        client.delete("/api/deployments/" + deployment + "/sites/" + york, null);

        // Falling every day for the set span (7): 8 7 7 6 5 5 4 3.
        int[] falling = {8, 7, 7, 6, 5, 5, 4, 3};
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < falling.length; i++) {
            days.addAll(rows(leeds, TODAY.minusDays(falling.length - i), 1, falling[i]));
        }
        post(client, deployment, days);
        assertThat(reasons(client, deployment)).containsExactly("adoption_falling");
        post(client, deployment, rows(leeds, TODAY.minusDays(4), 1, 7)); // up from 6 the day before: not falling every day
        assertThat(reasons(client, deployment)).isEmpty();

        client.post("/api/deployments/" + deployment + "/milestones", Map.of("name", "Training", "dueOn",
                TODAY.minusDays(1).toString()));
        client.post("/api/deployments/" + deployment + "/milestones", Map.of("name", "Cut-over", "dueOn",
                TODAY.toString()));
        assertThat(reasons(client, deployment)).containsExactly("milestone_late");
        assertThat(health(client, deployment)).isEqualTo("at_risk");

        clock.fixAt(NOW.minusSeconds(86_400L * 15));
        client.post("/api/deployments/" + deployment + "/obstacles", Map.of("description", "VPN not approved",
                "blocking", false));
        clock.fixAt(NOW.minusSeconds(86_400L * 31));
        client.post("/api/deployments/" + deployment + "/obstacles", Map.of("description", "Server room flooded",
                "blocking", true, "siteId", leeds));
        clock.fixAt(NOW);
        assertThat(reasons(client, deployment)).containsExactlyInAnyOrder("blocked", "milestone_late", "obstacle_open");
        assertThat(health(client, deployment)).isEqualTo("stalled");
        JsonNode worst = client.get("/api/deployments/" + deployment).body().get("reasons").get(0);
        assertThat(worst.get("kind").asText()).isEqualTo("blocked");
        assertThat(worst.get("days").asInt()).isEqualTo(31);
    }

    @Test
    void aDeploymentWhereNothingMovedForTheStallSpanIsStalledAndOneThingMovingRevivesIt() {
        Client client = seller.client();
        clock.fixAt(NOW.minusSeconds(86_400L * 30));
        String deployment = deployment(client, "shared");
        clock.fixAt(NOW.minusSeconds(86_400L * 29));
        assertThat(health(client, deployment)).isEqualTo("on_track");
        clock.fixAt(NOW);
        assertThat(reasons(client, deployment)).containsExactly("no_progress");
        assertThat(health(client, deployment)).isEqualTo("stalled");
        client.post("/api/deployments/" + deployment + "/milestones", Map.of("name", "Kick-off", "dueOn",
                TODAY.plusDays(7).toString()));
        assertThat(health(client, deployment)).isEqualTo("on_track");
    }

    @Test
    void aDeploymentAtRiskIsAdviceNamingTheCustomersPeople() {
        Client client = seller.client();
        String deployment = deployment(client, "shared");
        String dana = client.post("/api/people", Map.of("name", "Dana Site " + UUID.randomUUID())).id();
        Map<String, Object> leeds = new HashMap<>(Map.of("name", "Leeds", "licensedSeats", 10, "goLiveOn",
                TODAY.minusDays(3).toString(), "customerPersonId", dana));
        assertThat(client.post("/api/deployments/" + deployment + "/sites", leeds).status()).isEqualTo(201);

        JsonNode advice = client.get("/api/advisor/recommendations?kind=deployment_at_risk").body().get("items");
        assertThat(advice).hasSize(1);
        assertThat(advice.get(0).get("subject").get("id").asText()).isEqualTo(deployment);
        assertThat(advice.get(0).get("people").get(0).get("id").asText()).isEqualTo(dana);
        assertThat(advice.get(0).get("reasons").get(0).get("text").asText()).contains("Leeds went live");

        // Dismissed, it stays away while the facts stay; a new fact (a late milestone) brings it back.
        String key = advice.get(0).get("key").asText();
        assertThat(client.post("/api/advisor/recommendations/" + key + "/dismiss", Map.of()).status()).isEqualTo(200);
        assertThat(client.get("/api/advisor/recommendations?kind=deployment_at_risk").body().get("items")).isEmpty();
        client.post("/api/deployments/" + deployment + "/milestones", Map.of("name", "Training", "dueOn",
                TODAY.minusDays(2).toString()));
        assertThat(client.get("/api/advisor/recommendations?kind=deployment_at_risk").body().get("items")).hasSize(1);

        // The milestone done and usage arriving every day since go-live: on track, no advice.
        JsonNode details = client.get("/api/deployments/" + deployment).body();
        String milestone = details.get("milestones").get(0).get("id").asText();
        client.put("/api/deployments/" + deployment + "/milestones/" + milestone, Map.of("name", "Training", "status",
                "done"), null);
        post(client, deployment, rows(details.get("sites").get(0).get("id").asText(), TODAY.minusDays(3), 4, 8));
        assertThat(health(client, deployment)).isEqualTo("on_track");
        assertThat(client.get("/api/advisor/recommendations?kind=deployment_at_risk").body().get("items")).isEmpty();
    }

    @Test
    void aPrivateDealsDeploymentIsSeenByNoOneWhoMayNotSeeTheDeal() {
        NewUser manager = api.newUser("manager", null);
        NewUser report = api.newUser("member", manager.id());
        NewUser colleague = api.newUser("member", null);
        String deal = wonDeal(report.client(), "private");
        String deployment = report.client().get("/api/deployments?dealId=" + deal).body().get("items").get(0).get("id")
                .asText();
        String site = site(report.client(), deployment, "Leeds", 10, null);

        assertThat(colleague.client().get("/api/deployments/" + deployment).status()).isEqualTo(404);
        assertThat(ids(colleague.client().get("/api/deployments?limit=100"))).doesNotContain(deployment);
        assertThat(colleague.client().get("/api/deployments/" + deployment + "/sites/" + site + "/usage").status())
                .isEqualTo(404);
        assertThat(post(colleague.client(), deployment, rows(site, TODAY.minusDays(1), 1, 1)).status()).isEqualTo(404);
        assertThat(colleague.client().post("/api/deployments/" + deployment + "/sites", Map.of("name", "York",
                "licensedSeats", 5)).status()).isEqualTo(404);

        assertThat(manager.client().get("/api/deployments/" + deployment).status()).isEqualTo(200);
        assertThat(api.admin().get("/api/deployments/" + deployment).status()).isEqualTo(200);

        // The deal made shared: its deployment is seen with it.
        Reply read = report.client().get("/api/deals/" + deal);
        Map<String, Object> body = new HashMap<>();
        body.put("name", read.body().get("name").asText());
        body.put("organizationId", organization);
        body.put("visibility", "shared");
        assertThat(report.client().put("/api/deals/" + deal, body, read.etag()).status()).isEqualTo(200);
        // The deployment itself was opened private, like the deal; its owner shares it.
        Reply mine = report.client().get("/api/deployments/" + deployment);
        assertThat(report.client().put("/api/deployments/" + deployment, Map.of("name", "Rollout", "visibility",
                "shared"), mine.etag()).status()).isEqualTo(200);
        assertThat(colleague.client().get("/api/deployments/" + deployment).status()).isEqualTo(200);
        assertThat(colleague.client().put("/api/deployments/" + deployment, Map.of("name", "Mine now", "visibility",
                "private"), colleague.client().get("/api/deployments/" + deployment).etag()).status()).isEqualTo(403);
    }

    @Test
    void aStaleIfMatchIsRefusedAndMassAssignmentIsNot() {
        String deployment = deployment(seller.client(), "shared");
        Reply read = seller.client().get("/api/deployments/" + deployment);
        assertThat(seller.client().put("/api/deployments/" + deployment, Map.of("name", "Renamed"), read.etag())
                .status()).isEqualTo(200);
        assertThat(seller.client().put("/api/deployments/" + deployment, Map.of("name", "Again"), read.etag())
                .status()).isEqualTo(412);
        Map<String, Object> sneaky = new HashMap<>(Map.of("name", "Sneaky", "activeSince", "2026-01-01"));
        assertThat(seller.client().post("/api/deployments", sneaky).status()).isEqualTo(400);
        assertThat(seller.client().post("/api/deployments", Map.of("name", "Owned", "ownerId", UUID.randomUUID()))
                .status()).isEqualTo(400);
    }

    private String wonDeal(Client client, String visibility) {
        String deal = client.post("/api/deals", Map.of("name", "Rollout " + UUID.randomUUID(), "organizationId",
                organization, "visibility", visibility)).id();
        assertThat(client.post("/api/deals/" + deal + "/win", Map.of()).status()).isEqualTo(200);
        return deal;
    }

    private String deployment(Client client, String visibility) {
        Reply created = client.post("/api/deployments", Map.of("name", "Rollout " + UUID.randomUUID(),
                "organizationId", organization, "visibility", visibility, "startedOn", TODAY.minusDays(60).toString()));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private static String site(Client client, String deployment, String name, int seats, LocalDate goLive) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "licensedSeats", seats));
        if (goLive != null) {
            body.put("goLiveOn", goLive.toString());
        }
        Reply added = client.post("/api/deployments/" + deployment + "/sites", body);
        assertThat(added.status()).isEqualTo(201);
        for (JsonNode site : added.body().get("sites")) {
            if (site.get("name").asText().equals(name)) {
                return site.get("id").asText();
            }
        }
        throw new AssertionError("no site " + name);
    }

    private static List<Map<String, Object>> rows(String site, LocalDate from, int count, int users) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new HashMap<>(Map.of("siteId", site, "day", from.plusDays(i).toString(), "activeUsers", users)));
        }
        return rows;
    }

    private static Reply post(Client client, String deployment, List<Map<String, Object>> rows) {
        return client.post("/api/deployments/" + deployment + "/usage", Map.of("rows", rows));
    }

    private static JsonNode siteOf(Client client, String deployment, String site) {
        for (JsonNode node : client.get("/api/deployments/" + deployment).body().get("sites")) {
            if (node.get("id").asText().equals(site)) {
                return node;
            }
        }
        throw new AssertionError("no site " + site);
    }

    private static String health(Client client, String deployment) {
        return client.get("/api/deployments/" + deployment).body().get("health").asText();
    }

    private static List<String> reasons(Client client, String deployment) {
        List<String> kinds = new ArrayList<>();
        client.get("/api/deployments/" + deployment).body().get("reasons").forEach(r -> kinds.add(r.get("kind").asText()));
        return kinds;
    }

    private static List<String> ids(Reply reply) {
        List<String> ids = new ArrayList<>();
        reply.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
