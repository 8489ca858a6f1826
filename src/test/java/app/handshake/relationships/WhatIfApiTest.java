package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
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

/**
 * The what-if projects the team's score month by month: with no further touch it is the documented formula's
 * decay of the touchpoints the team's score counts (worked out here from the README's expression, not by the
 * application's code); with a cadence it is the score the person really has when those touchpoints are logged
 * month after month. Nobody learns through it of a person or touchpoint they may not see.
 */
@HandshakeTest
class WhatIfApiTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");
    private static final OffsetDateTime T0 = NOON.atOffset(ZoneOffset.UTC);

    /** The README's default weights and settings. */
    private static final Map<String, Double> WEIGHTS = Map.of("meal", 12.0, "in_person", 10.0, "event", 6.0,
            "video", 6.0, "phone", 4.0, "email", 1.0, "message", 1.0, "social", 0.25);
    private static final List<String> RANKS = List.of("connection", "acquaintance", "relationship", "trusted");
    private static final double HALF_LIFE = 90;
    private static final double SATURATION = 25;
    private static final double PERSONAL_BONUS = 0.5;
    private static final double RECIPROCITY_BONUS = 0.25;

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser owner;
    NewUser colleague;
    String marker;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOON);
        owner = api.newUser("member", null);
        colleague = api.newUser("member", null);
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    /** One touchpoint as the formula reads it. */
    record Touch(String channel, OffsetDateTime at, boolean byThem, boolean personal) {}

    @Test
    void withNoFurtherTouchEachMonthIsTheFormulasDecayOfWhatTheTeamsScoreCounts() {
        String person = person(owner, "Lise Meitner " + marker, "shared");
        String hidden = person(owner, "A private source " + marker, "private");
        List<Touch> counted = List.of(new Touch("meal", T0.minusDays(10), false, false),
                new Touch("phone", T0.minusDays(40), true, false),
                new Touch("email", T0.minusDays(200), false, true),
                new Touch("in_person", T0.minusDays(400), false, false));
        counted.forEach(t -> log(owner, List.of(person), t, "shared", "About fission " + marker));
        // Neither counts in the team's score, so neither may move its projection.
        String privateCall = log(owner, List.of(person), new Touch("video", T0.minusDays(3), false, false), "private",
                "A private call " + marker);
        String withHidden = log(owner, List.of(person, hidden), new Touch("in_person", T0.minusDays(5), false, false),
                "shared", "Met with the source " + marker);

        for (NewUser reader : List.of(owner, colleague)) {
            Reply reply = reader.client().get("/api/people/" + person + "/relationship/what-if");
            assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
            JsonNode whatIf = reply.body();
            assertThat(whatIf.get("scoreOf").asString()).isEqualTo("team");
            assertThat(whatIf.get("cadence").get("every").asString()).isEqualTo("none");
            assertThat(whatIf.get("cadence").get("for").asString()).isEqualTo("P1Y");
            JsonNode points = whatIf.get("points");
            assertThat(points.size()).isEqualTo(13);
            List<Integer> expected = new ArrayList<>();
            for (int month = 0; month <= 12; month++) {
                OffsetDateTime at = T0.plusMonths(month);
                JsonNode point = points.get(month);
                expected.add(score(counted, at));
                assertThat(point.get("month").asInt()).isEqualTo(month);
                assertThat(OffsetDateTime.parse(point.get("at").asString())).isEqualTo(at);
                assertThat(point.get("score").asInt()).as("month %d", month).isEqualTo(score(counted, at));
                assertThat(point.get("tier").asString()).as("month %d", month).isEqualTo(tier(score(counted, at)));
            }
            assertThat(expected.getFirst()).as("a relationship today").isBetween(40, 69);
            assertThat(expected.getLast()).as("a connection in a year").isLessThan(10);
            // Today's point is the team's score of today, as the relationship card shows it.
            JsonNode relationship = reader.client().get("/api/people/" + person + "/relationship").body();
            assertThat(whatIf.get("score").asInt()).isEqualTo(relationship.get("team").get("score").asInt())
                    .isEqualTo(expected.getFirst());
            assertThat(whatIf.get("tier").asString()).isEqualTo("relationship");

            // Nothing above is reached; each tier below is fallen to in its month, and the sentence says the lowest.
            assertThat(whatIf.get("reaches").size()).isEqualTo(1);
            assertThat(whatIf.get("reaches").get(0).get("tier").asString()).isEqualTo("trusted");
            assertThat(whatIf.get("reaches").get(0).get("month").isNull()).isTrue();
            int acquaintance = firstMonth(expected, s -> s < 40);
            int connection = firstMonth(expected, s -> s < 10);
            assertThat(whatIf.get("falls").get(0).get("tier").asString()).isEqualTo("acquaintance");
            assertThat(whatIf.get("falls").get(0).get("month").asInt()).isEqualTo(acquaintance);
            assertThat(whatIf.get("falls").get(1).get("tier").asString()).isEqualTo("connection");
            assertThat(whatIf.get("falls").get(1).get("month").asInt()).isEqualTo(connection);
            assertThat(whatIf.get("sentence").asString())
                    .isEqualTo("No further touch: connection in " + connection + " months");
            // Scores, tiers and dates only: not a touchpoint, a summary or another person.
            assertThat(reply.raw()).doesNotContain(marker, privateCall, withHidden, hidden);
        }
    }

    @Test
    void aCadenceProjectsTheScoreThePersonReallyHasWhenItsTouchpointsAreLogged() {
        String person = person(owner, "Chien-Shiung Wu " + marker, "shared");
        log(owner, List.of(person), new Touch("meal", T0.minusDays(100), true, false), "shared", "Dinner");
        log(owner, List.of(person), new Touch("email", T0.minusDays(20), false, false), "shared", "Paper sent");

        Reply reply = colleague.client().get("/api/people/" + person
                + "/relationship/what-if?channel=phone&every=P30D&for=P1Y&topic=personal");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode whatIf = reply.body();
        assertThat(whatIf.get("cadence").get("channel").asString()).isEqualTo("phone");
        assertThat(whatIf.get("cadence").get("topic").asString()).isEqualTo("personal");
        assertThat(whatIf.get("cadence").get("every").asString()).isEqualTo("P30D");

        // The colleague calls when each call is due, and reads the person's real score at each month's date.
        List<Integer> scores = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        JsonNode today = colleague.client().get("/api/people/" + person + "/relationship").body().get("team");
        scores.add(today.get("score").asInt());
        tiers.add(today.get("tier").asString());
        int call = 1;
        for (int month = 1; month <= 12; month++) {
            OffsetDateTime at = T0.plusMonths(month);
            for (OffsetDateTime due = T0.plusDays(30L * call); !due.isAfter(at); due = T0.plusDays(30L * ++call)) {
                clock.fixAt(due.toInstant());
                log(colleague, List.of(person), new Touch("phone", due, false, true), "shared", "Call " + call);
            }
            clock.fixAt(at.toInstant());
            JsonNode team = colleague.client().get("/api/people/" + person + "/relationship").body().get("team");
            scores.add(team.get("score").asInt());
            tiers.add(team.get("tier").asString());
        }
        assertThat(call - 1).as("calls logged in the year").isEqualTo(12);

        List<Integer> projected = new ArrayList<>();
        List<String> projectedTiers = new ArrayList<>();
        whatIf.get("points").forEach(p -> {
            projected.add(p.get("score").asInt());
            projectedTiers.add(p.get("tier").asString());
        });
        assertThat(projected).isEqualTo(scores);
        assertThat(projectedTiers).isEqualTo(tiers);
        assertThat(scores.getLast()).as("the calls make it grow").isGreaterThan(scores.getFirst());

        // Each tier above today's: the first month the real score was at it or above.
        assertThat(whatIf.get("tier").asString()).isEqualTo(tiers.getFirst());
        String highest = null;
        int highestMonth = 0;
        for (JsonNode reached : whatIf.get("reaches")) {
            String tier = reached.get("tier").asString();
            int month = -1;
            for (int m = tiers.size() - 1; m >= 0; m--) {
                month = RANKS.indexOf(tiers.get(m)) >= RANKS.indexOf(tier) ? m : month;
            }
            if (month < 0) {
                assertThat(reached.get("month").isNull()).as(tier).isTrue();
            } else {
                assertThat(reached.get("month").asInt()).as(tier).isEqualTo(month);
                highest = tier;
                highestMonth = month;
            }
        }
        assertThat(highest).as("a tier above today's is reached").isNotNull();
        assertThat(whatIf.get("sentence").asString())
                .isEqualTo("Calling monthly on a personal note: " + highest + " in " + highestMonth
                        + (highestMonth == 1 ? " month" : " months"));
    }

    @Test
    void aPersonOneMayNotSeeIsNotFoundAndBadParametersAreNamed() {
        String secret = person(owner, "Secret Contact " + marker, "private");
        String person = person(owner, "Open Contact " + marker, "shared");

        Reply hidden = colleague.client().get("/api/people/" + secret + "/relationship/what-if?channel=phone&every=P7D");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw()).doesNotContain("Secret");
        assertThat(colleague.client().get("/api/people/" + UUID.randomUUID() + "/relationship/what-if").status())
                .isEqualTo(404);
        assertThat(owner.client().get("/api/people/" + secret + "/relationship/what-if").status()).isEqualTo(200);

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("channel=phone&every=P0D", "every");
        refused.put("channel=phone&every=PT12H", "every");
        refused.put("channel=phone&every=monthly", "every");
        refused.put("channel=phone&every=P-1M", "every");
        refused.put("channel=carrier_pigeon&every=P1M", "channel");
        refused.put("every=P1M", "channel");
        refused.put("channel=phone&every=P1M&topic=secret", "topic");
        refused.put("channel=phone&every=P1M&for=P4Y", "for");
        refused.put("channel=phone&every=P1M&for=P1100D", "for");
        refused.put("channel=phone&every=P1M&for=P2W", "for");
        refused.put("for=forever", "for");
        refused.forEach((query, field) -> {
            Reply reply = owner.client().get("/api/people/" + person + "/relationship/what-if?" + query);
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.header("Content-Type")).as(query).startsWith("application/problem+json");
            assertThat(reply.body().get("type").asString()).as(query).endsWith("/validation-failed");
            JsonNode error = reply.body().get("errors").get(0);
            assertThat(error.get("field").asString()).as(query).isEqualTo(field);
            assertThat(error.get("message").asString()).as(query).isNotBlank();
        });
        // The longest and shortest horizons, and a duration, are taken.
        assertThat(owner.client().get("/api/people/" + person + "/relationship/what-if?channel=meal&every=P3M&for=P3Y")
                .body().get("points").size()).isEqualTo(37);
        assertThat(owner.client().get("/api/people/" + person + "/relationship/what-if?channel=video&every=PT36H&for=P1M")
                .body().get("points").size()).isEqualTo(2);
    }

    /** The README's expression, evaluated here on its own. */
    private static int score(List<Touch> touches, OffsetDateTime at) {
        double sum = 0;
        int lastYear = 0;
        int byThem = 0;
        for (Touch touch : touches) {
            double ageDays = Duration.between(touch.at(), at).toSeconds() / 86_400.0;
            if (ageDays < 0) {
                continue;
            }
            sum += WEIGHTS.get(touch.channel()) * (touch.personal() ? 1 + PERSONAL_BONUS : 1)
                    * Math.pow(0.5, ageDays / HALF_LIFE);
            if (ageDays <= 365) {
                lastYear++;
                byThem += touch.byThem() ? 1 : 0;
            }
        }
        double share = lastYear == 0 ? 0 : (double) byThem / lastYear;
        double raw = sum * (1 + RECIPROCITY_BONUS * Math.min(1, 2 * share));
        return (int) Math.round(100 * (1 - Math.exp(-raw / SATURATION)));
    }

    private static String tier(int score) {
        return score < 10 ? "connection" : score < 40 ? "acquaintance" : score < 70 ? "relationship" : "trusted";
    }

    private static int firstMonth(List<Integer> scores, java.util.function.IntPredicate holds) {
        for (int month = 0; month < scores.size(); month++) {
            if (holds.test(scores.get(month))) {
                return month;
            }
        }
        return -1;
    }

    private static String person(NewUser owner, String name, String visibility) {
        Reply created = owner.client().post("/api/people", Map.of("name", name, "visibility", visibility));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private static String log(NewUser user, List<String> people, Touch touch, String visibility, String summary) {
        Reply logged = user.client().post("/api/touchpoints", Map.of("channel", touch.channel(),
                "occurredAt", touch.at().toString(), "initiatedBy", touch.byThem() ? "them" : "us",
                "topic", touch.personal() ? "personal" : "business", "summary", summary, "personIds", people,
                "visibility", visibility));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        return logged.id();
    }
}
