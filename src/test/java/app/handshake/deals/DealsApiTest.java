package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Deals over HTTP: the shapes of the issue, transitions as problem details, and who sees what: a private deal,
 * or any deal at a private organization, is in nobody's list, count, board sum or guessed id but its owner's,
 * their manager's and an admin's.
 */
@HandshakeTest
class DealsApiTest {

    @Autowired
    Api api;

    @Test
    void aDealIsOpenedInTheIssuesShapeAndLostWonBackAndWon() {
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Northwind " + UUID.randomUUID())).id();
        String decider = client.post("/api/people", Map.of("name", "Dana Decider", "organizationId", organization)).id();
        Reply created = client.post("/api/deals", Map.of("name", "IVR for 8 sites", "organizationId", organization,
                "value", Map.of("amount", 250_000_000L, "currency", "GBP"),
                "people", List.of(Map.of("personId", decider, "role", "decision_maker"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/deals/" + created.id());
        JsonNode deal = created.body();
        assertThat(deal.path("value").path("amount").asLong()).isEqualTo(250_000_000L);
        assertThat(deal.path("value").path("currency").asString()).isEqualTo("GBP");
        assertThat(deal.path("outcome").asString()).isEqualTo("open");
        assertThat(deal.path("stage").path("name").asString()).isEqualTo("Qualified");
        assertThat(deal.path("people").get(0).path("role").asString()).isEqualTo("decision_maker");
        assertThat(deal.path("ownerId").asString()).isEqualTo(seller.id().toString());

        Reply lost = client.withIfMatch(created.etag()).post("/api/deals/" + created.id() + "/lose",
                Map.of("reason", "Price", "competitor", "Rival Inc"));
        assertThat(lost.status()).as(lost.raw()).isEqualTo(200);
        assertThat(lost.body().path("outcome").asString()).isEqualTo("lost");
        assertThat(lost.body().path("lossReason").path("label").asString()).isEqualTo("Price");
        assertThat(lost.body().path("wonBy").asString()).isEqualTo("Rival Inc");

        Reply winLost = client.post("/api/deals/" + created.id() + "/win", Map.of());
        assertThat(winLost.status()).isEqualTo(409);
        assertThat(winLost.body().path("type").asString()).endsWith("/problems/invalid-transition");
        assertThat(client.get("/api/deals/" + created.id()).body().path("outcome").asString()).isEqualTo("lost");

        Reply reopened = client.post("/api/deals/" + created.id() + "/reopen", Map.of());
        assertThat(reopened.body().path("outcome").asString()).isEqualTo("open");
        assertThat(client.post("/api/deals/" + created.id() + "/reopen", Map.of()).status()).isEqualTo(409);
        Reply won = client.post("/api/deals/" + created.id() + "/win", Map.of("note", "their deployment failed"));
        assertThat(won.body().path("outcome").asString()).isEqualTo("won");
        assertThat(won.body().path("wonBack").asBoolean()).isTrue();

        List<String> kinds = new ArrayList<>();
        for (JsonNode event : client.get("/api/deals/" + created.id() + "/history").body()) {
            kinds.add(event.path("kind").asString());
            assertThat(event.path("actorName").asString()).isNotBlank();
        }
        assertThat(kinds).containsExactly("created", "lost", "reopened", "won");

        // A loss taken back at once, by mistake, is no loss: winning the deal then is not winning it back.
        Reply second = client.post("/api/deals", Map.of("name", "Mis-tapped", "organizationId", organization));
        client.post("/api/deals/" + second.id() + "/lose", Map.of("reason", "Price"));
        Reply undone = client.post("/api/deals/" + second.id() + "/undo-close", Map.of());
        assertThat(undone.status()).as(undone.raw()).isEqualTo(200);
        assertThat(undone.body().path("outcome").asString()).isEqualTo("open");
        assertThat(client.post("/api/deals/" + second.id() + "/undo-close", Map.of()).status()).isEqualTo(409);
        assertThat(client.post("/api/deals/" + second.id() + "/win", Map.of()).body().path("wonBack").asBoolean())
                .isFalse();
        assertThat(client.get("/api/deals/" + second.id() + "/history").body().get(2).path("reason").asString())
                .isEqualTo("undone: was lost");
    }

    @Test
    void stageMovesAreRecordedAndAStaleIfMatchChangesNothing() {
        Client client = api.newUser("member", null).client();
        String organization = client.post("/api/organizations", Map.of("name", "Stale " + UUID.randomUUID())).id();
        Reply created = client.post("/api/deals", Map.of("name", "Upsell", "organizationId", organization));
        List<String> stages = new ArrayList<>();
        api.get("/api/pipeline/stages").body().forEach(stage -> stages.add(stage.path("id").asString()));

        Reply moved = client.withIfMatch(created.etag()).post("/api/deals/" + created.id() + "/move",
                Map.of("stageId", stages.get(2)));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        Reply stale = client.withIfMatch(created.etag()).post("/api/deals/" + created.id() + "/move",
                Map.of("stageId", stages.get(1)));
        assertThat(stale.status()).isEqualTo(412);
        Reply staleUpdate = client.put("/api/deals/" + created.id(), Map.of("name", "Renamed",
                "organizationId", organization), created.etag());
        assertThat(staleUpdate.status()).isEqualTo(412);
        JsonNode now = client.get("/api/deals/" + created.id()).body();
        assertThat(now.path("stage").path("id").asString()).isEqualTo(stages.get(2));
        assertThat(now.path("name").asString()).isEqualTo("Upsell");
        assertThat(client.put("/api/deals/" + created.id(), Map.of("name", "Renamed", "organizationId", organization),
                null).status()).isEqualTo(428);

        Reply renamed = client.put("/api/deals/" + created.id(), Map.of("name", "Renamed", "organizationId",
                organization, "stageId", stages.get(3), "value", Map.of("amount", 123_456, "currency", "EUR")),
                client.get("/api/deals/" + created.id()).etag());
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
        String audit = api.admin().get("/api/audit?recordId=" + created.id()).raw();
        assertThat(audit).as("the audit in words").contains("Upsell", "Renamed", "Proposal", "Negotiation",
                "EUR 1,234.56").doesNotContain("PipelineStage[", "Money[");
    }

    @Test
    void ownerOutcomeAndHistoryCannotBeWrittenByMassAssignment() {
        NewUser seller = api.newUser("member", null);
        NewUser other = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Mass " + UUID.randomUUID())).id();
        for (Map.Entry<String, Object> field : Map.<String, Object>of("ownerId", other.id().toString(),
                "outcome", "won", "history", List.of(), "closedAt", "2026-01-01T00:00:00Z", "wonBack", true,
                "version", 7).entrySet()) {
            Map<String, Object> body = new HashMap<>(Map.of("name", "Sneaky", "organizationId", organization));
            body.put(field.getKey(), field.getValue());
            Reply refused = client.post("/api/deals", body);
            assertThat(refused.status()).as(field.getKey() + ": " + refused.raw()).isEqualTo(400);
        }
        assertThat(client.get("/api/deals?q=sneaky").body().path("items")).isEmpty();
    }

    @Test
    void badInputAnswersProblemDetailsNamingTheField() {
        Client client = api.newUser("member", null).client();
        String organization = client.post("/api/organizations", Map.of("name", "Bad " + UUID.randomUUID())).id();
        Map<String, Object> money = new LinkedHashMap<>(Map.of("name", "x", "organizationId", organization));
        money.put("value", Map.of("amount", 12.5, "currency", "GBP"));
        assertThat(client.post("/api/deals", money).status()).isEqualTo(400);
        money.put("value", Map.of("amount", 100, "currency", "XXQ"));
        Reply currency = client.post("/api/deals", money);
        assertThat(currency.status()).isEqualTo(400);
        assertThat(currency.raw()).contains("value.currency");
        Reply role = client.post("/api/deals", Map.of("name", "x", "organizationId", organization,
                "people", List.of(Map.of("personId", UUID.randomUUID().toString(), "role", "kingmaker"))));
        assertThat(role.status()).isEqualTo(400);
        Reply nobody = client.post("/api/deals", Map.of("name", "x", "organizationId", organization,
                "people", List.of(Map.of("personId", UUID.randomUUID().toString(), "role", "champion"))));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.raw()).contains("people");
        Reply range = client.get("/api/deals?minValue=100");
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.raw()).contains("currency");
        Reply created = client.post("/api/deals", Map.of("name", "Why", "organizationId", organization));
        Reply noReason = client.post("/api/deals/" + created.id() + "/lose", Map.of("competitor", "Rival"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.raw()).contains("reason");
        assertThat(client.get("/api/deals/" + created.id()).body().path("outcome").asString()).isEqualTo("open");
    }

    @Test
    void privateDealsAndDealsAtPrivateOrganizationsAreSeenOnlyByThoseWhoMay() {
        NewUser manager = api.newUser("manager", null);
        NewUser owner = api.newUser("member", manager.id());
        NewUser colleague = api.newUser("member", null);
        String marker = "vis" + Long.toString(System.nanoTime(), 36);
        String shared = owner.client().post("/api/organizations", Map.of("name", "Open " + marker)).id();
        String secret = owner.client().post("/api/organizations", Map.of("name", "Secret " + marker,
                "visibility", "private")).id();
        Map<String, Object> value = Map.of("amount", 1_000_00L, "currency", "EUR");
        Reply open = owner.client().post("/api/deals", Map.of("name", marker + " shared", "organizationId", shared,
                "value", value));
        Reply privateDeal = owner.client().post("/api/deals", Map.of("name", marker + " private",
                "organizationId", shared, "visibility", "private", "value", value));
        Reply atSecret = owner.client().post("/api/deals", Map.of("name", marker + " at secret",
                "organizationId", secret, "value", value));
        assertThat(List.of(open.status(), privateDeal.status(), atSecret.status())).containsOnly(201);

        Map<Client, List<String>> expected = Map.of(
                owner.client(), List.of(marker + " at secret", marker + " private", marker + " shared"),
                manager.client(), List.of(marker + " at secret", marker + " private", marker + " shared"),
                api.admin(), List.of(marker + " at secret", marker + " private", marker + " shared"),
                colleague.client(), List.of(marker + " shared"));
        for (Map.Entry<Client, List<String>> reader : expected.entrySet()) {
            Client client = reader.getKey();
            List<String> names = new ArrayList<>();
            client.get("/api/deals?q=" + marker).body().path("items").forEach(d -> names.add(d.path("name").asString()));
            assertThat(names).isEqualTo(reader.getValue());
            long onBoard = 0;
            long euros = 0;
            for (JsonNode column : client.get("/api/pipeline/board?ownerId=" + owner.id()).body().path("columns")) {
                onBoard += column.path("count").asLong();
                for (JsonNode total : column.path("total")) {
                    euros += total.path("currency").asString().equals("EUR") ? total.path("amount").asLong() : 0;
                }
            }
            assertThat(onBoard).isEqualTo(reader.getValue().size());
            assertThat(euros).isEqualTo(reader.getValue().size() * 1_000_00L);
        }
        Client stranger = colleague.client();
        for (Reply hidden : List.of(privateDeal, atSecret)) {
            assertThat(stranger.get("/api/deals/" + hidden.id()).status()).isEqualTo(404);
            assertThat(stranger.get("/api/deals/" + hidden.id() + "/history").status()).isEqualTo(404);
            assertThat(stranger.post("/api/deals/" + hidden.id() + "/win", Map.of()).status()).isEqualTo(404);
            assertThat(stranger.delete("/api/deals/" + hidden.id(), null).status()).isEqualTo(404);
        }
        assertThat(stranger.get("/api/deals/" + UUID.randomUUID()).status()).isEqualTo(404);
        Reply followOn = stranger.post("/api/deals", Map.of("name", "Follow-on", "organizationId", shared,
                "originDealId", privateDeal.id()));
        assertThat(followOn.status()).isEqualTo(400);
        assertThat(stranger.delete("/api/deals/" + open.id(), null).status()).isEqualTo(403);
    }

    @Test
    void onlyAdminsChangeThePipelineAndAStageInUseStays() {
        Client member = api.newUser("member", null).client();
        List<Map<String, Object>> stages = new ArrayList<>();
        for (JsonNode stage : api.get("/api/pipeline/stages").body()) {
            Map<String, Object> kept = new LinkedHashMap<>();
            kept.put("id", stage.path("id").asString());
            kept.put("name", stage.path("name").asString());
            kept.put("winProbability", stage.path("winProbability").asInt());
            if (!stage.path("idleDays").isNull()) {
                kept.put("idleDays", stage.path("idleDays").asInt());
            }
            stages.add(kept);
        }
        assertThat(member.put("/api/pipeline/stages", Map.of("stages", stages), null).status()).isEqualTo(403);

        List<Map<String, Object>> more = new ArrayList<>(stages);
        String name = "Verbal yes " + Long.toString(System.nanoTime(), 36);
        more.add(Map.of("name", name, "winProbability", 90, "idleDays", 7));
        Reply added = api.admin().put("/api/pipeline/stages", Map.of("stages", more), null);
        assertThat(added.status()).as(added.raw()).isEqualTo(200);
        assertThat(added.body().get(added.body().size() - 1).path("name").asString()).isEqualTo(name);
        String verbal = added.body().get(added.body().size() - 1).path("id").asString();

        String organization = member.post("/api/organizations", Map.of("name", "Stage " + UUID.randomUUID())).id();
        member.post("/api/deals", Map.of("name", "Nearly", "organizationId", organization, "stageId", verbal));
        Reply removing = api.admin().put("/api/pipeline/stages", Map.of("stages", stages), null);
        assertThat(removing.status()).isEqualTo(409);
        assertThat(removing.raw()).contains(name);
        assertThat(api.get("/api/pipeline/stages").body().size()).isEqualTo(stages.size() + 1);
        assertThat(api.get("/api/pipeline/stages").body().get(0).path("idleDays").asInt())
                .as("the stages kept keep their idle days").isEqualTo(stages.getFirst().get("idleDays"));
    }
}
