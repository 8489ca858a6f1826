package app.handshake.people;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keeps the words people and organizations are found by in step with what they hold, on every write. */
@Repository
class SearchTerms {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final javax.sql.DataSource dataSource;

    SearchTerms(JdbcClient jdbc, JdbcTemplate batches, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.dataSource = dataSource;
    }

    /**
     * A backup made before search went through words holds none, or holds them without sort names: a restore
     * writes and completes them, in the restore's transaction (all of it is kept or none).
     */
    @org.springframework.context.event.EventListener
    void on(app.handshake.platform.WorkspaceRestored restored) {
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            SearchTermsBackfill.fill(connection);
            SearchTermsInNameOrder.complete(connection);
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("writing the restored search words", null, e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A person is found by their name, addresses and tags, and by their organization's words while it may be
     * seen: each row carries the person's sort name, so that the people a word finds come in name order.
     */
    void index(Person person) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(person.name());
        texts.addAll(person.emailAddresses());
        texts.addAll(person.tagNames());
        Set<String> own = SearchWords.termsOf(texts);
        Set<PersonTerm> terms = new java.util.HashSet<>();
        own.forEach(term -> terms.add(new PersonTerm(term, person.sortName(), false)));
        if (person.organizationId() != null) {
            jdbc.sql("select term from organization_search_term where organization_id = :id")
                    .param("id", person.organizationId()).query(String.class).list().stream()
                    .filter(term -> !own.contains(term))
                    .forEach(term -> terms.add(new PersonTerm(term, person.sortName(), true)));
        }
        List<PersonTerm> stored = jdbc.sql("""
                select term, sort_name, through_organization from person_search_term where person_id = :id""")
                .param("id", person.id()).query(PersonTerm.class).list();
        if (Set.copyOf(stored).equals(terms)) {
            return;
        }
        jdbc.sql("delete from person_search_term where person_id = :id").param("id", person.id()).update();
        batches.batchUpdate("""
                insert into person_search_term (person_id, term, sort_name, through_organization) values (?, ?, ?, ?)""",
                terms.stream().map(t -> new Object[] {person.id(), t.term(), t.sortName(), t.throughOrganization()})
                        .toList());
    }

    /** One word a person is found by, as stored. */
    private record PersonTerm(String term, String sortName, boolean throughOrganization) {}

    /** An organization's words, and, when they change, the words its people are found by through it. */
    void index(Organization organization) {
        UUID id = organization.id();
        Set<String> terms = SearchWords.termsOf(organization.name());
        List<String> stored = jdbc.sql("select term from organization_search_term where organization_id = :id")
                .param("id", id).query(String.class).list();
        if (Set.copyOf(stored).equals(terms)) {
            return;
        }
        jdbc.sql("delete from organization_search_term where organization_id = :id").param("id", id).update();
        batches.batchUpdate("insert into organization_search_term (organization_id, term) values (?, ?)",
                terms.stream().map(term -> new Object[] {id, term}).toList());
        jdbc.sql("""
                delete from person_search_term
                 where through_organization = true
                   and person_id in (select p.id from person p where p.organization_id = :id)""")
                .param("id", id).update();
        jdbc.sql(SearchTermsInNameOrder.THROUGH_ORGANIZATIONS + " and p.organization_id = :id").param("id", id).update();
    }
}
