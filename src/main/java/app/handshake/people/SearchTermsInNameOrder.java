package app.handshake.people;

import app.handshake.platform.DataMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Completes the search words stored before they carried their person's sort name and their organization's
 * words: a migration, and the last step of restoring a backup made before then. In Java so that both run the
 * same statements.
 */
@Component
class SearchTermsInNameOrder extends DataMigration {

    /** Writes the organization words of the people who lack them (all people, unless narrowed by an and). */
    static final String THROUGH_ORGANIZATIONS = """
            insert into person_search_term (person_id, term, sort_name, through_organization)
            select p.id, ot.term, p.sort_name, true
              from person p
              join organization_search_term ot on ot.organization_id = p.organization_id
             where not exists (select 1 from person_search_term t where t.person_id = p.id and t.term = ot.term)""";

    SearchTermsInNameOrder() {
        super("202612026002", "people search terms in name order");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        complete(context.getConnection());
    }

    static void complete(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    update person_search_term
                       set sort_name = (select p.sort_name from person p where p.id = person_search_term.person_id)
                     where sort_name is null""");
            statement.executeUpdate(THROUGH_ORGANIZATIONS);
        }
    }
}
