package app.handshake.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.deals.DealDetails;
import app.handshake.deals.DealFilter;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealRole;
import app.handshake.deals.DealSummary;
import app.handshake.deals.Deals;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.shared.PageRequest;
import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The demo on a database of its own, so that it finds the empty workspace it needs. */
@HandshakeTest
@TestPropertySource(properties = "handshake.demo.enabled=true")
@DirtiesContext
class DemoWorkspaceTest {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        if (System.getenv("HANDSHAKE_TEST_DB_URL") == null) {
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:mem:handshake-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        } else {
            registry.add("spring.flyway.default-schema", () -> "demo");
            registry.add("spring.datasource.hikari.schema", () -> "demo");
        }
    }

    @Autowired
    DemoWorkspace demo;

    @Autowired
    Users users;

    @Autowired
    Api api;

    @Autowired
    Organizations organizations;

    @Autowired
    People people;

    @Autowired
    Deals deals;

    @Autowired
    app.handshake.deployments.Deployments deployments;

    @Test
    void emptyWorkspaceGetsATeamADozenOrganizationsAndTheirPeopleOnce() {
        Map<Role, Long> roles = users.list().stream().collect(Collectors.groupingBy(UserView::role, Collectors.counting()));
        // the test's own first admin, and the demo's
        assertThat(roles).containsEntry(Role.admin, 2L).containsEntry(Role.manager, 1L).containsEntry(Role.member, 2L);
        Actor admin = users.list().stream().filter(u -> u.role() == Role.admin).findFirst().orElseThrow().actor();
        // A dozen customers with 48 people, and the partners: two firms and two tradespeople.
        assertThat(organizations.search(admin, null, PageRequest.first(100)).items()).hasSize(14);
        assertThat(people.search(admin, PersonSearch.EVERYONE, PageRequest.first(100)).items()).hasSize(50);

        demo.load();

        assertThat(users.list()).hasSize(5);
        assertThat(organizations.search(admin, null, PageRequest.first(100)).items()).hasSize(14);
        assertThat(people.search(admin, PersonSearch.EVERYONE, PageRequest.first(100)).items()).hasSize(50);
    }

    /** The first admin here is the test's own, as when the packaged jar starts with the demo switched on. */
    @Test
    void everyDocumentedAccountSignsInWhateverTheFirstAdminIs() {
        for (String email : java.util.List.of("admin@demo.example", "maya@demo.example", "sam@demo.example",
                "lee@demo.example")) {
            Api.Reply me = api.as(email, "handshake-demo").get("/api/users/me");

            assertThat(me.status()).as(email).isEqualTo(200);
            assertThat(me.body().get("email").asString()).isEqualTo(email);
        }
        assertThat(users.findByEmail("admin@demo.example").orElseThrow().role()).isEqualTo(Role.admin);
    }

    @Test
    void thePipelineHoldsADozenDealsInThreeCurrenciesWithEveryKindOfEnding() {
        Actor admin = users.findByEmail("admin@demo.example").orElseThrow().actor();
        java.util.List<DealSummary> all = deals.list(admin, DealFilter.none(), PageRequest.first(100)).items();

        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).extracting(d -> d.value().currency()).contains("GBP", "EUR", "USD");
        assertThat(all).extracting(DealSummary::stageName).contains("Qualified", "Discovery", "Proposal", "Negotiation");
        assertThat(all).extracting(DealSummary::ownerName).contains("Maya Patel", "Sam Rivera", "Lee Chen");
        DealDetails lost = details(admin, all, DealOutcome.lost);
        assertThat(lost.people()).anyMatch(p -> p.role() == DealRole.decision_maker);
        assertThat(lost.wonBy()).isNotBlank();
        DealSummary wonBack = all.stream().filter(DealSummary::wonBack).findFirst().orElseThrow();
        assertThat(deals.history(admin, wonBack.id())).extracting(e -> e.kind())
                .containsExactly("created", "lost", "reopened", "won");
        assertThat(details(admin, all, DealOutcome.walked_away).outcomeNote()).isNotBlank();
        assertThat(all).map(d -> deals.get(admin, d.id())).anyMatch(d -> d.origin() != null);
    }

    @Test
    void theWonDealsAreDeploymentsOneInActiveUseOneAtRisk() {
        Actor admin = users.findByEmail("admin@demo.example").orElseThrow().actor();
        java.util.List<app.handshake.deployments.DeploymentSummary> all = deployments.list(admin,
                app.handshake.deployments.DeploymentFilter.none(), PageRequest.first(100)).items();

        assertThat(all).hasSize(2).allMatch(d -> d.dealId() != null);
        assertThat(all).anyMatch(d -> d.activeSince() == null && d.sitesInActiveUse() == 1 && d.sites() == 2
                && d.health() == app.handshake.deployments.Health.AT_RISK);
        assertThat(all).anyMatch(d -> d.sites() == 1 && d.health() == app.handshake.deployments.Health.ON_TRACK);
        assertThat(all).allMatch(d -> d.startedOn().isBefore(java.time.LocalDate.now()));
    }

    @Test
    void everyDocumentedAccountSeesTheBoard() {
        for (String email : java.util.List.of("admin@demo.example", "maya@demo.example", "sam@demo.example",
                "lee@demo.example")) {
            Api.Reply board = api.as(email, "handshake-demo").get("/api/pipeline/board");

            assertThat(board.status()).as(email).isEqualTo(200);
            long cards = 0;
            for (var column : board.body().path("columns")) {
                cards += column.path("deals").size();
            }
            assertThat(cards).as(email).isGreaterThanOrEqualTo(8);
        }
    }

    private DealDetails details(Actor admin, java.util.List<DealSummary> all, DealOutcome outcome) {
        return deals.get(admin, all.stream().filter(d -> d.outcome() == outcome).findFirst().orElseThrow().id());
    }

    @Test
    void aNewcomersSearchForAPlumberNearMinneapolisIsRankedWithWhoVouchesForEach() {
        // Someone trying the demo signs in as one of its sellers, who has met none of these partners' endorsers.
        Api.Client newcomer = api.as("lee@demo.example", "handshake-demo");

        Api.Reply answer = newcomer.get("/api/partners/search?need=plumber&near=Minneapolis");

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        var results = answer.body().path("results");
        assertThat(results).extracting(r -> r.path("name").asString())
                .containsExactly("Lakeside Plumbing & Heating", "Gus Novak");
        assertThat(results.get(0).path("score").asDouble()).isGreaterThan(results.get(1).path("score").asDouble());
        java.util.List<String> tiers = new java.util.ArrayList<>();
        java.util.List<String> paths = new java.util.ArrayList<>();
        results.get(0).path("paths").forEach(p -> {
            tiers.add(p.path("tier").asString());
            paths.add(p.path("text").asString());
        });
        // The sales manager herself and a Northwind depot manager the team knows a little; Maria Alvarez, whom
        // nobody has a touchpoint with yet, carries no weight and is not among those who vouch.
        assertThat(paths).anyMatch(t -> t.startsWith("Maya Patel (team) recommended them in"))
                .anyMatch(t -> t.startsWith("Jonas Lindqvist (acquaintance) recommended them in"))
                .noneMatch(t -> t.startsWith("Maria Alvarez"));
        assertThat(new java.util.HashSet<>(tiers)).as(paths.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(results.get(1).path("paths")).extracting(p -> p.path("endorserName").asString())
                .containsExactly("Tom Becker");
        // The referral to the depot, delivered well, is in the firm's delivery record.
        String lakeside = results.get(0).path("partnerId").asString();
        assertThat(newcomer.get("/api/partners/" + lakeside + "/delivery-record").body().path("deliveredWell").asLong())
                .isEqualTo(1);
        assertThat(newcomer.get("/api/partners/search?need=electrician&near=Minneapolis").body().path("results"))
                .extracting(r -> r.path("name").asString()).containsExactly("Rosa Delgado");
        assertThat(newcomer.get("/api/partners/search?need=it%20support&near=St.%20Paul").body().path("results"))
                .extracting(r -> r.path("name").asString()).containsExactly("Twin Cities IT");
    }

    @Test
    void membersDoNotSeeTheDemosPrivatePeople() {
        Actor member = users.list().stream().filter(u -> u.role() == Role.member).findFirst().orElseThrow().actor();

        assertThat(people.search(member, PersonSearch.EVERYONE, PageRequest.first(100)).items())
                .hasSizeLessThan(50)
                .noneMatch(p -> p.tags().contains("private"));
    }
}
