package app.handshake.people;

import static app.handshake.people.PersonJson.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.Role;
import app.handshake.shared.Ids;
import app.handshake.shared.PageRequest;
import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The people search finds words by their beginnings, through an index, and only among what the user may see. */
@HandshakeTest
class PeopleSearchIndexTest {

    @Autowired
    Api api;
    @Autowired
    PersonQueries queries;
    @Autowired
    RecordAccess access;
    @Autowired
    PersonRanking ranking;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void wordsOfNameEmailTagAndOrganizationAreFoundByTheirBeginnings() {
        String marker = "q" + Long.toString(System.nanoTime(), 36);
        String organization = api.post("/api/organizations", Map.of("name", "Zephyrine " + marker + " Works")).id();
        api.post("/api/people", aPerson("José Ångström-" + marker).withEmail("jose." + marker + "@fjord.example")
                .withTag("violin" + marker).with("organizationId", organization).build());

        for (String query : List.of("jose " + marker, "ANGSTR " + marker, marker + " fjord", "violin" + marker,
                "zephyr " + marker, "jose." + marker + "@fjord")) {
            assertThat(names(api.get("/api/people?q=" + query.replace(" ", "%20")))).as(query)
                    .containsExactly("José Ångström-" + marker);
        }
        assertThat(names(api.get("/api/people?q=osé%20" + marker))).as("inside a word").isEmpty();
        assertThat(names(api.get("/api/people?q=jose%20" + marker + "%20nobody"))).as("every word must match").isEmpty();
    }

    @Test
    void renamesAndMergesKeepTheWordsInStep() {
        String marker = "r" + Long.toString(System.nanoTime(), 36);
        Api.Reply created = api.post("/api/people", aPerson("Oldname " + marker).build());
        api.put("/api/people/" + created.id(), aPerson("Newname " + marker).build(), created.etag());
        assertThat(names(api.get("/api/people?q=oldname%20" + marker))).isEmpty();
        assertThat(names(api.get("/api/people?q=newname%20" + marker))).containsExactly("Newname " + marker);

        Api.Reply organization = api.post("/api/organizations", Map.of("name", "Before " + marker));
        api.post("/api/people", aPerson("Member " + marker).with("organizationId", organization.id()).build());
        api.put("/api/organizations/" + organization.id(), Map.of("name", "After " + marker), organization.etag());
        assertThat(names(api.get("/api/people?q=before%20" + marker))).isEmpty();
        assertThat(names(api.get("/api/people?q=after%20" + marker))).containsExactly("Member " + marker);
    }

    /**
     * A word found in names and in an organization's name pages through them all in name order, each person
     * once, whether found by their own words, their organization's or both; a person who moves on is no longer
     * found by the organization they left.
     */
    @Test
    void aWordPagesThroughItsPeopleInNameOrder() {
        String marker = "p" + Long.toString(System.nanoTime(), 36);
        String organization = api.post("/api/organizations", Map.of("name", marker + " Holdings")).id();
        String elsewhere = api.post("/api/organizations", Map.of("name", "Elsewhere Ltd")).id();
        api.post("/api/people", aPerson("Dora " + marker).build());
        api.post("/api/people", aPerson("Bea " + marker).with("organizationId", organization).build());
        api.post("/api/people", aPerson("Cleo Staff").with("organizationId", organization).build());
        Api.Reply mover = api.post("/api/people", aPerson("Abe Staff").with("organizationId", organization).build());
        api.post("/api/people", aPerson("Eve Staff").with("organizationId", organization).build());

        assertThat(allPages(marker)).containsExactly("Abe Staff", "Bea " + marker, "Cleo Staff", "Dora " + marker,
                "Eve Staff");

        api.put("/api/people/" + mover.id(), aPerson("Abe Staff").with("organizationId", elsewhere).build(),
                mover.etag());
        assertThat(allPages(marker)).containsExactly("Bea " + marker, "Cleo Staff", "Dora " + marker, "Eve Staff");
    }

    private List<String> allPages(String word) {
        List<String> names = new ArrayList<>();
        String next = null;
        for (int pages = 0; pages < 10; pages++) {
            Api.Reply page = api.get("/api/people?q=" + word + "&limit=2" + (next == null ? "" : "&after=" + next));
            names.addAll(names(page));
            JsonNode nextNode = page.body().get("next");
            if (nextNode == null || nextNode.isNull()) {
                return names;
            }
            next = nextNode.asString();
        }
        throw new AssertionError("more pages than people: " + names);
    }

    @Test
    void privatePeopleAndOrganizationsOfOthersAreNeverFound() {
        String marker = "s" + Long.toString(System.nanoTime(), 36);
        var owner = api.newUser("member", null);
        var other = api.newUser("member", null);
        owner.client().post("/api/people", aPerson("Hidden " + marker).with("visibility", "private").build());
        String secretOrganization = owner.client().post("/api/organizations",
                Map.of("name", "Secretco " + marker, "visibility", "private")).id();
        owner.client().post("/api/people", aPerson("Shared " + marker).with("organizationId", secretOrganization).build());

        assertThat(names(owner.client().get("/api/people?q=hidden%20" + marker))).containsExactly("Hidden " + marker);
        assertThat(names(owner.client().get("/api/people?q=secretco%20" + marker))).containsExactly("Shared " + marker);
        assertThat(names(other.client().get("/api/people?q=hidden%20" + marker))).isEmpty();
        // The person is shared, but found by the name of an organization the searcher may not see: no.
        assertThat(names(other.client().get("/api/people?q=secretco%20" + marker))).isEmpty();
        assertThat(names(other.client().get("/api/people?q=shared%20" + marker))).containsExactly("Shared " + marker);
    }

    /**
     * In a workspace of a few thousand people, the plan of a one-word search starts from the words' index, and a
     * word that begins every name is read in the index's name order for the first page, not sorted after reading
     * every match. On PostgreSQL the tables are analyzed first (inside a transaction that is rolled back), as
     * autovacuum would.
     */
    @Test
    void oneWordSearchIsAnIndexLookup() throws Exception {
        boolean postgres;
        try (var connection = dataSource.getConnection()) {
            postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
        UUID owner = api.newUser("member", null).id();
        Actor actor = new Actor(owner, Role.member);
        var rare = queries.searchStatement(access.readFilter(actor, "p"), access.readFilter(actor, "o"), ranking,
                new PersonSearch("plan4711", null, null), PageRequest.first(25));
        var common = queries.searchStatement(access.readFilter(actor, "p"), access.readFilter(actor, "o"), ranking,
                new PersonSearch("person", null, null), PageRequest.first(25));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<String> plans = transaction.execute(status -> {
            status.setRollbackOnly();
            generate(owner, 5_000);
            if (postgres) {
                for (String table : List.of("person", "person_search_term", "organization_search_term",
                        "organization", "relationship_score")) {
                    jdbc.sql("analyze " + table).update();
                }
            }
            return List.of(rare, common).stream().map(statement -> String.join("\n",
                    jdbc.sql("explain " + statement.sql()).params(statement.params()).query(String.class).list()))
                    .toList();
        });
        for (String plan : plans) {
            if (postgres) {
                assertThat(plan).as(plan).contains("person_search_term_in_name_order")
                        .doesNotContain("Seq Scan on person ").doesNotContain("Seq Scan on person_search_term");
            } else {
                assertThat(plan.toLowerCase()).as(plan).contains("person_search_term_in_name_order: term = ");
            }
        }
        String inOrder = plans.getLast();
        if (postgres) {
            assertThat(inOrder).as(inOrder).doesNotContain("Sort");
        } else {
            assertThat(inOrder.toLowerCase()).as(inOrder).contains("index sorted");
        }
    }

    /** The migrations that add the words fill them in for the people and organizations already stored. */
    @Test
    void peopleStoredBeforeTheWordsExistedAreFoundAfterTheMigration() {
        String marker = "b" + Long.toString(System.nanoTime(), 36);
        String organization = api.post("/api/organizations", Map.of("name", "Olderco " + marker)).id();
        api.post("/api/people", aPerson("Stored Before " + marker).withEmail("before." + marker + "@old.example")
                .withTag("legacy" + marker).with("organizationId", organization).build());
        Actor admin = new Actor(UUID.randomUUID(), Role.admin);

        List<List<String>> found = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("delete from person_search_term").update();
            jdbc.sql("delete from organization_search_term").update();
            List<List<String>> names = new ArrayList<>();
            names.add(search(admin, "stored " + marker));
            java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
            try {
                var context = new org.flywaydb.core.api.migration.Context() {
                    @Override
                    public org.flywaydb.core.api.configuration.Configuration getConfiguration() {
                        return null;
                    }

                    @Override
                    public java.sql.Connection getConnection() {
                        return connection;
                    }
                };
                new SearchTermsBackfill().migrate(context);
                new SearchTermsInNameOrder().migrate(context);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            for (String query : List.of("stored " + marker, "before." + marker, "legacy" + marker, "olderco " + marker)) {
                names.add(search(admin, query));
            }
            return names;
        });

        assertThat(found.getFirst()).as("without words nobody is found").isEmpty();
        assertThat(found.subList(1, found.size())).allSatisfy(names ->
                assertThat(names).containsExactly("Stored Before " + marker));
    }

    private List<String> search(Actor actor, String text) {
        return queries.search(access.readFilter(actor, "p"), access.readFilter(actor, "o"), ranking,
                new PersonSearch(text, null, null), PageRequest.first(5)).items().stream().map(PersonSummary::name).toList();
    }

    private void generate(UUID owner, int count) {
        JdbcTemplate batch = new JdbcTemplate(dataSource);
        List<Object[]> people = new ArrayList<>();
        List<Object[]> terms = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (int i = 0; i < count; i++) {
            UUID id = Ids.newId();
            String name = "Plan" + i + " Person";
            people.add(new Object[] {id, name, name.toLowerCase(), owner, i % 20 == 0 ? "private" : "shared", now, now});
            SearchWords.termsOf(name).forEach(term -> terms.add(new Object[] {id, term, name.toLowerCase()}));
        }
        batch.batchUpdate("""
                insert into person (id, name, sort_name, owner_id, visibility, source_channel, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, 'demo', ?, ?, 0)""", people);
        batch.batchUpdate("insert into person_search_term (person_id, term, sort_name) values (?, ?, ?)", terms);
    }

    private static List<String> names(Api.Reply reply) {
        assertThat(reply.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        for (JsonNode item : reply.body().path("items")) {
            names.add(item.path("name").asString());
        }
        return names;
    }
}
