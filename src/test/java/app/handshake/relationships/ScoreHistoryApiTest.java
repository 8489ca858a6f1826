package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The score over the last year ends where the score is today, marks each touchpoint with what it added,
 * and leaves out, for everyone who may not read it, a touchpoint that is private or that also involves a
 * colleague's private contact.
 */
@HandshakeTest
class ScoreHistoryApiTest {

    @Autowired
    Api api;

    @Test
    void theLineEndsAtTodaysScoreWithEveryTouchpointMarkedAndNothingHiddenShowsThrough() {
        NewUser owner = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String person = owner.client().post("/api/people", Map.of("name", "Hedy Lamarr " + marker)).id();
        String hidden = owner.client().post("/api/people", Map.of("name", "Secret Source " + marker,
                "visibility", "private")).id();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String meal = log(owner, "meal", now.minusDays(100), "Lunch about frequency hopping", List.of(person), "shared");
        String call = log(owner, "phone", now.minusDays(20), "Call about the patent", List.of(person), "shared");
        String withHidden = log(owner, "in_person", now.minusDays(10), "Met with the source " + marker,
                List.of(person, hidden), "shared");
        String privateCall = log(owner, "video", now.minusDays(5), "Private talk " + marker, List.of(person), "private");
        log(owner, "email", now.minusDays(500), "An old email", List.of(person), "shared");

        // The owner: the team's line counts what everyone who sees the person may see; their own line all of it.
        JsonNode mine = history(owner, person);
        JsonNode relationship = owner.client().get("/api/people/" + person + "/relationship").body();
        assertThat(mine.get("team").get("score").asInt()).isEqualTo(relationship.get("team").get("score").asInt());
        assertThat(last(mine.get("team"))).isEqualTo(relationship.get("team").get("score").asInt());
        assertThat(last(mine.get("mine"))).isEqualTo(relationship.get("mine").get("score").asInt());
        assertThat(marked(mine.get("team"))).containsExactly(meal, call);
        assertThat(marked(mine.get("mine"))).containsExactly(meal, call, withHidden, privateCall);
        assertThat(mine.get("mine").get("score").asInt()).isGreaterThan(mine.get("team").get("score").asInt());

        JsonNode lunch = mine.get("team").get("touchpoints").get(0);
        assertThat(lunch.get("channel").asString()).isEqualTo("meal");
        assertThat(lunch.get("faceToFace").asBoolean()).isTrue();
        assertThat(lunch.get("summary").asString()).isEqualTo("Lunch about frequency hopping");
        assertThat(lunch.get("gain").asInt()).isPositive();
        // Weekly over the year, and a point before and after each touchpoint, in time order.
        JsonNode points = mine.get("team").get("points");
        assertThat(points.size()).isGreaterThanOrEqualTo(53 + 2 * 2);
        List<OffsetDateTime> times = new ArrayList<>();
        points.forEach(p -> times.add(OffsetDateTime.parse(p.get("at").asString())));
        assertThat(times).isSorted();
        assertThat(times.getFirst()).isBefore(now.minusDays(364));
        // The line decays between touchpoints: a week before the call it is lower than right after the lunch.
        assertThat(scoreAt(points, now.minusDays(27))).isLessThan(lunch.get("score").asInt());

        // A colleague: the hidden meeting and the private call are not there at all, not even as a date.
        Reply seen = colleague.client().get("/api/people/" + person + "/relationship/history");
        assertThat(seen.status()).isEqualTo(200);
        assertThat(marked(seen.body().get("team"))).containsExactly(meal, call);
        assertThat(marked(seen.body().get("mine"))).isEmpty();
        assertThat(seen.raw()).doesNotContain(withHidden, privateCall, marker);
        assertThat(seen.body().get("team").get("score").asInt()).isEqualTo(mine.get("team").get("score").asInt());
        assertThat(last(seen.body().get("mine"))).isZero();

        // Nor does the colleague's private contact have a history for them.
        assertThat(colleague.client().get("/api/people/" + hidden + "/relationship/history").status()).isEqualTo(404);
    }

    private JsonNode history(NewUser user, String person) {
        Reply reply = user.client().get("/api/people/" + person + "/relationship/history");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static String log(NewUser user, String channel, OffsetDateTime at, String summary, List<String> people,
            String visibility) {
        Reply logged = user.client().post("/api/touchpoints", Map.of("channel", channel, "occurredAt", at.toString(),
                "summary", summary, "personIds", people, "visibility", visibility));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        return logged.id();
    }

    private static List<String> marked(JsonNode series) {
        List<String> ids = new ArrayList<>();
        series.get("touchpoints").forEach(m -> ids.add(m.get("touchpointId").asString()));
        return ids;
    }

    private static int last(JsonNode series) {
        JsonNode points = series.get("points");
        return points.get(points.size() - 1).get("score").asInt();
    }

    private static int scoreAt(JsonNode points, OffsetDateTime at) {
        int score = 0;
        for (JsonNode p : points) {
            if (!OffsetDateTime.parse(p.get("at").asString()).isAfter(at)) {
                score = p.get("score").asInt();
            }
        }
        return score;
    }
}
