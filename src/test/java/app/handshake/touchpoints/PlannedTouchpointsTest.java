package app.handshake.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Planned meetings: planned through the API, seen in the list, on Today and in the calendar feed, and done when
 * the touchpoint that fulfils them is logged; never seen by someone who may not see everyone on them.
 */
@HandshakeTest
@RecordApplicationEvents
class PlannedTouchpointsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Api api;

    @Autowired
    PlannedTouchpoints plannedTouchpoints;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    ApplicationEvents events;

    private static String person(Client client, String name) {
        Reply reply = client.post("/api/people", Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static Map<String, Object> plan(OffsetDateTime at, String channel, String purpose, String... personIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("personIds", List.of(personIds));
        body.put("plannedAt", at.toString());
        if (channel != null) {
            body.put("channel", channel);
        }
        body.put("purpose", purpose);
        return body;
    }

    private static Reply planned(Client client, Map<String, Object> body) {
        Reply reply = client.post("/api/touchpoints/planned", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply;
    }

    private static Reply log(Client client, String channel, OffsetDateTime at, String... personIds) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "occurredAt", at.toString(),
                "personIds", List.of(personIds)));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply;
    }

    private static List<String> listed(Client client, String query) {
        Reply reply = client.get("/api/touchpoints/planned" + query);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body().get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    private String today(NewUser user) {
        return WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).get("/today").body();
    }

    private static Calendar feed(Client client) throws Exception {
        String url = client.post("/api/calendar-feed", Map.of()).body().get("url").asString();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new CalendarBuilder().build(new StringReader(response.body()));
    }

    @Test
    void aPlannedMeetingIsListedOnTodayAndInTheCalendarFeed() throws Exception {
        NewUser seller = api.newUser("member", null);
        String anna = person(seller.client(), "Anna Planned");
        String purpose = "Meet the decision maker of IVR for 8 sites " + UUID.randomUUID();

        Reply made = planned(seller.client(), plan(NOW.minusMinutes(30), "meal", purpose, anna));

        assertThat(made.header("Location")).isEqualTo("/api/touchpoints/planned/" + made.id());
        assertThat(made.body().get("status").asString()).isEqualTo("planned");
        assertThat(made.body().get("channel").asString()).isEqualTo("meal");
        assertThat(made.body().get("assigneeId").asString()).isEqualTo(seller.id().toString());
        assertThat(made.body().get("people").get(0).get("id").asString()).isEqualTo(anna);
        assertThat(listed(seller.client(), "")).containsExactly(made.id());
        assertThat(listed(seller.client(), "?from=" + NOW.plusDays(1).toInstant())).isEmpty();
        Reply read = seller.client().get("/api/touchpoints/planned/" + made.id());
        assertThat(read.etag()).isEqualTo("\"0\"");
        assertThat(read.body().get("purpose").asString()).isEqualTo(purpose);
        // In person unless said otherwise.
        Reply inPerson = planned(seller.client(), plan(NOW.plusDays(3), null, null, anna));
        assertThat(inPerson.body().get("channel").asString()).isEqualTo("in_person");

        assertThat(today(seller)).contains(purpose).contains("Log it");

        Calendar calendar = feed(seller.client());
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        VEvent event = events.stream().filter(e -> e.getUid().orElseThrow().getValue()
                .equals("planned-" + made.id() + "@handshake")).findFirst().orElseThrow();
        assertThat(event.getSummary().getValue()).startsWith("Meet Anna Planned");
        assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains(purpose);
        assertThat(event.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo(NOW.minusMinutes(30).toInstant().toString()
                .replace("-", "").replace(":", ""));
        assertThat(events).anyMatch(e -> e.getUid().orElseThrow().getValue().equals("planned-" + inPerson.id() + "@handshake"));
    }

    @Test
    void aMealWithOneOfItsPeopleTwoDaysLaterCompletesItAndItLeavesToday() {
        NewUser seller = api.newUser("member", null);
        String anna = person(seller.client(), "Anna");
        String bruno = person(seller.client(), "Bruno");
        String purpose = "Lunch with both " + UUID.randomUUID();
        OffsetDateTime at = NOW.minusHours(2);
        Reply made = planned(seller.client(), plan(at, "in_person", purpose, anna, bruno));
        assertThat(today(seller)).contains(purpose).contains("Did it happen?");

        Reply meal = log(seller.client(), "meal", at.plusDays(2), bruno);

        JsonNode done = seller.client().get("/api/touchpoints/planned/" + made.id()).body();
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("touchpointId").asString()).isEqualTo(meal.id());
        assertThat(listed(seller.client(), "")).doesNotContain(made.id());
        assertThat(listed(seller.client(), "?status=done")).containsExactly(made.id());
        assertThat(today(seller)).doesNotContain(purpose);
        // The planned meeting never counted: only the meal is on Bruno's timeline.
        assertThat(seller.client().get("/api/people/" + anna + "/timeline").body().get("items")).isEmpty();

        // Taking the meal back (deleting it) opens the meeting again.
        assertThat(seller.client().delete("/api/touchpoints/" + meal.id(), null).status()).isEqualTo(204);
        JsonNode reopened = seller.client().get("/api/touchpoints/planned/" + made.id()).body();
        assertThat(reopened.get("status").asString()).isEqualTo("planned");
        assertThat(reopened.get("touchpointId").isNull()).isTrue();
    }

    @Test
    void aVideoCallDoesNotCompleteAMeetingInPersonNorDoesOneTwentyDaysLaterNorAColleaguesOwn() {
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String anna = person(seller.client(), "Anna");
        OffsetDateTime at = NOW.plusDays(1);
        Reply made = planned(seller.client(), plan(at, "in_person", "Visit", anna));

        log(seller.client(), "video", at, anna);
        log(seller.client(), "in_person", at.plusDays(20), anna);
        log(seller.client(), "in_person", at.minusDays(8), anna);
        log(colleague.client(), "in_person", at, anna);

        assertThat(seller.client().get("/api/touchpoints/planned/" + made.id()).body().get("status").asString())
                .isEqualTo("planned");
        // A meeting in person when a video call was planned does it, on the last day it may.
        Reply video = planned(seller.client(), plan(at, "video", "Demo", anna));
        log(seller.client(), "in_person", at.plusDays(14), anna);
        assertThat(seller.client().get("/api/touchpoints/planned/" + video.id()).body().get("status").asString())
                .isEqualTo("done");
        assertThat(seller.client().get("/api/touchpoints/planned/" + made.id()).body().get("status").asString())
                .isEqualTo("done");
    }

    @Test
    void aTouchpointLoggedForAPlannedMeetingCompletesThatOneOnly() {
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String anna = person(seller.client(), "Anna");
        Reply made = planned(seller.client(), plan(NOW.plusDays(1), "in_person", "Visit", anna));

        Map<String, Object> call = new LinkedHashMap<>(Map.of("channel", "video", "occurredAt", NOW.toString(),
                "personIds", List.of(anna), "plannedTouchpointId", made.id()));
        Reply logged = seller.client().post("/api/touchpoints", call);
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        JsonNode done = seller.client().get("/api/touchpoints/planned/" + made.id()).body();
        assertThat(done.get("status").asString()).isEqualTo("done");
        assertThat(done.get("touchpointId").asString()).isEqualTo(logged.id());

        Reply again = seller.client().post("/api/touchpoints", call);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("plannedTouchpointId");
        assertThat(again.raw()).contains("already logged");
        call.put("plannedTouchpointId", UUID.randomUUID().toString());
        assertThat(seller.client().post("/api/touchpoints", call).status()).isEqualTo(400);
        // Nothing was logged by the refused requests.
        assertThat(seller.client().get("/api/people/" + anna + "/timeline").body().get("items")).hasSize(1);
    }

    @Test
    void cancelledAndRescheduledOnlyByThoseWhoMayAndOnlyOnTheVersionRead() {
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String anna = person(seller.client(), "Anna");
        Reply made = planned(seller.client(), plan(NOW.plusDays(2), "meal", "Lunch", anna));
        String path = "/api/touchpoints/planned/" + made.id();

        Reply moved = seller.client().put(path, Map.of("plannedAt", NOW.plusDays(4).toString()), made.etag());
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.etag()).isEqualTo("\"1\"");
        assertThat(OffsetDateTime.parse(moved.body().get("plannedAt").asString())).isEqualTo(NOW.plusDays(4));
        assertThat(moved.body().get("channel").asString()).isEqualTo("meal");
        Reply stale = seller.client().put(path, Map.of("plannedAt", NOW.plusDays(5).toString()), made.etag());
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(seller.client().put(path, Map.of("plannedAt", NOW.plusDays(5).toString()), null).status())
                .isEqualTo(428);
        // A colleague sees it (everyone on it is shared) but may not move or cancel it.
        assertThat(colleague.client().get(path).status()).isEqualTo(200);
        assertThat(colleague.client().post(path + "/cancel", Map.of()).status()).isEqualTo(403);

        Reply cancelled = seller.client().post(path + "/cancel", Map.of());
        assertThat(cancelled.status()).as(cancelled.raw()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("cancelled");
        assertThat(seller.client().post(path + "/cancel", Map.of()).status()).isEqualTo(409);
        assertThat(listed(seller.client(), "")).doesNotContain(made.id());
        // A meal logged afterwards does not bring a cancelled meeting back.
        log(seller.client(), "meal", NOW.plusDays(4), anna);
        assertThat(seller.client().get(path).body().get("status").asString()).isEqualTo("cancelled");
        assertThat(api.get("/api/audit?recordId=" + made.id()).raw()).contains("Cancelled the meal with Anna");
    }

    @Test
    void aMemberNeverSeesAnotherUsersPlannedMeetingWithAPrivatePerson() throws Exception {
        NewUser owner = api.newUser("member", null);
        NewUser member = api.newUser("member", null);
        String secret = owner.client().post("/api/people", Map.of("name", "Secret Sarah " + UUID.randomUUID(),
                "visibility", "private")).id();
        String shared = person(owner.client(), "Shared Sam");
        String purpose = "Confidential visit " + UUID.randomUUID();
        // The owner plans it with the member joining: the member still may not see Sarah, so not the meeting.
        Map<String, Object> body = plan(NOW.plusMinutes(20), "in_person", purpose, secret, shared);
        body.put("joiningUserIds", List.of(member.id().toString()));
        Reply made = planned(owner.client(), body);

        assertThat(listed(member.client(), "")).doesNotContain(made.id());
        Reply hidden = member.client().get("/api/touchpoints/planned/" + made.id());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw()).doesNotContain("Sarah").doesNotContain(purpose);
        assertThat(member.client().post("/api/touchpoints/planned/" + made.id() + "/cancel", Map.of()).status())
                .isEqualTo(404);
        assertThat(today(member)).doesNotContain(purpose).doesNotContain("Secret Sarah");
        Calendar calendar = feed(member.client());
        assertThat(calendar.toString()).doesNotContain(purpose).doesNotContain("Secret Sarah");
        // Naming the meeting when logging a touchpoint tells nothing of it either.
        Reply named = member.client().post("/api/touchpoints", Map.of("channel", "in_person", "occurredAt",
                NOW.toString(), "personIds", List.of(shared), "plannedTouchpointId", made.id()));
        assertThat(named.status()).isEqualTo(400);
        assertThat(named.raw()).contains("is not a planned meeting you can see");
        // Nor may the member plan a meeting with her.
        Reply refused = member.client().post("/api/touchpoints/planned", plan(NOW.plusDays(1), null, null, secret));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("personIds[0]");
        // The owner sees it whole.
        assertThat(listed(owner.client(), "")).containsExactly(made.id());
        assertThat(owner.client().get("/api/touchpoints/planned/" + made.id()).body().get("people")).hasSize(2);
    }

    @Test
    void aManagerPlansForAReportAndAMemberOnlyForThemselves() {
        NewUser manager = api.newUser("manager", null);
        NewUser report = api.newUser("member", manager.id());
        NewUser other = api.newUser("member", null);
        String anna = person(manager.client(), "Anna");
        String mine = manager.client().post("/api/people", Map.of("name", "Manager's own " + UUID.randomUUID(),
                "visibility", "private")).id();

        Map<String, Object> forReport = plan(NOW.plusDays(1), "in_person", "Introduce", anna);
        forReport.put("assigneeId", report.id().toString());
        forReport.put("joiningUserIds", List.of(manager.id().toString()));
        Reply made = planned(manager.client(), forReport);
        assertThat(made.body().get("assigneeId").asString()).isEqualTo(report.id().toString());
        assertThat(made.body().get("joiningUsers").get(0).get("id").asString()).isEqualTo(manager.id().toString());
        assertThat(listed(report.client(), "")).containsExactly(made.id());
        assertThat(listed(manager.client(), "")).containsExactly(made.id());

        Map<String, Object> forOther = plan(NOW.plusDays(1), null, null, anna);
        forOther.put("assigneeId", other.id().toString());
        assertThat(manager.client().post("/api/touchpoints/planned", forOther).status()).isEqualTo(403);
        Map<String, Object> byMember = plan(NOW.plusDays(1), null, null, anna);
        byMember.put("assigneeId", report.id().toString());
        assertThat(other.client().post("/api/touchpoints/planned", byMember).status()).isEqualTo(403);
        // The report could never see the manager's private contact: no meeting with them is planned for the report.
        Map<String, Object> unseen = plan(NOW.plusDays(1), null, null, mine);
        unseen.put("assigneeId", report.id().toString());
        Reply refused = manager.client().post("/api/touchpoints/planned", unseen);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw()).contains("may not see");
    }

    @Test
    void badPlansAreRefusedWithProblemDetails() {
        NewUser seller = api.newUser("member", null);
        String anna = person(seller.client(), "Anna");
        Client client = seller.client();

        Reply nobody = client.post("/api/touchpoints/planned", plan(NOW, "meal", null));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nobody.body().get("errors").get(0).get("field").asString()).isEqualTo("personIds");
        Map<String, Object> noTime = plan(NOW, "meal", null, anna);
        noTime.remove("plannedAt");
        assertThat(client.post("/api/touchpoints/planned", noTime).body().get("errors").get(0).get("field").asString())
                .isEqualTo("plannedAt");
        assertThat(client.post("/api/touchpoints/planned", plan(NOW, "carrier_pigeon", null, anna)).status()).isEqualTo(400);
        Reply unknown = client.post("/api/touchpoints/planned", plan(NOW, "meal", null, UUID.randomUUID().toString()));
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("personIds[0]");
        Map<String, Object> stranger = plan(NOW, "meal", null, anna);
        stranger.put("joiningUserIds", List.of(UUID.randomUUID().toString()));
        assertThat(client.post("/api/touchpoints/planned", stranger).body().get("errors").get(0).get("field").asString())
                .isEqualTo("joiningUserIds[0]");
        Map<String, Object> noDeal = plan(NOW, "meal", null, anna);
        noDeal.put("dealId", UUID.randomUUID().toString());
        assertThat(client.post("/api/touchpoints/planned", noDeal).body().get("errors").get(0).get("field").asString())
                .isEqualTo("dealId");
        assertThat(client.post("/api/touchpoints/planned", plan(NOW, "meal", "x".repeat(1001), anna)).status())
                .isEqualTo(400);
        assertThat(client.get("/api/touchpoints/planned/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(listed(client, "")).isEmpty();
    }

    @Test
    void aCallerPlansUnderItsOwnWordsAndHearsWhenTheMeetingHappened() {
        NewUser seller = api.newUser("member", null);
        UUID anna = UUID.fromString(person(seller.client(), "Anna"));
        Actor actor = new Actor(seller.id(), Role.member);
        String ref = "decision-maker:" + UUID.randomUUID();
        PlannedTouchpoint made = plannedTouchpoints.plan(actor, new PlannedDraft(List.of(anna), NOW.plusDays(1),
                Channel.meal, "Meet the decision maker", null, null, null, List.of(), "advisor", ref));
        assertThat(plannedTouchpoints.byOrigin("advisor", ref)).extracting(PlannedTouchpoint::id)
                .containsExactly(made.id());

        TouchpointDetails meal = touchpoints.log(actor, new TouchpointDraft(Channel.meal, null, NOW.plusDays(2), null,
                null, null, null, null, List.of(anna), List.of(), null), "api", null);

        assertThat(events.stream(PlannedTouchpointDone.class)).containsExactly(new PlannedTouchpointDone(made.id(),
                "advisor", ref, meal.id(), Set.of(anna), NOW.plusDays(2)));
        assertThat(plannedTouchpoints.byOrigin("advisor", ref).getFirst().status()).isEqualTo(PlannedStatus.done);
    }
}
