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
     * A backup made before search went through words holds none: a restore writes them for every person and
     * organization that has none, in the restore's transaction (all of it is kept or none).
     */
    @org.springframework.context.event.EventListener
    void on(app.handshake.platform.WorkspaceRestored restored) {
        java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try {
            SearchTermsBackfill.fill(connection);
        } catch (java.sql.SQLException e) {
            throw new org.springframework.jdbc.UncategorizedSQLException("writing the restored search words", null, e);
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A person is found by their name, addresses and tags; their organization's name is its own. */
    void index(Person person) {
        List<String> texts = new java.util.ArrayList<>();
        texts.add(person.name());
        texts.addAll(person.emailAddresses());
        texts.addAll(person.tagNames());
        replace("person_search_term", "person_id", person.id(), SearchWords.termsOf(texts));
    }

    void index(Organization organization) {
        replace("organization_search_term", "organization_id", organization.id(),
                SearchWords.termsOf(organization.name()));
    }

    private void replace(String table, String column, UUID id, Set<String> terms) {
        List<String> stored = jdbc.sql("select term from " + table + " where " + column + " = :id")
                .param("id", id).query(String.class).list();
        if (Set.copyOf(stored).equals(terms)) {
            return;
        }
        jdbc.sql("delete from " + table + " where " + column + " = :id").param("id", id).update();
        batches.batchUpdate("insert into " + table + " (" + column + ", term) values (?, ?)",
                terms.stream().map(term -> new Object[] {id, term}).toList());
    }
}
