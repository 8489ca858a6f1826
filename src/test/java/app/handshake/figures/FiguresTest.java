package app.handshake.figures;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import app.handshake.support.WebSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The team's figures through the API, in 2031 to 2033 where no other test closes deals: outcomes, won back, won deals
 * reaching active use through posted usage and the median days to it, nurture kept up, and who sees what.
 * Ann reports to Max (a manager); Bea reports to no one.
 */
@HandshakeTest
class FiguresTest {

    private static final String YEAR = "from=2031-01-01&to=2031-12-31";

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser max;
    NewUser ann;
    NewUser bea;
    String organization;

    @BeforeEach
    void team() {
        at("2031-01-10");
        max = api.newUser("manager", null);
        ann = api.newUser("member", max.id());
        bea = api.newUser("member", null);
        organization = ann.client().post("/api/organizations", Map.of("name", "Figures " + UUID.randomUUID())).id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void figuresCountOutcomesActiveUseAndTheMedianOverWhatEachReaderMaySee() {
        String dana = person(ann.client(), "Dana Decider");
        // Ann: three wins that reach active use (one private), a loss, a walk-away, and a deal won back.
        at("2031-03-01");
        String quick = won(ann.client(), "Quick", "shared");
        String slow = won(ann.client(), "Slow", "shared");
        String secret = won(ann.client(), "Secret", "private");
        String bees = won(bea.client(), "Bea's", "shared");
        at("2031-02-01");
        String back = deal(ann.client(), "Won back", "shared", List.of());
        post(ann.client(), "/api/deals/" + back + "/lose", Map.of("reason", "Price"));
        at("2031-03-02");
        String lost = deal(ann.client(), "Lost", "shared", List.of(Map.of("personId", dana, "role", "decision_maker")));
        post(ann.client(), "/api/deals/" + lost + "/lose", Map.of("reason", "Price"));
        at("2031-03-03");
        String walked = deal(ann.client(), "Walked", "shared", List.of());
        post(ann.client(), "/api/deals/" + walked + "/walk-away", Map.of("reason", "Not a fit"));
        at("2031-03-05");
        post(ann.client(), "/api/deals/" + back + "/reopen", Map.of());
        post(ann.client(), "/api/deals/" + back + "/win", Map.of());
        at("2031-03-20");
        touch(ann.client(), dana);

        at("2031-06-01");
        // Deployments in active use are counted as of now, whatever the period: other tests' count too.
        int allInUseBefore = figures(api.admin(), YEAR).path("team").path("deploymentsInActiveUse").asInt();
        int beaInUseBefore = figures(bea.client(), YEAR).path("team").path("deploymentsInActiveUse").asInt();
        // 60% of the seats for 14 days reaches active use on the 14th day.
        reachActiveUse(ann.client(), quick, "2031-03-11"); // active on 24 March: 23 days after the win
        reachActiveUse(ann.client(), slow, "2031-04-01"); // 14 April: 44 days
        reachActiveUse(ann.client(), secret, "2031-03-01"); // 14 March: 13 days
        reachActiveUse(bea.client(), bees, "2031-03-18"); // 31 March: 30 days

        JsonNode all = figures(api.admin(), YEAR);
        assertThat(all.path("from").asString()).isEqualTo("2031-01-01");
        assertThat(all.path("to").asString()).isEqualTo("2031-12-31");
        JsonNode annAll = owner(all, ann.id());
        assertThat(annAll.path("ownerName").asString()).isEqualTo("Test member");
        assertThat(counts(annAll)).containsExactly(4, 1, 1, 1, 3, 3);
        assertThat(annAll.path("medianDaysToActiveUse").asDouble()).isEqualTo(23.0);
        // The loss on 2 March: month one kept (a touchpoint on 20 March), month two missed, month three running.
        assertThat(annAll.path("nurtureKeptUpPercent").asInt()).isEqualTo(50);
        JsonNode beaAll = owner(all, bea.id());
        assertThat(counts(beaAll)).containsExactly(1, 0, 0, 0, 1, 1);
        assertThat(beaAll.path("medianDaysToActiveUse").asDouble()).isEqualTo(30.0);
        assertThat(beaAll.path("nurtureKeptUpPercent").isNull()).isTrue();
        // Only this test closes deals in 2031: the team is Ann and Bea.
        assertThat(counts(all.path("team")).subList(0, 5)).containsExactly(5, 1, 1, 1, 4);
        assertThat(all.path("team").path("medianDaysToActiveUse").asDouble()).isEqualTo(26.5);

        // Bea does not see Ann's private deal, nor its deployment, in any figure.
        JsonNode beaSees = figures(bea.client(), YEAR);
        assertThat(counts(owner(beaSees, ann.id()))).containsExactly(3, 1, 1, 1, 2, 2);
        assertThat(owner(beaSees, ann.id()).path("medianDaysToActiveUse").asDouble()).isEqualTo(33.5);
        assertThat(counts(beaSees.path("team")).subList(0, 5)).containsExactly(4, 1, 1, 1, 3);
        assertThat(all.path("team").path("deploymentsInActiveUse").asInt()).isEqualTo(allInUseBefore + 4);
        assertThat(beaSees.path("team").path("deploymentsInActiveUse").asInt()).isEqualTo(beaInUseBefore + 3);
        // Max sees his report's private deal; Ann sees her own.
        for (Client reader : List.of(max.client(), ann.client())) {
            JsonNode seen = figures(reader, YEAR);
            assertThat(counts(owner(seen, ann.id()))).containsExactly(4, 1, 1, 1, 3, 3);
            assertThat(owner(seen, ann.id()).path("medianDaysToActiveUse").asDouble()).isEqualTo(23.0);
        }
        // Today's headline counts the same deployments as the figures.
        assertThat(headline(bea)).isEqualTo(beaSees.path("team").path("deploymentsInActiveUse").asInt());

        // The period counts deals closed in it: from 4 March only the deal won back on the 5th.
        JsonNode later = figures(api.admin(), "from=2031-03-04&to=2031-12-31");
        assertThat(counts(owner(later, ann.id()))).containsExactly(1, 0, 0, 1, 0, 3);
        assertThat(owner(later, ann.id()).path("medianDaysToActiveUse").isNull()).isTrue();
        assertThat(later.path("team").path("medianDaysToActiveUse").isNull()).isTrue();
    }

    @Test
    void dealsAtAPrivateOrganizationAreInNoFigureOfThoseWhoMayNotSeeIt() {
        String hidden = ann.client().post("/api/organizations", Map.of("name", "Private " + UUID.randomUUID(),
                "visibility", "private")).id();
        String dana = person(ann.client(), "Dana Hidden");
        at("2033-02-01");
        String won = deal(ann.client(), "Won there", "shared", List.of(), hidden);
        post(ann.client(), "/api/deals/" + won + "/win", Map.of());
        String lost = deal(ann.client(), "Lost there", "shared", List.of(Map.of("personId", dana, "role",
                "champion")), hidden);
        post(ann.client(), "/api/deals/" + lost + "/lose", Map.of("reason", "Price"));
        String walked = deal(ann.client(), "Walked there", "shared", List.of(), hidden);
        post(ann.client(), "/api/deals/" + walked + "/walk-away", Map.of("reason", "Not a fit"));
        // One deal of Ann's that everyone may see, so that Bea sees Ann among the figures at all.
        won(ann.client(), "Won in the open", "shared");
        at("2033-05-01");
        int beaInUseBefore = headline(bea);
        int annInUseBefore = headline(ann);
        reachActiveUse(ann.client(), won, "2033-02-10");

        String year = "from=2033-01-01&to=2033-12-31";
        // Ann, and anyone who may see her organization, count every one of them.
        for (Client reader : List.of(ann.client(), max.client(), api.admin())) {
            JsonNode annSees = owner(figures(reader, year), ann.id());
            assertThat(counts(annSees).subList(0, 5)).containsExactly(2, 1, 1, 0, 1);
            assertThat(annSees.path("medianDaysToActiveUse").asDouble()).isEqualTo(22.0);
        }
        assertThat(headline(ann)).isEqualTo(annInUseBefore + 1);
        // Bea sees only the deal in the open: no loss, walk-away, active use or nurture of the organization's.
        JsonNode beaSees = figures(bea.client(), year);
        assertThat(counts(owner(beaSees, ann.id())).subList(0, 5)).containsExactly(1, 0, 0, 0, 0);
        assertThat(owner(beaSees, ann.id()).path("medianDaysToActiveUse").isNull()).isTrue();
        assertThat(owner(beaSees, ann.id()).path("nurtureKeptUpPercent").isNull()).isTrue();
        assertThat(counts(beaSees.path("team")).subList(0, 5)).containsExactly(1, 0, 0, 0, 0);
        assertThat(headline(bea)).isEqualTo(beaInUseBefore);
        assertThat(beaSees.path("team").path("deploymentsInActiveUse").asInt()).isEqualTo(beaInUseBefore);
    }

    @Test
    void theDefaultPeriodIsTheLastTwelveMonthsUpToToday() {
        at("2031-06-01");
        JsonNode figures = figures(ann.client(), "");
        assertThat(figures.path("from").asString()).isEqualTo("2030-06-02");
        assertThat(figures.path("to").asString()).isEqualTo("2031-06-01");
        assertThat(figures(ann.client(), "to=2031-02-28").path("from").asString()).isEqualTo("2030-03-01");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOrSpansOverFiveYearsIsRefusedAsAProblem() {
        at("2031-06-01");
        for (String bad : List.of("from=2031-05-01&to=2031-04-30", "from=2026-01-01&to=2031-01-02",
                "from=yesterday")) {
            Reply refused = ann.client().get("/api/figures?" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.header("Content-Type")).contains("problem+json");
            assertThat(refused.body().path("errors").get(0).path("field").asString()).isIn("from", "to");
        }
        assertThat(ann.client().get("/api/figures?from=2026-01-02&to=2031-01-02").status()).isEqualTo(200);
        // The page keeps the form as typed and says why.
        String page = WebSession.signIn(api.baseUrl(), ann.email(), Api.PASSWORD)
                .get("/figures?from=2031-05-01&to=2031-04-30").body();
        assertThat(page).contains("From must not be after to.").contains("value=\"2031-05-01\"");
    }

    @Test
    void thePageAndTheHeadlineShowTheFigures() {
        at("2032-08-01");
        String deal = won(bea.client(), "Headline", "shared");
        at("2032-09-01");
        reachActiveUse(bea.client(), deal, "2032-08-05");
        WebSession session = WebSession.signIn(api.baseUrl(), bea.email(), Api.PASSWORD);
        String page = session.get("/figures?from=2032-08-01&to=2032-08-31").body();
        assertThat(page).contains("<h1>Figures</h1>").contains("From 1 Aug 2032 to 31 Aug 2032")
                .contains("data-figures-chart=\"outcomes\"").contains("/js/figures-chart.js")
                .contains("data-key=\"owner\">Test member<").contains("data-key=\"reached\">1<");
        String card = session.get("/figures/today-card").body();
        int inUse = figures(bea.client(), "").path("team").path("deploymentsInActiveUse").asInt();
        assertThat(inUse).isPositive();
        assertThat(card).contains("id=\"figures-today\"").contains(">" + inUse + "<").contains("href=\"/figures\"");
        assertThat(session.get("/today").body()).contains("/figures/today-card");
    }

    private int headline(NewUser user) {
        String card = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).get("/figures/today-card").body();
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("figures-headline-number\">(\\d+)<")
                .matcher(card);
        assertThat(number.find()).as(card).isTrue();
        return Integer.parseInt(number.group(1));
    }

    /** won, lost, walked away, won back, won and in active use, deployments in active use. */
    private static List<Integer> counts(JsonNode figures) {
        List<Integer> counts = new ArrayList<>();
        for (String field : List.of("wonDeals", "lostDeals", "walkedAway", "wonBack", "wonReachedActiveUse",
                "deploymentsInActiveUse")) {
            counts.add(figures.path(field).asInt());
        }
        return counts;
    }

    private static JsonNode owner(JsonNode figures, UUID ownerId) {
        for (JsonNode owner : figures.path("owners")) {
            if (owner.path("ownerId").asString().equals(ownerId.toString())) {
                return owner;
            }
        }
        throw new AssertionError("No figures for " + ownerId + " in " + figures);
    }

    private static JsonNode figures(Client client, String query) {
        Reply reply = client.get("/api/figures" + (query.isEmpty() ? "" : "?" + query));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    /** A site of 10 seats with 8 users a day for 14 days from {@code firstDay}. */
    private void reachActiveUse(Client client, String dealId, String firstDay) {
        Reply list = client.get("/api/deployments?dealId=" + dealId);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        String deployment = list.body().path("items").get(0).path("id").asString();
        Reply site = client.post("/api/deployments/" + deployment + "/sites",
                Map.of("name", "Head office", "licensedSeats", 10));
        assertThat(site.status()).as(site.raw()).isEqualTo(201);
        String siteId = site.body().path("sites").get(0).path("id").asString();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            rows.add(Map.of("siteId", siteId, "day", LocalDate.parse(firstDay).plusDays(i).toString(),
                    "activeUsers", 8));
        }
        post(client, "/api/deployments/" + deployment + "/usage", Map.of("rows", rows));
        JsonNode details = client.get("/api/deployments/" + deployment).body();
        assertThat(details.path("firstActiveOn").asString())
                .isEqualTo(LocalDate.parse(firstDay).plusDays(13).toString());
    }

    private String won(Client client, String name, String visibility) {
        String id = deal(client, name, visibility, List.of());
        post(client, "/api/deals/" + id + "/win", Map.of());
        return id;
    }

    private String deal(Client client, String name, String visibility, List<Map<String, String>> people) {
        return deal(client, name, visibility, people, organization);
    }

    private String deal(Client client, String name, String visibility, List<Map<String, String>> people,
            String organizationId) {
        Reply created = client.post("/api/deals", Map.of("name", name, "organizationId", organizationId,
                "visibility", visibility, "nurtureEveryDays", 30, "people", people));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private String person(Client client, String name) {
        Reply reply = client.post("/api/people", Map.of("name", name, "organizationId", organization,
                "visibility", "shared"));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private void touch(Client client, String personId) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString(),
                "visibility", "shared"));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static void post(Client client, String path, Object body) {
        Reply reply = client.post(path, body);
        assertThat(reply.status()).as(path + " " + reply.raw()).isIn(200, 201);
    }

    private void at(String day) {
        clock.fixAt(Instant.parse(day + "T12:00:00Z"));
    }
}
