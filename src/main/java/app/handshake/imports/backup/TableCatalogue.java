package app.handshake.imports.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The workspace's tables as the database itself describes them, parents before children. Reading the
 * catalogue rather than keeping a list means a table added by a later migration is in the next backup
 * without anyone remembering to add it.
 */
final class TableCatalogue {

    /**
     * Left out on purpose: the schema history belongs to the instance (the restoring one migrates itself),
     * sessions, sign-in throttling and job locks are moments, not data: a restore signs everybody out. The
     * board's totals and the closed deals' are counts of the deals, which a restore counts again.
     */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "spring_session",
            "spring_session_attributes", "login_throttle", "job_lock", "deal_open_total", "deal_closed_total");

    /**
     * Settings that a migration fills with defaults (the pipeline's stages, the loss reasons, the deal, advisor and
     * deployment settings, the partners' starter vocabulary of specialties and its terms): an empty workspace holds
     * them, and a backup that has them replaces them with its own. Nothing can point at them yet: the tables that
     * would (deals and their history, partners, endorsements, referrals) must be empty for a restore.
     */
    static final Set<String> DEFAULTS = Set.of("pipeline_stage", "deal_loss_reason", "deal_setting",
            "advisor_setting", "advisor_value_threshold", "deployment_setting", "specialty", "specialty_term");

    /** Values a backup carries sealed: they must restore, but nobody may read them from the file. */
    static final Map<String, Set<String>> SEALED = Map.of(
            "app_user", Set.of("password_hash"),
            "api_token", Set.of("token_hash"),
            "calendar_feed", Set.of("secret_hash"),
            "person_private_note", Set.of("text"));

    record Column(String name, ColumnType type, int sqlType, boolean sealed) {}

    /** A table, its primary key, and the columns that point at its own rows (restored in a second pass). */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> selfReferences) {

        Column column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
        }
    }

    private TableCatalogue() {}

    /** Every backed-up table of the connection's schema, each after the tables it refers to. */
    static List<Table> read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new TreeMap<>();
        Map<String, Set<String>> parents = new TreeMap<>();
        // Lower-case name -> the name as the database stores it (PostgreSQL lower case, H2 as configured).
        Map<String, String> storedNames = new TreeMap<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String stored = found.getString("TABLE_NAME");
                String name = stored.toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    storedNames.put(name, stored);
                }
            }
        }
        for (var entry : storedNames.entrySet()) {
            String name = entry.getKey();
            String stored = entry.getValue();
            Set<String> referenced = new TreeSet<>();
            Set<String> selfReferences = new TreeSet<>();
            try (ResultSet keys = meta.getImportedKeys(null, schema, stored)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(name)) {
                        selfReferences.add(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        referenced.add(parent);
                    }
                }
            }
            parents.put(name, referenced);
            tables.put(name, new Table(name, columns(meta, schema, stored, name), primaryKey(meta, schema, stored),
                    selfReferences));
        }
        return parentsFirst(tables, parents);
    }

    private static List<Column> columns(DatabaseMetaData meta, String schema, String stored, String table) throws SQLException {
        Map<Integer, Column> byPosition = new TreeMap<>();
        Set<String> sealed = SEALED.getOrDefault(table, Set.of());
        try (ResultSet columns = meta.getColumns(null, schema, stored, "%")) {
            while (columns.next()) {
                String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                int sqlType = columns.getInt("DATA_TYPE");
                byPosition.put(columns.getInt("ORDINAL_POSITION"), new Column(name,
                        ColumnType.of(sqlType, columns.getString("TYPE_NAME")), sqlType, sealed.contains(name)));
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String stored) throws SQLException {
        Map<Integer, String> bySequence = new TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, schema, stored)) {
            while (keys.next()) {
                bySequence.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(bySequence.values());
    }

    /** Depth-first order over references, alphabetical among equals, so that every backup lists tables alike. */
    private static List<Table> parentsFirst(Map<String, Table> tables, Map<String, Set<String>> parents) {
        Set<String> placed = new LinkedHashSet<>();
        for (String name : tables.keySet()) {
            place(name, parents, placed, new LinkedHashSet<>());
        }
        List<Table> ordered = new ArrayList<>();
        for (String name : placed) {
            if (tables.containsKey(name)) {
                ordered.add(tables.get(name));
            }
        }
        return ordered;
    }

    private static void place(String name, Map<String, Set<String>> parents, Set<String> placed, Set<String> visiting) {
        if (placed.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("Tables refer to each other in a circle through " + name);
        }
        for (String parent : parents.getOrDefault(name, Set.of())) {
            place(parent, parents, placed, visiting);
        }
        placed.add(name);
    }
}
