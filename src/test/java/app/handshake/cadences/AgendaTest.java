package app.handshake.cadences;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The agenda on a fixed clock: 24 November 2026, noon UTC. */
@HandshakeTest
class AgendaTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOON);
        seller = api.newUser("member", null);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    private String person(String name, String organizationId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + UUID.randomUUID().toString().substring(0, 6));
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        return seller.client().post("/api/people", body).id();
    }

    private void touch(Client client, String personId, String channel, int daysAgo) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(NOON, ZoneOffset.UTC).minusDays(daysAgo).toString()));
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

    private List<String> agenda() {
        List<String> ids = new ArrayList<>();
        seller.client().get("/api/agenda").body().get("items").forEach(item -> ids.add(item.get("personId").asString()));
        return ids;
    }

    @Test
    void overdueComeFirstThenDueAndSnoozeHidesUntilItsDay() {
        String strategic = seller.client().post("/api/organizations", Map.of("name", "Big " + UUID.randomUUID(),
                "tier", "strategic")).id();
        String overdueBig = person("Overdue Big", strategic);
        String overdueSmall = person("Overdue Small", null);
        String dueToday = person("Due Today", null);
        String notYet = person("Not Yet", null);
        for (String id : List.of(overdueBig, overdueSmall, dueToday, notYet)) {
            cadence(id, 30, null);
        }
        touch(seller.client(), overdueBig, "email", 35);
        touch(seller.client(), overdueSmall, "email", 45);
        touch(seller.client(), dueToday, "phone", 30);
        touch(seller.client(), notYet, "phone", 10);

        // value x days overdue: the strategic account 5 days late outranks the small one 15 days late.
        assertThat(agenda()).containsExactly(overdueBig, overdueSmall, dueToday);
        JsonNode agenda = seller.client().get("/api/agenda").body();
        assertThat(agenda.get("overdue").asInt()).isEqualTo(2);
        assertThat(agenda.get("dueToday").asInt()).isEqualTo(1);
        assertThat(agenda.get("items").get(0).get("daysOverdue").asInt()).isEqualTo(5);
        assertThat(agenda.get("items").get(2).get("overdue").asBoolean()).isFalse();

        Reply snoozed = seller.client().post("/api/agenda/" + overdueBig + "/snooze", Map.of("until", "2026-11-27"));
        assertThat(snoozed.status()).isEqualTo(204);
        assertThat(agenda()).containsExactly(overdueSmall, dueToday);

        clock.advance(Duration.ofDays(3));
        assertThat(agenda()).first().isEqualTo(overdueBig);
        assertThat(agenda()).doesNotContain(notYet);
    }

    @Test
    void anyTouchpointByAnyoneMovesTheDueDateAndDoneLogsOne() {
        String person = person("Moved", null);
        cadence(person, 14, null);
        touch(seller.client(), person, "email", 20);
        assertThat(agenda()).contains(person);

        touch(api.admin(), person, "message", 1);
        assertThat(agenda()).doesNotContain(person);

        clock.advance(Duration.ofDays(14));
        assertThat(agenda()).contains(person);
        Reply done = seller.client().post("/api/agenda/" + person + "/done", Map.of("channel", "video"));
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.body().get("channel").asString()).isEqualTo("video");
        assertThat(agenda()).doesNotContain(person);
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("dueAt").asString())
                .startsWith("2026-12-22");
    }

    @Test
    void aCadenceThatNamesAChannelIsMetOnlyByThatChannel() {
        String person = person("Call Monthly", null);
        cadence(person, 30, "phone");
        touch(seller.client(), person, "phone", 40);
        touch(seller.client(), person, "email", 2);

        JsonNode item = seller.client().get("/api/agenda").body().get("items").get(0);
        assertThat(item.get("personId").asString()).isEqualTo(person);
        assertThat(item.get("suggestedChannel").asString()).isEqualTo("phone");
        assertThat(item.get("why").asString()).contains("phone call");

        touch(seller.client(), person, "phone", 0);
        assertThat(agenda()).doesNotContain(person);
    }

    @Test
    void afterTwoEmailsTheAgendaSuggestsACall() {
        String person = person("Written To", null);
        cadence(person, 7, null);
        touch(seller.client(), person, "email", 12);
        touch(seller.client(), person, "email", 9);

        JsonNode item = seller.client().get("/api/agenda").body().get("items").get(0);
        assertThat(item.get("suggestedChannel").asString()).isEqualTo("phone");
        assertThat(item.get("why").asString()).contains("written");
    }

    @Test
    void rulesGiveCadencesByTagAndTheShortestWins() {
        NewUser manager = api.newUser("manager", null);
        String tag = "vip-" + UUID.randomUUID().toString().substring(0, 6);
        Reply rule = manager.client().post("/api/cadence-rules", Map.of("kind", "tag", "value", tag, "intervalDays", 21));
        assertThat(rule.status()).as(rule.raw()).isEqualTo(201);
        assertThat(seller.client().post("/api/cadence-rules", Map.of("kind", "tag", "value", "x", "intervalDays", 5))
                .status()).isEqualTo(403);
        String person = seller.client().post("/api/people", Map.of("name", "Tagged " + tag, "tags", List.of(tag))).id();
        touch(seller.client(), person, "phone", 25);

        JsonNode standing = seller.client().get("/api/people/" + person + "/cadence").body();
        assertThat(standing.get("intervalDays").asInt()).isEqualTo(21);
        assertThat(standing.get("source").asString()).contains("rule").contains(tag);
        assertThat(agenda()).contains(person);

        cadence(person, 60, null);
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("source").asString())
                .isEqualTo("set on this person");
        assertThat(agenda()).doesNotContain(person);
        assertThat(manager.client().delete("/api/cadence-rules/" + rule.id(), null).status()).isEqualTo(204);
    }

    @Test
    void adviceNeverReadsAnotherUsersPrivateTouchpoints() {
        String strategic = seller.client().post("/api/organizations", Map.of("name", "Key Account " + UUID.randomUUID(),
                "tier", "strategic")).id();
        String person = person("Privately Met", strategic);
        cadence(person, 30, null);
        touch(seller.client(), person, "email", 45);
        Reply privateMeal = api.post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(person),
                "visibility", "private", "occurredAt", OffsetDateTime.ofInstant(NOON, ZoneOffset.UTC).minusDays(40).toString()));
        assertThat(privateMeal.status()).isEqualTo(201);

        JsonNode item = seller.client().get("/api/agenda").body().get("items").get(0);

        assertThat(item.get("personId").asString()).isEqualTo(person);
        assertThat(item.get("daysOverdue").asInt()).isEqualTo(10);
        assertThat(item.get("why").asString()).contains("never met in person");
    }

    @Test
    void theAgendaIsOwnAndNeverShowsAnothersPrivatePerson() {
        NewUser other = api.newUser("member", null);
        String mine = person("Mine", null);
        cadence(mine, 7, null);
        Reply hidden = other.client().post("/api/people", Map.of("name", "Other's private", "visibility", "private"));
        other.client().put("/api/people/" + hidden.id() + "/cadence", Map.of("intervalDays", 7), "*");

        assertThat(agenda()).contains(mine).doesNotContain(hidden.id());
        assertThat(other.client().post("/api/agenda/" + mine + "/done", Map.of()).status()).isEqualTo(404);
        assertThat(other.client().put("/api/people/" + mine + "/cadence",
                Map.of("intervalDays", 7, "assigneeId", seller.id().toString()), "*").status()).isEqualTo(403);
        assertThat(seller.client().post("/api/agenda/" + hidden.id() + "/snooze", Map.of("until", "2026-12-01")).status())
                .isEqualTo(404);
        assertThat(seller.client().put("/api/people/" + mine + "/cadence",
                Map.of("intervalDays", 7, "assigneeId", UUID.randomUUID().toString()), "*").status()).isEqualTo(400);
    }
}
