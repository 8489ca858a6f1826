package app.handshake.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.TimeZones;
import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import app.handshake.support.WebSession;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** GET /api/team: a manager's reports with their figures, an admin's whole team, nothing for members. */
@HandshakeTest
class TeamApiTest {

    @Autowired
    Api api;
    @Autowired
    TimeZones zones;
    @Autowired
    SettableClock clock;

    @Test
    void aManagerSeesEachReportsOverdueCountTiersAndTouchpointsByChannel() {
        NewUser manager = api.newUser("manager", null);
        ReportWithFigures seller = ReportWithFigures.of(api, manager, "member");

        Reply team = manager.client().get("/api/team");

        assertThat(team.status()).as(team.raw()).isEqualTo(200);
        assertThat(ids(team)).containsExactly(seller.report().id().toString());
        JsonNode figures = member(team, seller.report().id().toString());
        assertThat(figures.get("overdue").asInt()).isEqualTo(1);
        assertThat(figures.get("dueToday").asInt()).isZero();
        assertThat(figures.get("tiers").toString())
                .isEqualTo("{\"connection\":1,\"acquaintance\":1,\"relationship\":0,\"trusted\":1}");
        assertThat(figures.get("touchpointsThisMonth").asInt()).isEqualTo(5);
        assertThat(byChannel(figures)).containsEntry("meal", 4).containsEntry("email", 1).containsEntry("phone", 0)
                .hasSize(8);
    }

    /**
     * "This month" starts at midnight where the viewer is: on 30 November at 20:00 UTC it is already 1 December
     * in Auckland, and a meal at 23:00 there on 30 November is last month's.
     */
    @Test
    void thisMonthRunsFromTheFirstDayInTheViewersTimeZone() {
        NewUser manager = api.newUser("manager", null);
        NewUser seller = api.newUser("member", manager.id());
        zones.choose(new Actor(manager.id(), Role.manager), "Pacific/Auckland");
        String person = seller.client().post("/api/people", Map.of("name", "Mere Ngata")).id();
        try {
            clock.fixAt(Instant.parse("2026-11-30T20:00:00Z"));
            ReportWithFigures.log(seller.client(), "meal", person, OffsetDateTime.parse("2026-11-30T10:00:00Z"));
            ReportWithFigures.log(seller.client(), "meal", person, OffsetDateTime.parse("2026-11-30T12:00:00Z"));

            Reply auckland = manager.client().get("/api/team");
            assertThat(auckland.body().get("month").asString()).isEqualTo("2026-12");
            assertThat(OffsetDateTime.parse(auckland.body().get("since").asString()).toInstant())
                    .isEqualTo(Instant.parse("2026-11-30T11:00:00Z"));
            assertThat(member(auckland, seller.id().toString()).get("touchpointsThisMonth").asInt()).isEqualTo(1);

            Reply utc = api.admin().get("/api/team");
            assertThat(utc.body().get("month").asString()).isEqualTo("2026-11");
            assertThat(member(utc, seller.id().toString()).get("touchpointsThisMonth").asInt()).isEqualTo(2);
        } finally {
            clock.reset();
        }
    }

    @Test
    void membersGetNoTeamView() {
        NewUser member = api.newUser("member", null);

        Reply api403 = member.client().get("/api/team");
        assertThat(api403.status()).isEqualTo(403);
        assertThat(api403.body().get("type").asString()).endsWith("/forbidden");

        WebSession page = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        var answer = page.get("/team");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("Not allowed").contains("for managers and admins")
                .doesNotContain("href=\"/team\"");
    }

    /**
     * A manager counts their reports' records, but not those of a report's own reports that they may not
     * see: the report's meal with, and reminder about, their report's private contact show for the admin,
     * not for the manager.
     */
    @Test
    void countsHoldOnlyWhatTheViewerMaySee() {
        NewUser manager = api.newUser("manager", null);
        NewUser teamLead = api.newUser("manager", manager.id());
        NewUser seller = api.newUser("member", teamLead.id());
        NewUser outsider = api.newUser("member", null);
        Reply hidden = seller.client().post("/api/people", Map.of("name", "Private Pia", "visibility", "private"));
        assertThat(hidden.status()).as(hidden.raw()).isEqualTo(201);
        ReportWithFigures.log(teamLead.client(), "meal", hidden.id(), ReportWithFigures.recently());
        Reply due = teamLead.client().put("/api/people/" + hidden.id() + "/cadence", Map.of("intervalDays", 30,
                "channel", "phone", "assigneeId", teamLead.id().toString()), "*");
        assertThat(due.status()).as(due.raw()).isEqualTo(200);

        Reply managers = manager.client().get("/api/team");
        assertThat(ids(managers)).containsExactly(teamLead.id().toString());
        JsonNode lead = member(managers, teamLead.id().toString());
        assertThat(lead.get("tiers").get("acquaintance").asInt()).isZero();
        assertThat(lead.get("touchpointsThisMonth").asInt()).isZero();
        assertThat(lead.get("dueToday").asInt() + lead.get("overdue").asInt()).isZero();

        Reply leads = teamLead.client().get("/api/team");
        assertThat(ids(leads)).containsExactly(seller.id().toString());

        Reply admins = api.admin().get("/api/team");
        assertThat(ids(admins)).contains(manager.id().toString(), teamLead.id().toString(), seller.id().toString(),
                outsider.id().toString());
        JsonNode leadForAdmin = member(admins, teamLead.id().toString());
        assertThat(leadForAdmin.get("tiers").get("acquaintance").asInt()).isEqualTo(1);
        assertThat(byChannel(leadForAdmin)).containsEntry("meal", 1);
        assertThat(leadForAdmin.get("dueToday").asInt()).isEqualTo(1);
    }

    @Test
    void theDocumentNamesTheOperationAndItsSchema() {
        JsonNode document = api.anonymous().get("/v3/api-docs").body();
        JsonNode get = document.get("paths").get("/api/team").get("get");
        assertThat(get.get("operationId").asString()).isEqualTo("getTeam");
        String schema = get.get("responses").get("200").get("content").get("application/json").get("schema")
                .get("$ref").asString();
        String name = schema.substring(schema.lastIndexOf('/') + 1);
        assertThat(document.get("components").get("schemas").get(name).get("properties").propertyNames())
                .contains("month", "since", "members");
        assertThat(get.get("responses").get("403")).isNotNull();
    }

    private static List<String> ids(Reply team) {
        return StreamSupport.stream(team.body().get("members").spliterator(), false)
                .map(m -> m.get("userId").asString()).toList();
    }

    private static JsonNode member(Reply team, String userId) {
        return StreamSupport.stream(team.body().get("members").spliterator(), false)
                .filter(m -> m.get("userId").asString().equals(userId)).findFirst().orElseThrow();
    }

    private static Map<String, Integer> byChannel(JsonNode member) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        member.get("byChannel").forEach(c -> counts.put(c.get("channel").asString(), c.get("count").asInt()));
        return counts;
    }
}
