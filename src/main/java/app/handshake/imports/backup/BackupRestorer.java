package app.handshake.imports.backup;

import app.handshake.imports.backup.TableCatalogue.Column;
import app.handshake.imports.backup.TableCatalogue.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.LongConsumer;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a backup as a stream of tokens and inserts its rows in batches, inside the caller's transaction:
 * a restore either stores everything or, at the first thing it cannot understand, nothing.
 */
final class BackupRestorer {

    private static final int BATCH = 500;

    private final Connection connection;
    private final JsonParser in;
    private final char[] passphrase;
    private final String instanceSchema;
    private final LongConsumer progress;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Map<String, Long> restored = new LinkedHashMap<>();
    private Seal seal;
    private long rows;

    BackupRestorer(Connection connection, JsonParser in, char[] passphrase, String instanceSchema, LongConsumer progress) {
        this.connection = connection;
        this.in = in;
        this.passphrase = passphrase;
        this.instanceSchema = instanceSchema;
        this.progress = progress;
    }

    /** Restores the whole file; answers the rows restored per table. */
    Map<String, Long> restore() throws SQLException {
        TableCatalogue.read(connection).forEach(t -> tables.put(t.name(), t));
        expect(JsonToken.START_OBJECT, "A backup is a JSON object");
        Map<String, Object> header = new LinkedHashMap<>();
        boolean sawTables = false;
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            next();
            switch (name) {
                case "seal" -> header.put(name, sealHeader());
                case "tables" -> {
                    checkHeader(header);
                    tables();
                    sawTables = true;
                }
                default -> header.put(name, scalar());
            }
        }
        if (!sawTables) {
            throw new InvalidBackupException("The backup has no tables", BackupFile.place(in));
        }
        return restored;
    }

    private void checkHeader(Map<String, Object> header) {
        if (!BackupFile.KIND.equals(header.get(BackupFile.MARK))) {
            throw new InvalidBackupException("This is not a Handshake backup", BackupFile.place(in));
        }
        if (!Long.valueOf(BackupFile.FORMAT).equals(header.get("format"))) {
            throw new InvalidBackupException("Backup format " + header.get("format") + " is not one this version reads", null);
        }
        Object schema = header.get("schema");
        if (!(schema instanceof String version) || version.compareTo(instanceSchema) > 0) {
            throw new InvalidBackupException("The backup comes from a newer Handshake (schema " + schema
                    + ", this one has " + instanceSchema + "): restore it with that version or a later one", null);
        }
        if (!(header.get("seal") instanceof Map<?, ?> sealed)) {
            throw new InvalidBackupException("The backup has no seal", null);
        }
        if (!Seal.CIPHER.equals(sealed.get("cipher")) || !Seal.KDF.equals(sealed.get("kdf"))
                || !(sealed.get("iterations") instanceof Long iterations) || !(sealed.get("salt") instanceof String salt)
                || !(sealed.get("check") instanceof String check)) {
            throw new InvalidBackupException("The backup's seal is not one this version opens", null);
        }
        seal = Seal.open(passphrase, salt, Math.toIntExact(iterations), check);
    }

    private Map<String, Object> sealHeader() {
        requireCurrent(JsonToken.START_OBJECT, "The seal is an object");
        Map<String, Object> values = new LinkedHashMap<>();
        while (next() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            next();
            values.put(name, scalar());
        }
        return values;
    }

    private void tables() throws SQLException {
        requireCurrent(JsonToken.START_ARRAY, "tables is a list");
        Set<String> seen = new HashSet<>();
        while (next() == JsonToken.START_OBJECT) {
            String name = null;
            List<String> columns = null;
            List<String> sealed = List.of();
            while (next() == JsonToken.PROPERTY_NAME) {
                String property = in.currentName();
                next();
                switch (property) {
                    case "name" -> name = (String) scalar();
                    case "columns" -> columns = strings();
                    case "sealed" -> sealed = strings();
                    case "rows" -> {
                        Table table = table(name, seen);
                        rows(table, insertColumns(table, columns, sealed));
                    }
                    default -> skipValue();
                }
            }
        }
        requireCurrent(JsonToken.END_ARRAY, "Expected the next table");
    }

    private Table table(String name, Set<String> seen) {
        if (name == null) {
            throw new InvalidBackupException("A table's rows come before its name", BackupFile.place(in));
        }
        Table table = tables.get(name);
        if (table == null) {
            throw new InvalidBackupException("The backup has a table " + name + " that this version does not know",
                    BackupFile.place(in));
        }
        if (!seen.add(name)) {
            throw new InvalidBackupException("The table " + name + " comes twice", BackupFile.place(in));
        }
        return table;
    }

    private List<Column> insertColumns(Table table, List<String> names, List<String> sealed) {
        if (names == null) {
            throw new InvalidBackupException("The table " + table.name() + " lists no columns", BackupFile.place(in));
        }
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            Column column = table.column(name);
            if (column == null) {
                throw new InvalidBackupException("The table " + table.name() + " has no column " + name + " in this version",
                        BackupFile.place(in));
            }
            if (column.sealed() != sealed.contains(name)) {
                throw new InvalidBackupException("The column " + table.name() + "." + name + " is "
                        + (column.sealed() ? "not sealed, but must be" : "sealed, but must not be"), BackupFile.place(in));
            }
            columns.add(column);
        }
        return columns;
    }

    private void rows(Table table, List<Column> columns) throws SQLException {
        requireCurrent(JsonToken.START_ARRAY, "rows is a list");
        StringJoiner names = new StringJoiner(", ");
        StringJoiner marks = new StringJoiner(", ");
        columns.forEach(c -> {
            names.add(c.name());
            marks.add("?");
        });
        List<Object[]> selfReferences = new ArrayList<>();
        if (TableCatalogue.DEFAULTS.contains(table.name())) {
            // The instance's own defaults give way to the backup's; a backup without the table keeps them.
            try (PreparedStatement defaults = connection.prepareStatement("delete from " + table.name())) {
                defaults.executeUpdate();
            }
        }
        long count = 0;
        int batched = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into " + table.name() + " (" + names + ") values (" + marks + ")")) {
            // The table as the file lists its columns: the row key reads the values in that order.
            Table byColumns = new Table(table.name(), columns, table.primaryKey(), table.selfReferences());
            while (next() == JsonToken.START_ARRAY) {
                String place = BackupFile.place(in);
                Object[] values = rowValues(table, columns, place);
                String rowKey = BackupWriter.rowKey(byColumns, values);
                for (int i = 0; i < values.length; i++) {
                    Column column = columns.get(i);
                    Object value = values[i];
                    if (column.sealed() && value != null) {
                        value = seal.open(BackupFile.sealPlace(table.name(), column.name(), rowKey), (String) value);
                    }
                    if (table.selfReferences().contains(column.name()) && value != null) {
                        selfReferences.add(new Object[] {column, value, rowKey, values});
                        value = null;
                    }
                    column.type().bind(value, insert, i + 1, column.sqlType(), place);
                }
                insert.addBatch();
                count++;
                if (++batched == BATCH) {
                    execute(insert, table, count);
                    batched = 0;
                }
                if (++rows % 10_000 == 0) {
                    progress.accept(rows);
                }
            }
            requireCurrent(JsonToken.END_ARRAY, "Expected the next row of " + table.name());
            if (batched > 0) {
                execute(insert, table, count);
            }
        }
        linkSelfReferences(table, columns, selfReferences);
        restored.put(table.name(), count);
    }

    private Object[] rowValues(Table table, List<Column> columns, String place) {
        Object[] values = new Object[columns.size()];
        int i = 0;
        while (next() != JsonToken.END_ARRAY) {
            if (i == values.length) {
                throw new InvalidBackupException("A row of " + table.name() + " has more values than columns", place);
            }
            values[i++] = scalar();
        }
        if (i != values.length) {
            throw new InvalidBackupException("A row of " + table.name() + " has " + i + " values for "
                    + values.length + " columns", place);
        }
        for (String key : table.primaryKey()) {
            if (!columns.contains(table.column(key))) {
                throw new InvalidBackupException("The table " + table.name() + " lacks its key column " + key, place);
            }
        }
        return values;
    }

    /** Rows that point at rows of their own table (a user's manager) get the pointer once all are in. */
    private void linkSelfReferences(Table table, List<Column> columns, List<Object[]> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        for (Object[] link : links) {
            Column column = (Column) link[0];
            StringJoiner where = new StringJoiner(" and ");
            table.primaryKey().forEach(k -> where.add(k + " = ?"));
            try (PreparedStatement update = connection.prepareStatement(
                    "update " + table.name() + " set " + column.name() + " = ? where " + where)) {
                column.type().bind(link[1], update, 1, column.sqlType(), null);
                Object[] values = (Object[]) link[3];
                int index = 2;
                for (String key : table.primaryKey()) {
                    Column keyColumn = table.column(key);
                    keyColumn.type().bind(values[columns.indexOf(keyColumn)], update, index++, keyColumn.sqlType(), null);
                }
                update.executeUpdate();
            } catch (SQLException e) {
                throw new InvalidBackupException("The row " + link[2] + " of " + table.name() + " could not point "
                        + column.name() + " at " + link[1] + ": " + e.getMessage(), null);
            }
        }
    }

    private void execute(PreparedStatement insert, Table table, long count) {
        try {
            insert.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw new InvalidBackupException("Rows up to " + count + " of " + table.name() + " could not be stored: "
                    + cause.getMessage(), BackupFile.place(in));
        }
    }

    private List<String> strings() {
        requireCurrent(JsonToken.START_ARRAY, "Expected a list of names");
        List<String> values = new ArrayList<>();
        while (next() == JsonToken.VALUE_STRING) {
            values.add(in.getString());
        }
        requireCurrent(JsonToken.END_ARRAY, "Expected a name");
        return values;
    }

    /** The scalar the parser stands on: String, Long, Double, Boolean or null. */
    private Object scalar() {
        JsonToken token = in.currentToken();
        return switch (token) {
            case VALUE_STRING -> in.getString();
            case VALUE_NUMBER_INT -> in.getLongValue();
            case VALUE_NUMBER_FLOAT -> in.getDoubleValue();
            case VALUE_TRUE, VALUE_FALSE -> in.getBooleanValue();
            case VALUE_NULL -> null;
            default -> throw new InvalidBackupException("Expected a value, found " + describe(token), BackupFile.place(in));
        };
    }

    private void skipValue() {
        in.skipChildren();
    }

    private JsonToken next() {
        JsonToken token = in.nextToken();
        if (token == null) {
            throw new InvalidBackupException("The backup ends early: it was cut off", BackupFile.place(in));
        }
        return token;
    }

    private void expect(JsonToken token, String message) {
        next();
        requireCurrent(token, message);
    }

    private void requireCurrent(JsonToken token, String message) {
        if (in.currentToken() != token) {
            throw new InvalidBackupException(message + ", found " + describe(in.currentToken()), BackupFile.place(in));
        }
    }

    private static String describe(JsonToken token) {
        return token == null ? "the end of the file" : token.asString() != null ? "'" + token.asString() + "'" : token.name().toLowerCase();
    }
}
