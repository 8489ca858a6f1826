package app.handshake.imports.backup;

import app.handshake.imports.backup.TableCatalogue.Column;
import app.handshake.imports.backup.TableCatalogue.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.LongConsumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes every backed-up table, row by row in primary-key order, straight from the database cursor into
 * the JSON generator: a backup never sits whole in memory, and two backups of the same data list the
 * same rows in the same order.
 */
final class BackupWriter {

    private static final int FETCH = 500;

    private final Connection connection;
    private final JsonGenerator out;
    private final Seal seal;
    private final LongConsumer progress;
    private long rows;

    BackupWriter(Connection connection, JsonGenerator out, Seal seal, LongConsumer progress) {
        this.connection = connection;
        this.out = out;
        this.seal = seal;
        this.progress = progress;
    }

    long write(String schema, Instant createdAt) throws SQLException {
        List<Table> tables = TableCatalogue.read(connection);
        out.writeStartObject();
        out.writeStringProperty(BackupFile.MARK, BackupFile.KIND);
        out.writeNumberProperty("format", BackupFile.FORMAT);
        out.writeStringProperty("schema", schema);
        out.writeStringProperty("createdAt", createdAt.toString());
        out.writeName("seal");
        out.writeStartObject();
        out.writeStringProperty("cipher", Seal.CIPHER);
        out.writeStringProperty("kdf", Seal.KDF);
        out.writeNumberProperty("iterations", seal.iterations());
        out.writeStringProperty("salt", seal.salt());
        out.writeStringProperty("check", seal.check());
        out.writeEndObject();
        out.writeName("tables");
        out.writeStartArray();
        for (Table table : tables) {
            table(table);
        }
        out.writeEndArray();
        out.writeEndObject();
        out.writeRaw('\n');
        out.flush();
        return rows;
    }

    private void table(Table table) throws SQLException {
        out.writeRaw('\n');
        out.writeStartObject();
        out.writeStringProperty("name", table.name());
        out.writeName("columns");
        out.writeStartArray();
        for (Column column : table.columns()) {
            out.writeString(column.name());
        }
        out.writeEndArray();
        out.writeName("sealed");
        out.writeStartArray();
        for (Column column : table.columns()) {
            if (column.sealed()) {
                out.writeString(column.name());
            }
        }
        out.writeEndArray();
        out.writeName("rows");
        out.writeStartArray();
        StringJoiner names = new StringJoiner(", ");
        table.columns().forEach(c -> names.add(c.name()));
        String order = table.primaryKey().isEmpty() ? names.toString() : String.join(", ", table.primaryKey());
        try (PreparedStatement select = connection.prepareStatement(
                "select " + names + " from " + table.name() + " order by " + order)) {
            select.setFetchSize(FETCH);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    row(table, row);
                }
            }
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private void row(Table table, ResultSet row) throws SQLException {
        List<Column> columns = table.columns();
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).type().read(row, i + 1);
        }
        String rowKey = rowKey(table, values);
        // A row per line: the file stays readable, and an error message's line number points at one row.
        out.writeRaw('\n');
        out.writeStartArray();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (columns.get(i).sealed() && value != null) {
                value = seal.seal(BackupFile.sealPlace(table.name(), columns.get(i).name(), rowKey), value.toString());
            }
            scalar(value);
        }
        out.writeEndArray();
        if (++rows % 10_000 == 0) {
            progress.accept(rows);
        }
    }

    /** The row's primary key as text, which a sealed value is bound to. */
    static String rowKey(Table table, Object[] values) {
        StringJoiner key = new StringJoiner(",");
        for (String name : table.primaryKey()) {
            key.add(String.valueOf(values[table.columns().indexOf(table.column(name))]));
        }
        return key.toString();
    }

    private void scalar(Object value) {
        switch (value) {
            case null -> out.writeNull();
            case Long number -> out.writeNumber(number);
            case Double number -> out.writeNumber(number);
            case Boolean flag -> out.writeBoolean(flag);
            default -> out.writeString(value.toString());
        }
    }
}
