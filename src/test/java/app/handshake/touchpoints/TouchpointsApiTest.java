package app.handshake.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@HandshakeTest
class TouchpointsApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    private static String person(Client client, String name) {
        Reply reply = client.post("/api/people", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static Map<String, Object> touchpoint(String channel, OffsetDateTime at, String... personIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("occurredAt", at.toString());
        body.put("personIds", List.of(personIds));
        return body;
    }

    @Test
    void touchpointIsLoggedReadChangedAndDeleted() {
        String ada = person(api.admin(), "Ada");
        String grace = person(api.admin(), "Grace");
        Map<String, Object> body = touchpoint("meal", NOW.minusDays(2), ada, grace);
        body.put("initiatedBy", "them");
        body.put("topic", "personal");
        body.put("durationMinutes", 90);
        body.put("summary", "Lunch at the harbour");

        Reply logged = api.post("/api/touchpoints", body);

        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        assertThat(logged.body().get("people").size()).isEqualTo(2);
        assertThat(logged.body().get("ownerName").asString()).isEqualTo("Admin");
        assertThat(logged.body().get("sourceChannel").asString()).isEqualTo("api");
        String path = "/api/touchpoints/" + logged.id();
        body.put("channel", "in_person");
        Reply changed = api.put(path, body, logged.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("channel").asString()).isEqualTo("in_person");
        assertThat(api.put(path, body, logged.etag()).status()).isEqualTo(412);
        assertThat(api.delete(path, changed.etag()).status()).isEqualTo(204);
        assertThat(api.get(path).status()).isEqualTo(404);
    }

    @Test
    void badTouchpointsAreRefused() {
        String ada = person(api.admin(), "Ada");

        assertThat(api.post("/api/touchpoints", touchpoint("carrier_pigeon", NOW, ada)).status()).isEqualTo(400);
        assertThat(api.post("/api/touchpoints", touchpoint("phone", NOW)).status()).isEqualTo(400);
        Reply unknown = api.post("/api/touchpoints", touchpoint("phone", NOW, UUID.randomUUID().toString()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("personIds[0]");
        Map<String, Object> tooLong = touchpoint("phone", NOW, ada);
        tooLong.put("durationMinutes", 20_000);
        assertThat(api.post("/api/touchpoints", tooLong).status()).isEqualTo(400);
    }

    @Test
    void timelineIsNewestFirstAndPaged() {
        String ada = person(api.admin(), "Ada");
        for (int day = 1; day <= 5; day++) {
            api.post("/api/touchpoints", touchpoint("email", NOW.minusDays(day * 10L), ada));
        }

        List<String> dates = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Reply page = api.get("/api/people/" + ada + "/timeline?limit=2" + (next == null ? "" : "&after=" + next));
            page.body().get("items").forEach(item -> dates.add(item.get("occurredAt").asString()));
            JsonNode nextNode = page.body().get("next");
            next = nextNode == null || nextNode.isNull() ? null : nextNode.asString();
            pages++;
        } while (next != null);

        assertThat(pages).isEqualTo(3);
        assertThat(dates).hasSize(5);
        assertThat(dates).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(b).compareTo(OffsetDateTime.parse(a)));
    }

    @Test
    void listFiltersByOrganizationUserAndDates() {
        String ada = person(api.admin(), "Ada");
        Reply organization = api.post("/api/organizations", Map.of("name", "Filter Co " + UUID.randomUUID()));
        NewUser colleague = api.newUser("member", null);
        Map<String, Object> withOrganization = touchpoint("video", NOW.minusDays(3), ada);
        withOrganization.put("organizationId", organization.id());
        withOrganization.put("userIds", List.of(colleague.id().toString()));
        api.post("/api/touchpoints", withOrganization);
        api.post("/api/touchpoints", touchpoint("phone", NOW.minusDays(40), ada));

        assertThat(api.get("/api/touchpoints?organizationId=" + organization.id()).body().get("items").size()).isEqualTo(1);
        assertThat(api.get("/api/touchpoints?personId=" + ada + "&userId=" + colleague.id()).body().get("items").size())
                .isEqualTo(1);
        String from = NOW.minusDays(50).toString().replace("+", "%2B");
        String to = NOW.minusDays(10).toString().replace("+", "%2B");
        Reply window = api.get("/api/touchpoints?personId=" + ada + "&from=" + from + "&to=" + to);
        assertThat(window.body().get("items").size()).isEqualTo(1);
        assertThat(window.body().get("items").get(0).get("channel").asString()).isEqualTo("phone");
    }

    @Test
    void anotherUsersPrivateTouchpointsStayOutOfTimelineAndExplanation() {
        NewUser owner = api.newUser("member", null);
        NewUser other = api.newUser("member", null);
        String ada = person(owner.client(), "Shared Ada");
        Map<String, Object> secret = touchpoint("meal", NOW.minusDays(1), ada);
        secret.put("visibility", "private");
        secret.put("summary", "Confidential dinner");
        Reply privateOne = owner.client().post("/api/touchpoints", secret);
        owner.client().post("/api/touchpoints", touchpoint("email", NOW.minusDays(30), ada));

        Reply timeline = other.client().get("/api/people/" + ada + "/timeline");
        assertThat(timeline.body().get("items").size()).isEqualTo(1);
        assertThat(timeline.raw()).doesNotContain("Confidential");
        assertThat(other.client().get("/api/touchpoints/" + privateOne.id()).status()).isEqualTo(404);
        Reply relationship = other.client().get("/api/people/" + ada + "/relationship");
        assertThat(relationship.raw()).doesNotContain("meal").doesNotContain("yesterday");
        assertThat(relationship.body().get("team").get("facts").toString()).contains("Never met in person");

        Reply ownView = owner.client().get("/api/people/" + ada + "/relationship");
        assertThat(ownView.body().get("mine").get("facts").toString()).contains("Last met in person yesterday");
        assertThat(owner.client().get("/api/people/" + ada + "/timeline").body().get("items").size()).isEqualTo(2);
        assertThat(api.get("/api/people/" + ada + "/timeline").body().get("items").size()).isEqualTo(2);
    }

    @Test
    void relationshipGrowsWithTouchpointsAndPeopleRankByIt() {
        String tag = "rank-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> ids = new LinkedHashMap<>();
        for (String name : List.of("Never", "Emailed", "Met")) {
            ids.put(name, api.post("/api/people", Map.of("name", name + " " + tag, "tags", List.of(tag))).id());
        }
        api.post("/api/touchpoints", touchpoint("email", NOW.minusDays(5), ids.get("Emailed")));
        for (int i = 0; i < 4; i++) {
            api.post("/api/touchpoints", touchpoint("in_person", NOW.minusDays(2 + 20L * i), ids.get("Met")));
        }

        JsonNode met = api.get("/api/people/" + ids.get("Met") + "/relationship").body().get("team");
        assertThat(met.get("tier").asString()).isIn("relationship", "trusted");
        assertThat(api.get("/api/people/" + ids.get("Never") + "/relationship").body().get("team").get("tier").asString())
                .isEqualTo("connection");

        JsonNode ranked = api.get("/api/people?tag=" + tag + "&sort=strength").body().get("items");
        assertThat(ranked.get(0).get("name").asString()).startsWith("Met");
        assertThat(ranked.get(1).get("name").asString()).startsWith("Emailed");
        assertThat(ranked.get(2).get("name").asString()).startsWith("Never");
        assertThat(ranked.get(0).get("score").asInt()).isEqualTo(met.get("score").asInt());
        assertThat(ranked.get(2).get("tier").asString()).isEqualTo("connection");
        JsonNode connections = api.get("/api/people?tag=" + tag + "&tier=connection").body().get("items");
        assertThat(connections).extracting(n -> n.get("name").asString()).contains("Never " + tag);
        assertThat(api.get("/api/people?tag=" + tag + "&tier=" + met.get("tier").asString()).body().get("items").size())
                .isEqualTo(1);
        assertThat(api.get("/api/people?tier=best-friends").status()).isEqualTo(400);
    }

    @Test
    void mergingPeopleKeepsEveryTouchpointOnTheSurvivor() {
        String survivor = person(api.admin(), "Survivor");
        String duplicate = person(api.admin(), "Duplicate");
        api.post("/api/touchpoints", touchpoint("phone", NOW.minusDays(3), survivor));
        api.post("/api/touchpoints", touchpoint("meal", NOW.minusDays(5), duplicate));
        api.post("/api/touchpoints", touchpoint("video", NOW.minusDays(7), survivor, duplicate));

        assertThat(api.post("/api/people/" + survivor + "/merge", Map.of("duplicateId", duplicate)).status()).isEqualTo(200);

        JsonNode timeline = api.get("/api/people/" + survivor + "/timeline").body().get("items");
        assertThat(timeline).extracting(t -> t.get("channel").asString()).containsExactly("phone", "meal", "video");
        assertThat(api.get("/api/people/" + survivor + "/relationship").body().get("team").get("facts").toString())
                .contains("Last met in person 5 days ago");
    }

    @Test
    void listingByAPersonOneMayNotSeeIsNotFound() {
        NewUser owner = api.newUser("member", null);
        NewUser other = api.newUser("member", null);
        String hidden = owner.client().post("/api/people", Map.of("name", "Hidden", "visibility", "private")).id();
        owner.client().post("/api/touchpoints", touchpoint("phone", NOW.minusDays(1), hidden));

        assertThat(other.client().get("/api/touchpoints?personId=" + hidden).status()).isEqualTo(404);
        assertThat(other.client().get("/api/people/" + hidden + "/timeline").status()).isEqualTo(404);
    }

    @Test
    void deletingATouchpointLowersTheScoreAgain() {
        String ada = person(api.admin(), "Ada");
        Reply meeting = api.post("/api/touchpoints", touchpoint("in_person", NOW.minusDays(1), ada));
        int scoreWith = api.get("/api/people/" + ada + "/relationship").body().get("team").get("score").asInt();

        api.delete("/api/touchpoints/" + meeting.id(), null);

        assertThat(scoreWith).isPositive();
        assertThat(api.get("/api/people/" + ada + "/relationship").body().get("team").get("score").asInt()).isZero();
    }

    @Test
    void scoresKeptUpToDateTouchpointByTouchpointEqualAFullRecompute() {
        NewUser colleague = api.newUser("member", null);
        String ada = person(api.admin(), "Ada");
        String grace = person(api.admin(), "Grace");
        api.post("/api/touchpoints", touchpoint("email", NOW.minusDays(40), ada));
        Map<String, Object> lunch = touchpoint("meal", NOW.minusDays(3), ada, grace);
        lunch.put("userIds", List.of(colleague.id().toString()));
        lunch.put("initiatedBy", "them");
        Reply shared = api.post("/api/touchpoints", lunch);
        colleague.client().post("/api/touchpoints", touchpoint("phone", NOW.minusDays(1), grace));
        // A change that takes the colleague off the lunch: their row for Ada must go, not linger.
        lunch.put("userIds", List.of());
        assertThat(api.put("/api/touchpoints/" + shared.id(), lunch, shared.etag()).status()).isEqualTo(200);
        api.post("/api/touchpoints", touchpoint("in_person", NOW.minusHours(2), grace));

        List<Map<String, Object>> kept = storedScores(ada, grace);
        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);

        assertThat(kept).hasSize(5).isEqualTo(storedScores(ada, grace));
    }

    private List<Map<String, Object>> storedScores(String... personIds) {
        return jdbc.queryForList("""
                select person_id, user_id, score, tier, trend, round(cast(strength_key as numeric), 9) as strength_key, last_touch_at
                  from relationship_score where person_id in (?, ?) order by person_id, user_id""",
                (Object[]) java.util.Arrays.stream(personIds).map(UUID::fromString).toArray());
    }
}
