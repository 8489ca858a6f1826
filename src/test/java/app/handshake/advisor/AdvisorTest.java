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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Each kind of advice fires on its facts and not on the near misses, on a fixed clock; a private touchpoint of
 * another user neither raises nor silences advice for someone who may not see it; a dismissal holds until the
 * facts change, a snooze until its day.
 */
@HandshakeTest
class AdvisorTest {

    private static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");
    /** GBP 100,000.00: above the default GBP 50,000.00 from which a deal's decision makers should be met. */
    private static final Map<String, Object> BIG = Map.of("amount", 10_000_000, "currency", "GBP");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;
    NewUser colleague;
    String organization;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOW.minus(Duration.ofDays(500)));
        seller = api.newUser("member", null);
        colleague = api.newUser("member", null);
        organization = seller.client().post("/api/organizations", Map.of("name", "Advised " + UUID.randomUUID(),
                "tier", "standard")).id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void aBigDealWhoseDecisionMakerWasNeverMetInPersonCallsForAMeetingAndAVideoCallDoesNotAnswerIt() {
        String dana = person(seller.client(), "Dana Decider", "shared", organization);
        String big = deal("IVR for 8 sites", BIG, dana);
        String small = deal("Small add-on", Map.of("amount", 4_000_000, "currency", "GBP"), dana);
        at(NOW);
        touch(seller.client(), dana, "video", "shared", null, NOW.minus(Duration.ofDays(3)));
        touch(seller.client(), dana, "email", "shared", null, NOW.minus(Duration.ofDays(2)));

        JsonNode advice = one(seller.client(), "meet_in_person", big);
        assertThat(advice.path("subject").path("name").asString()).isEqualTo("IVR for 8 sites");
        assertThat(advice.path("headline").asString()).contains("Meet Dana Decider in person");
        assertThat(texts(advice)).anyMatch(t -> t.contains("GBP 100,000.00") && t.contains("GBP 50,000.00"))
                .anyMatch(t -> t.equals("Nobody on the team has met Dana Decider (decision maker) in person or at a meal"));
        assertThat(advice.path("people").get(0).path("id").asString()).isEqualTo(dana);
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain("meet_in_person:deal:" + small);
    }

    @Test
    void aMeetingThirteenMonthsAgoIsOutsideTheTwelveMonthWindowAndElevenMonthsAgoIsInside() {
        String dana = person(seller.client(), "Window Dana", "shared", organization);
        String big = deal("Window deal", BIG, dana);
        at(NOW);
        touch(seller.client(), dana, "meal", "shared", null, NOW.minus(Duration.ofDays(13 * 30 + 5)));
        JsonNode advice = one(seller.client(), "meet_in_person", big);
        assertThat(texts(advice)).anyMatch(t -> t.startsWith("Window Dana (decision maker) was last met face to face on")
                && t.contains("13 months ago"));

        touch(seller.client(), dana, "in_person", "shared", null, NOW.minus(Duration.ofDays(11 * 30)));
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain("meet_in_person:deal:" + big);
    }

    @Test
    void aColleaguesPrivateMeetingNeitherSilencesNorRaisesAdviceForSomeoneWhoMayNotSeeIt() {
        String dana = person(seller.client(), "Private Met Dana", "shared", organization);
        String big = deal("Privately met", BIG, dana);
        at(NOW);
        // The colleague's private dinner with Dana: the seller may not see it, so for the seller nobody met her.
        touch(colleague.client(), dana, "meal", "private", null, NOW.minus(Duration.ofDays(10)));
        assertThat(keys(seller.client(), "meet_in_person")).contains("meet_in_person:deal:" + big);
        // An admin may see it: for the admin looking at the team, Dana was met.
        assertThat(keys(api.admin(), "meet_in_person", "team")).doesNotContain("meet_in_person:deal:" + big);

        // Four private touchpoints of the colleague on the seller's deal, all with Dana: not single-threaded for
        // the seller, who sees none of them.
        for (int i = 1; i <= 4; i++) {
            touch(colleague.client(), dana, "phone", "private", big, NOW.minus(Duration.ofDays(20 + i)));
        }
        assertThat(keys(seller.client(), "single_threaded")).doesNotContain("single_threaded:deal:" + big);
        assertThat(keys(api.admin(), "single_threaded", "team")).contains("single_threaded:deal:" + big);
    }

    @Test
    void aDealWhoseTouchpointsAreAllWithOneContactHangsOnThem() {
        String dana = person(seller.client(), "Only Dana", "shared", organization);
        String eve = person(seller.client(), "Other Eve", "shared", organization);
        String big = deal("One thread", Map.of("amount", 100, "currency", "GBP"), dana, eve);
        at(NOW);
        for (int i = 1; i <= 3; i++) {
            touch(seller.client(), dana, "phone", "shared", big, NOW.minus(Duration.ofDays(10 * i)));
        }
        assertThat(keys(seller.client(), "single_threaded")).as("three touchpoints: below the four that make a thread")
                .doesNotContain("single_threaded:deal:" + big);
        touch(seller.client(), dana, "email", "shared", big, NOW.minus(Duration.ofDays(1)));
        JsonNode advice = one(seller.client(), "single_threaded", big);
        assertThat(texts(advice)).anyMatch(t -> t.equals("All 4 touchpoints on One thread in 180 days were with Only Dana"));
        assertThat(advice.path("people").get(0).path("name").asString()).isEqualTo("Other Eve");

        // The account hangs on the seller alone: every touchpoint with its people was theirs.
        JsonNode account = one(seller.client(), "single_threaded", organization);
        assertThat(texts(account)).anyMatch(t -> t.startsWith("Only ") && t.contains(" took part in the 4 touchpoints"));

        touch(seller.client(), eve, "phone", "shared", big, NOW.minus(Duration.ofHours(1)));
        assertThat(keys(seller.client(), "single_threaded")).doesNotContain("single_threaded:deal:" + big);
        // A colleague meets Eve too: the account no longer hangs on one of the team.
        touch(colleague.client(), eve, "meal", "shared", null, NOW.minus(Duration.ofHours(2)));
        assertThat(keys(seller.client(), "single_threaded")).doesNotContain("single_threaded:organization:" + organization);
    }

    @Test
    void aTrustedRelationshipThatCooledFifteenPointsInNinetyDaysIsGoingColdAndTenPointsIsNot() {
        String dana = person(seller.client(), "Cooling Dana", "shared", organization);
        Instant meals = NOW.minus(Duration.ofDays(90));
        at(meals);
        for (int i = 0; i < 6; i++) {
            touch(seller.client(), dana, "meal", "shared", null, meals.minus(Duration.ofHours(i)));
        }
        // Sixty days on, the score ninety days back was nothing: no relationship then to have cooled.
        at(NOW.minus(Duration.ofDays(30)));
        assertThat(keys(seller.client(), "going_cold")).doesNotContain("going_cold:person:" + dana);
        // Ninety days on: from trusted (six meals) to half the strength, more than fifteen points down.
        at(NOW);
        JsonNode advice = one(seller.client(), "going_cold", dana);
        assertThat(texts(advice)).anyMatch(t -> t.matches("Score fell from 9\\d \\(trusted\\) to [5-8]\\d \\(\\w+\\) in 90"
                + " days; last touch .*"));
    }

    @Test
    void aLostDealWhoseNurtureMissedTwoMonthsInARowHasLapsed() {
        String dana = person(seller.client(), "Nurtured Dana", "shared", organization);
        String lost = deal("Lost one", BIG, dana);
        Instant loss = NOW.minus(Duration.ofDays(100));
        at(loss);
        assertThat(seller.client().post("/api/deals/" + lost + "/lose", Map.of("reason", "Price")).status())
                .isEqualTo(200);
        at(loss.plus(Duration.ofDays(10)));
        touch(seller.client(), dana, "meal", "shared", null, clock.instant());
        // Month 1 kept, month 2 missed, month 3 running: one miss is not a lapse.
        at(loss.plus(Duration.ofDays(75)));
        assertThat(keys(seller.client(), "nurture_lapsed")).doesNotContain("nurture_lapsed:deal:" + lost);
        at(loss.plus(Duration.ofDays(100)));
        JsonNode advice = one(seller.client(), "nurture_lapsed", lost);
        assertThat(texts(advice)).anyMatch(t -> t.contains("the last 2 months of its nurture passed without a"
                + " touchpoint with Nurtured Dana"));
    }

    @Test
    void anImportantAccountKnownOnlyByNameCallsForAnIntroductionUntilSomeoneThereIsAnAcquaintance() {
        String strategic = seller.client().post("/api/organizations", Map.of("name", "Strategic " + UUID.randomUUID(),
                "tier", "strategic")).id();
        String ann = person(seller.client(), "Names Ann", "shared", strategic);
        person(seller.client(), "Names Bob", "shared", strategic);
        at(NOW);
        JsonNode advice = one(seller.client(), "connections_only", strategic);
        assertThat(texts(advice)).anyMatch(t -> t.startsWith("The team knows 2 people at Strategic"));
        touch(seller.client(), ann, "phone", "shared", null, NOW.minus(Duration.ofDays(1)));
        assertThat(keys(seller.client(), "connections_only")).doesNotContain("connections_only:organization:" + strategic);
    }

    @Test
    void anImportantAccountOnlyWrittenToAndCalledForSixMonthsShouldBeVisited() {
        String key = seller.client().post("/api/organizations", Map.of("name", "Virtual " + UUID.randomUUID(),
                "tier", "key")).id();
        String ann = person(seller.client(), "Virtual Ann", "shared", key);
        at(NOW);
        touch(seller.client(), ann, "email", "shared", null, NOW.minus(Duration.ofDays(100)));
        touch(seller.client(), ann, "video", "shared", null, NOW.minus(Duration.ofDays(50)));
        touch(seller.client(), ann, "in_person", "shared", null, NOW.minus(Duration.ofDays(200)));
        JsonNode advice = one(seller.client(), "meet_in_person", key);
        assertThat(texts(advice)).anyMatch(t -> t.startsWith("2 touchpoints with Virtual") && t.contains("none face to face")
                && t.contains("last met in person on"));
        touch(seller.client(), ann, "meal", "shared", null, NOW.minus(Duration.ofDays(5)));
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain("meet_in_person:organization:" + key);
    }

    @Test
    void aDismissalHoldsUntilTheFactsChangeAndASnoozeUntilItsDay() {
        String dana = person(seller.client(), "Dismissed Dana", "shared", organization);
        String big = deal("Dismissed deal", BIG, dana);
        at(NOW);
        String key = "meet_in_person:deal:" + big;
        Reply dismissed = seller.client().post("/api/advisor/recommendations/" + key + "/dismiss", Map.of());
        assertThat(dismissed.status()).as(dismissed.raw()).isEqualTo(200);
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain(key);
        assertThat(seller.client().get("/api/advisor/recommendations?held=true&kind=meet_in_person").raw())
                .contains(key).contains("\"as\":\"dismissed\"");
        // The same facts a day later: still dismissed.
        at(NOW.plus(Duration.ofDays(1)));
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain(key);
        // A new fact (a meeting, but 14 months ago: still outside the window) brings it back.
        touch(seller.client(), dana, "meal", "shared", null, NOW.minus(Duration.ofDays(14 * 30)));
        assertThat(keys(seller.client(), "meet_in_person")).contains(key);

        Reply snoozed = seller.client().post("/api/advisor/recommendations/" + key + "/snooze",
                Map.of("until", "2026-06-20"));
        assertThat(snoozed.status()).as(snoozed.raw()).isEqualTo(200);
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain(key);
        at(Instant.parse("2026-06-20T00:00:01Z"));
        assertThat(keys(seller.client(), "meet_in_person")).contains(key);

        assertThat(seller.client().post("/api/advisor/recommendations/" + key + "/snooze",
                Map.of("until", "2026-01-01")).status()).isEqualTo(400);
        assertThat(colleague.client().post("/api/advisor/recommendations/" + key + "/dismiss", Map.of()).status())
                .as("not the colleague's").isEqualTo(404);
        // On the deal's page the colleague reads the advice about it, without the owner's buttons.
        String card = app.handshake.support.WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD)
                .get("/advisor/card?subjectType=deal&subjectId=" + big).body();
        assertThat(card).contains("Meet Dismissed Dana in person").doesNotContain("Dismiss</button>")
                .doesNotContain("Plan a meeting");
        assertThat(app.handshake.support.WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD)
                .get("/advisor/card?subjectType=deal&subjectId=" + big).body()).contains("Plan a meeting");
        assertThat(seller.client().post("/api/advisor/recommendations/nonsense/dismiss", Map.of()).status())
                .isEqualTo(400);
        JsonNode audit = api.admin().get("/api/audit?recordId=" + big).body();
        assertThat(audit.toString()).contains("dismissed").contains("snoozed until 2026-06-20");
    }

    @Test
    void aPlannedMeetingOnceLoggedAnswersTheAdviceAndRaisesTheScoreAsTheWhatIfProjected() {
        String dana = person(seller.client(), "Planned Dana", "shared", organization);
        String big = deal("Planned deal", BIG, dana);
        at(NOW);
        touch(seller.client(), dana, "video", "shared", null, NOW.minus(Duration.ofDays(20)));
        String key = "meet_in_person:deal:" + big;
        int before = one(seller.client(), "meet_in_person", big).path("priority").asInt();

        Instant meeting = NOW.plus(Duration.ofDays(30));
        Reply planned = seller.client().post("/api/advisor/recommendations/" + key + "/plan",
                Map.of("plannedAt", OffsetDateTime.ofInstant(meeting, ZoneOffset.UTC).toString()));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        assertThat(planned.header("Location")).isEqualTo("/api/touchpoints/planned/" + planned.id());
        assertThat(planned.body().path("channel").asString()).isEqualTo("in_person");
        assertThat(planned.body().path("dealId").asString()).isEqualTo(big);
        assertThat(planned.body().path("purpose").asString()).contains("Meet Planned Dana in person");
        JsonNode waiting = one(seller.client(), "meet_in_person", big);
        assertThat(waiting.path("planned").path("id").asString()).isEqualTo(planned.id());
        assertThat(waiting.path("priority").asInt()).isLessThan(before);
        assertThat(seller.client().get("/api/touchpoints/planned?from=" + OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC)
                + "&to=" + OffsetDateTime.ofInstant(meeting.plus(Duration.ofDays(1)), ZoneOffset.UTC)).raw())
                .contains(planned.id());

        // What the what-if says of a visit every 30 days, a month from now: the one planned.
        Reply whatIf = seller.client().get("/api/people/" + dana + "/relationship/what-if?channel=in_person&every=P30D");
        assertThat(whatIf.status()).as(whatIf.raw()).isEqualTo(200);
        JsonNode month = whatIf.body().path("points").get(1);
        assertThat(Instant.parse(month.path("at").asString())).isEqualTo(meeting);

        at(meeting);
        Reply logged = seller.client().post("/api/touchpoints", Map.of("channel", "in_person", "personIds",
                List.of(dana), "occurredAt", OffsetDateTime.ofInstant(meeting, ZoneOffset.UTC).toString(),
                "plannedTouchpointId", planned.id()));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        assertThat(seller.client().get("/api/touchpoints/planned/" + planned.id()).body().path("status").asString())
                .isEqualTo("done");
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain(key);
        JsonNode score = seller.client().get("/api/people/" + dana + "/relationship").body();
        assertThat(score.path("team").path("score").asInt()).isEqualTo(month.path("score").asInt())
                .isGreaterThan(whatIf.body().path("points").get(0).path("score").asInt());
        assertThat(score.path("team").path("tier").asString()).isEqualTo(month.path("tier").asString());
    }

    @Test
    void managersSeeTheirTeamsAdviceAndMembersOnlyTheirOwn() {
        NewUser manager = api.newUser("manager", null);
        NewUser report = api.newUser("member", manager.id());
        String dana = person(report.client(), "Team Dana", "shared", organization);
        Reply created = report.client().post("/api/deals", Map.of("name", "Report's deal", "organizationId",
                organization, "value", BIG, "people", List.of(Map.of("personId", dana, "role", "decision_maker"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        at(NOW);
        String key = "meet_in_person:deal:" + created.id();
        assertThat(keys(manager.client(), "meet_in_person", "team")).contains(key);
        assertThat(keys(manager.client(), "meet_in_person")).doesNotContain(key);
        assertThat(seller.client().get("/api/advisor/recommendations?scope=team").status()).isEqualTo(403);
        assertThat(keys(seller.client(), "meet_in_person")).doesNotContain(key);
    }

    private void at(Instant instant) {
        clock.fixAt(instant);
    }

    private String person(Client client, String name, String visibility, String organizationId) {
        Reply reply = client.post("/api/people", Map.of("name", name, "organizationId", organizationId,
                "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private String deal(String name, Map<String, Object> value, String... deciders) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < deciders.length; i++) {
            people.add(Map.of("personId", deciders[i], "role", i == 0 ? "decision_maker" : "champion"));
        }
        Reply reply = seller.client().post("/api/deals", Map.of("name", name, "organizationId", organization,
                "value", value, "people", people));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private void touch(Client client, String personId, String channel, String visibility, String dealId, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(), "visibility", visibility));
        if (dealId != null) {
            body.put("dealId", dealId);
        }
        Reply reply = client.post("/api/touchpoints", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static List<String> keys(Client client, String kind) {
        return keys(client, kind, "mine");
    }

    private static List<String> keys(Client client, String kind, String scope) {
        Reply reply = client.get("/api/advisor/recommendations?limit=100&kind=" + kind + "&scope=" + scope);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        List<String> keys = new ArrayList<>();
        reply.body().path("items").forEach(item -> keys.add(item.path("key").asString()));
        return keys;
    }

    private static JsonNode one(Client client, String kind, String subjectId) {
        Reply reply = client.get("/api/advisor/recommendations?kind=" + kind + "&subjectId=" + subjectId);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().path("items").size()).as(reply.raw()).isEqualTo(1);
        return reply.body().path("items").get(0);
    }

    private static List<String> texts(JsonNode advice) {
        List<String> texts = new ArrayList<>();
        advice.path("reasons").forEach(reason -> texts.add(reason.path("text").asString()));
        return texts;
    }
}
