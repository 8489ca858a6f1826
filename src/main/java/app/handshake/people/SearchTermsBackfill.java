package app.handshake.people;

import app.handshake.platform.DataMigration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Fills the search words of the people and organizations stored before search went through them. A migration
 * in Java because cutting text into words is the same code that keeps them afterwards ({@link SearchWords});
 * Spring Boot hands the bean to Flyway, which runs it once, in order, on every node's shared database.
 */
@Component
class SearchTermsBackfill extends DataMigration {

    private static final int CHUNK = 1_000;

    SearchTermsBackfill() {
        super("202612025002", "people search terms backfill");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        fill(context.getConnection());
    }

    /** Writes the search words of every person and organization that has none. */
    static void fill(Connection connection) throws SQLException {
        try (PreparedStatement organizations = connection.prepareStatement("select id, name from organization o"
                + " where not exists (select 1 from organization_search_term t where t.organization_id = o.id)");
                ResultSet rows = organizations.executeQuery();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into organization_search_term (organization_id, term) values (?, ?)")) {
            while (rows.next()) {
                add(insert, rows.getObject(1, UUID.class), List.of(rows.getString(2)));
            }
            insert.executeBatch();
        }
        UUID after = null;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into person_search_term (person_id, term) values (?, ?)")) {
            while (true) {
                Map<UUID, List<String>> texts = chunk(connection, after);
                if (texts.isEmpty()) {
                    return;
                }
                for (var person : texts.entrySet()) {
                    add(insert, person.getKey(), person.getValue());
                    after = person.getKey();
                }
                insert.executeBatch();
            }
        }
    }

    /** The next people after {@code after} in id order, each with their name, addresses and tags. */
    private static Map<UUID, List<String>> chunk(Connection connection, UUID after) throws SQLException {
        Map<UUID, List<String>> texts = new LinkedHashMap<>();
        try (PreparedStatement people = connection.prepareStatement("select id, name from person p"
                + " where not exists (select 1 from person_search_term t where t.person_id = p.id)"
                + (after == null ? "" : " and id > ?") + " order by id fetch first " + CHUNK + " rows only")) {
            if (after != null) {
                people.setObject(1, after);
            }
            try (ResultSet rows = people.executeQuery()) {
                while (rows.next()) {
                    texts.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>()).add(rows.getString(2));
                }
            }
        }
        if (texts.isEmpty()) {
            return texts;
        }
        UUID first = texts.keySet().iterator().next();
        UUID last = texts.keySet().stream().reduce((a, b) -> b).orElseThrow();
        for (String sql : List.of("select person_id, address from person_email where person_id between ? and ?",
                "select person_id, tag from person_tag where person_id between ? and ?")) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, first);
                statement.setObject(2, last);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        List<String> own = texts.get(rows.getObject(1, UUID.class));
                        if (own != null) {
                            own.add(rows.getString(2));
                        }
                    }
                }
            }
        }
        return texts;
    }

    private static void add(PreparedStatement insert, UUID id, List<String> texts) throws SQLException {
        for (String term : SearchWords.termsOf(texts)) {
            insert.setObject(1, id);
            insert.setString(2, term);
            insert.addBatch();
        }
    }
}
