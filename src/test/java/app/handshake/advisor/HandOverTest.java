package app.handshake.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A hand-over plan lists the leaving seller's relationships (relationship and trusted in their own score, and the
 * people on their open deals, not acquaintances), proposes the colleague who knows each best, and on acceptance
 * plans the introductions and moves owner, cadence and open deals; each relationship is met once its new owner
 * has a touchpoint with the person, and the plan is done when all are. Only an admin or the seller's manager may
 * plan it; a private person shows only to those who may see it.
 */
@HandshakeTest
class HandOverTest {

    /** A Wednesday. */
    private static final Instant NOW = Instant.parse("2026-06-17T09:00:00Z");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    NewUser manager;
    NewUser seller;
    NewUser colleague;
    NewUser other;
    String organization;

    @BeforeEach
    void aTeam() {
        clock.fixAt(NOW);
        manager = api.newUser("manager", null);
        seller = api.newUser("member", manager.id());
        colleague = api.newUser("member", manager.id());
        other = api.newUser("member", null);
        organization = seller.client().post("/api/organizations", Map.of("name", "Handed " + UUID.randomUUID()))
                .id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void theSellersRelationshipsMeetTheirNewOwnersAndThePlanIsDoneWhenAllHaveMet() {
        String trusted = person("Trusted Tia", "shared");
        for (int i = 0; i < 6; i++) {
            touch(seller.client(), trusted, "meal", NOW.minus(Duration.ofDays(2 + i)));
        }
        String related = person("Related Rob", "shared");
        touch(seller.client(), related, "in_person", NOW.minus(Duration.ofDays(3)));
        touch(seller.client(), related, "in_person", NOW.minus(Duration.ofDays(4)));
        // The colleague knows Rob best after the seller; the other a little.
        touch(colleague.client(), related, "in_person", NOW.minus(Duration.ofDays(5)));
        touch(other.client(), related, "phone", NOW.minus(Duration.ofDays(6)));
        String acquaintance = person("Acquainted Ann", "shared");
        touch(seller.client(), acquaintance, "phone", NOW.minus(Duration.ofDays(2)));
        String onDeal = person("Deal Dora", "shared");
        Reply deal = seller.client().post("/api/deals", Map.of("name", "Handed deal", "organizationId", organization,
                "value", Map.of("amount", 5_000_000, "currency", "EUR"),
                "people", List.of(Map.of("personId", onDeal, "role", "decision_maker"))));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        String secret = person("Private Pia", "private");
        touch(seller.client(), secret, "in_person", NOW.minus(Duration.ofDays(3)));
        touch(seller.client(), secret, "in_person", NOW.minus(Duration.ofDays(4)));
        Reply cadence = seller.client().put("/api/people/" + trusted + "/cadence",
                Map.of("intervalDays", 30, "assigneeId", seller.id().toString()), "*");
        assertThat(cadence.status()).as(cadence.raw()).isEqualTo(200);

        // The proposal, as the seller's manager: stored nowhere.
        JsonNode proposal = ok(manager.client().get("/api/hand-overs/proposal?userId=" + seller.id()));
        Map<String, JsonNode> items = byPerson(proposal.path("relationships"));
        assertThat(items.keySet()).contains(trusted, related, onDeal, secret).doesNotContain(acquaintance);
        assertThat(items.get(trusted).path("tier").asString()).isEqualTo("trusted");
        assertThat(items.get(trusted).path("channel").asString()).isEqualTo("meal");
        assertThat(items.get(related).path("tier").asString()).isEqualTo("relationship");
        assertThat(items.get(related).path("channel").asString()).isEqualTo("in_person");
        assertThat(items.get(onDeal).path("openDeals").toString()).contains("Handed deal");
        assertThat(items.get(related).path("newOwnerId").asString()).as("the colleague who knows Rob best")
                .isEqualTo(colleague.id().toString());
        List<String> knownBy = new ArrayList<>();
        items.get(related).path("knownBy").forEach(h -> knownBy.add(h.path("userId").asString()));
        assertThat(knownBy).containsExactly(colleague.id().toString(), other.id().toString());
        assertThat(items.get(trusted).path("newOwnerId").asString()).as("nobody else knows Tia: the manager")
                .isEqualTo(manager.id().toString());
        assertThat(jdbc.sql("select count(*) from hand_over where user_id = :u").param("u", seller.id())
                .query(Long.class).single()).isZero();
        // Introductions a few a day, on working days after today.
        Set<String> days = new HashSet<>();
        proposal.path("relationships").forEach(r -> {
            OffsetDateTime at = OffsetDateTime.parse(r.path("plannedAt").asString());
            assertThat(at.toInstant()).isAfter(NOW);
            assertThat(at.getDayOfWeek().getValue()).isLessThan(6);
            days.add(at.toLocalDate().toString());
        });
        assertThat(days.size()).isLessThan(proposal.path("relationships").size());
        JsonNode everyone = ok(api.admin().get("/api/hand-overs/proposal?userId=" + seller.id() + "&to="
                + colleague.id()));
        byPerson(everyone.path("relationships")).values().forEach(r ->
                assertThat(r.path("newOwnerId").asString()).isEqualTo(colleague.id().toString()));

        // The private person goes to the manager, the rest as proposed.
        List<Map<String, Object>> chosen = new ArrayList<>();
        for (String person : List.of(trusted, related, onDeal, secret)) {
            JsonNode item = items.get(person);
            chosen.add(Map.of("personId", person, "newOwnerId", person.equals(secret) ? manager.id().toString()
                    : item.path("newOwnerId").asString(), "plannedAt", item.path("plannedAt").asString(),
                    "channel", item.path("channel").asString()));
        }
        Reply created = manager.client().post("/api/hand-overs", Map.of("userId", seller.id().toString(),
                "items", chosen));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("status").asString()).isEqualTo("proposed");
        String plan = created.id();
        assertThat(manager.client().post("/api/hand-overs/" + plan + "/accept", Map.of()).status())
                .as("accepting asks for the version read").isEqualTo(428);
        Reply accepted = manager.client().withIfMatch(created.etag()).post("/api/hand-overs/" + plan + "/accept",
                Map.of());
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(accepted.body().path("status").asString()).isEqualTo("accepted");
        assertThat(manager.client().withIfMatch(created.etag()).post("/api/hand-overs/" + plan + "/accept",
                Map.of()).status()).as("once only").isIn(409, 412);

        // Owner, cadence and the open deal moved.
        assertThat(api.get("/api/people/" + related).body().path("owner").path("id").asString())
                .isEqualTo(colleague.id().toString());
        assertThat(api.get("/api/people/" + trusted).body().path("owner").path("id").asString())
                .isEqualTo(manager.id().toString());
        assertThat(api.get("/api/people/" + trusted + "/cadence").body().path("assigneeId").asString())
                .isEqualTo(manager.id().toString());
        assertThat(api.get("/api/deals/" + deal.id()).body().path("ownerId").asString())
                .isEqualTo(manager.id().toString());
        assertThat(kept()).as("the board's totals still add up to the deals").isEqualTo(counted());
        assertThat(api.get("/api/audit?recordId=" + deal.id()).raw()).contains("hand-over");

        // The introductions, on the seller's side and on the new owner's.
        JsonNode robsMeeting = plannedWith(colleague.client(), related);
        assertThat(robsMeeting).as("on the colleague's side").isNotNull();
        assertThat(robsMeeting.path("purpose").asString()).isEqualTo("Introduce Test member to Related Rob");
        assertThat(robsMeeting.path("assigneeId").asString()).isEqualTo(seller.id().toString());
        assertThat(plannedWith(seller.client(), related)).as("on the seller's side").isNotNull();
        assertThat(plannedWith(seller.client(), trusted).path("channel").asString()).isEqualTo("meal");

        // The colleague takes part in the introduction the seller logs: Rob is met.
        clock.fixAt(OffsetDateTime.parse(robsMeeting.path("plannedAt").asString()).toInstant()
                .plus(Duration.ofHours(1)));
        Reply logged = seller.client().post("/api/touchpoints", Map.of("channel", "in_person",
                "personIds", List.of(related), "userIds", List.of(colleague.id().toString()),
                "occurredAt", now(), "plannedTouchpointId", robsMeeting.path("id").asString()));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        JsonNode progress = ok(manager.client().get("/api/hand-overs/" + plan));
        assertThat(byPerson(progress.path("items")).get(related).path("met").asBoolean()).isTrue();
        assertThat(byPerson(progress.path("items")).get(related).path("meeting").path("status").asString())
                .isEqualTo("done");
        assertThat(progress.path("metCount").asInt()).isEqualTo(1);

        // The seller meeting Tia alone is not her new owner meeting her.
        touch(seller.client(), trusted, "phone", clock.instant().minus(Duration.ofMinutes(5)));
        assertThat(byPerson(ok(manager.client().get("/api/hand-overs/" + plan)).path("items")).get(trusted)
                .path("met").asBoolean()).isFalse();
        // The manager meets the rest in ways of their own, not through the planned meetings.
        touch(manager.client(), trusted, "phone", clock.instant().minus(Duration.ofMinutes(4)));
        touch(manager.client(), onDeal, "video", clock.instant().minus(Duration.ofMinutes(3)));
        JsonNode almost = ok(manager.client().get("/api/hand-overs/" + plan));
        assertThat(almost.path("status").asString()).isEqualTo("accepted");
        assertThat(almost.path("metCount").asInt()).isEqualTo(3);
        touch(manager.client(), secret, "in_person", clock.instant().minus(Duration.ofMinutes(2)));
        JsonNode done = ok(manager.client().get("/api/hand-overs/" + plan));
        assertThat(done.path("status").asString()).isEqualTo("done");
        assertThat(done.path("metCount").asInt()).isEqualTo(4);
        assertThat(done.path("itemCount").asInt()).isEqualTo(4);

        // The private person: the admin sees it in the plan, the colleague (a new owner too) never does.
        assertThat(byPerson(ok(api.admin().get("/api/hand-overs/" + plan)).path("items"))).containsKey(secret);
        JsonNode theirs = ok(colleague.client().get("/api/hand-overs/" + plan));
        assertThat(byPerson(theirs.path("items"))).doesNotContainKey(secret).containsKey(related);
        assertThat(theirs.path("itemCount").asInt()).isEqualTo(3);
        assertThat(theirs.toString()).doesNotContain("Private Pia");
        JsonNode listed = ok(colleague.client().get("/api/hand-overs"));
        assertThat(listed.toString()).contains(plan).doesNotContain("Private Pia");
        assertThat(ok(manager.client().get("/api/hand-overs?limit=100")).toString()).contains(plan);
        assertThat(ok(other.client().get("/api/hand-overs")).toString()).doesNotContain(plan);
        assertThat(other.client().get("/api/hand-overs/" + plan).status()).isEqualTo(404);
        assertThat(api.get("/api/audit?recordId=" + plan).raw()).contains("accepted");
    }

    @Test
    void aMemberMayNotHandOverAndNeitherMayAnotherTeamsManager() {
        String related = person("Guarded Gil", "shared");
        touch(seller.client(), related, "in_person", NOW.minus(Duration.ofDays(3)));
        touch(seller.client(), related, "in_person", NOW.minus(Duration.ofDays(4)));
        NewUser otherManager = api.newUser("manager", null);
        for (Client refused : List.of(colleague.client(), otherManager.client(), seller.client())) {
            Reply proposal = refused.get("/api/hand-overs/proposal?userId=" + seller.id());
            assertThat(proposal.status()).as(proposal.raw()).isEqualTo(403);
            assertThat(proposal.header("Content-Type")).contains("application/problem+json");
            assertThat(refused.post("/api/hand-overs", Map.of("userId", seller.id().toString(), "items",
                    List.of(item(related, colleague.id())))).status()).isEqualTo(403);
        }
        Reply created = manager.client().post("/api/hand-overs", Map.of("userId", seller.id().toString(),
                "items", List.of(item(related, colleague.id()))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(otherManager.client().withIfMatch(created.etag())
                .post("/api/hand-overs/" + created.id() + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(colleague.client().withIfMatch(created.etag())
                .post("/api/hand-overs/" + created.id() + "/accept", Map.of()).status()).isEqualTo(403);
        assertThat(api.get("/api/people/" + related).body().path("owner").path("id").asString())
                .as("nothing moved").isEqualTo(seller.id().toString());
        assertThat(ok(otherManager.client().get("/api/hand-overs")).toString()).doesNotContain(created.id());
        Reply toThemselves = manager.client().post("/api/hand-overs", Map.of("userId", seller.id().toString(),
                "items", List.of(item(related, seller.id()))));
        assertThat(toThemselves.status()).as(toThemselves.raw()).isEqualTo(400);
    }

    private Map<String, Object> item(String personId, UUID newOwner) {
        return Map.of("personId", personId, "newOwnerId", newOwner.toString(), "plannedAt",
                OffsetDateTime.ofInstant(NOW.plus(Duration.ofDays(2)), ZoneOffset.UTC).toString());
    }

    private String person(String name, String visibility) {
        Reply reply = seller.client().post("/api/people", Map.of("name", name, "organizationId", organization,
                "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private void touch(Client client, String personId, String channel, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(), "visibility", "shared"));
        Reply reply = client.post("/api/touchpoints", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private String now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
    }

    private static JsonNode plannedWith(Client client, String personId) {
        Reply reply = client.get("/api/touchpoints/planned?limit=100");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        for (JsonNode meeting : reply.body().path("items")) {
            if (meeting.path("originKind").asString().equals("hand-over")
                    && meeting.path("people").get(0).path("id").asString().equals(personId)) {
                return meeting;
            }
        }
        return null;
    }

    private static JsonNode ok(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static Map<String, JsonNode> byPerson(JsonNode items) {
        Map<String, JsonNode> byPerson = new HashMap<>();
        items.forEach(item -> byPerson.put(item.path("personId").asString(), item));
        return byPerson;
    }

    private Set<List<Object>> kept() {
        return new HashSet<>(jdbc.sql("""
                select stage_id, value_currency, owner_id, visibility, deals, total from deal_open_total
                 where (deals <> 0 or total <> 0) and owner_id in (:owners)""")
                .param("owners", List.of(seller.id(), manager.id(), colleague.id()))
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).list());
    }

    private Set<List<Object>> counted() {
        return new HashSet<>(jdbc.sql("""
                select stage_id, coalesce(value_currency, ''), owner_id, visibility, count(*),
                       coalesce(sum(value_amount), 0)
                  from deal where outcome = 'open' and owner_id in (:owners)
                 group by stage_id, coalesce(value_currency, ''), owner_id, visibility""")
                .param("owners", List.of(seller.id(), manager.id(), colleague.id()))
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).list());
    }
}
