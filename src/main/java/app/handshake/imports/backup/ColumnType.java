package app.handshake.imports.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

/**
 * How a column's values travel in a backup: as JSON that means the same on H2 and PostgreSQL. Times are
 * UTC instants, decimals are exact strings, binary is Base64; a backup from one database restores into
 * the other.
 */
enum ColumnType {
    uuid, text, integer, bigint, bool, decimal, real, timestamp, date, bytes;

    static ColumnType of(int sqlType, String typeName) {
        String name = typeName.toLowerCase(Locale.ROOT);
        if (name.contains("uuid")) {
            return uuid;
        }
        if (name.contains("timestamptz") || name.contains("with time zone")) {
            return timestamp;
        }
        return switch (sqlType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.CLOB -> text;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> integer;
            case Types.BIGINT -> bigint;
            case Types.BOOLEAN, Types.BIT -> bool;
            case Types.NUMERIC, Types.DECIMAL -> decimal;
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> real;
            case Types.DATE -> date;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> bytes;
            default -> throw new IllegalStateException("No backup form for the column type " + typeName);
        };
    }

    /**
     * Column {@code index} of the current row as the JSON scalar a backup holds: a String, Long, Double,
     * Boolean, or null.
     */
    Object read(ResultSet row, int index) throws SQLException {
        Object value = switch (this) {
            case uuid -> row.getObject(index, UUID.class);
            case text -> row.getString(index);
            case integer, bigint -> row.getLong(index);
            case bool -> row.getBoolean(index);
            case decimal -> {
                BigDecimal decimal = row.getBigDecimal(index);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case real -> row.getDouble(index);
            case timestamp -> {
                OffsetDateTime time = row.getObject(index, OffsetDateTime.class);
                yield time == null ? null : time.toInstant();
            }
            case date -> row.getObject(index, LocalDate.class);
            case bytes -> {
                byte[] data = row.getBytes(index);
                yield data == null ? null : Base64.getEncoder().encodeToString(data);
            }
        };
        if (value == null || row.wasNull()) {
            return null;
        }
        return value instanceof Long || value instanceof Double || value instanceof Boolean ? value : value.toString();
    }

    /** Binds a scalar read from a backup as parameter {@code index}; {@code place} is where it stood. */
    void bind(Object value, PreparedStatement statement, int index, int sqlType, String place) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
            return;
        }
        try {
            switch (this) {
                case uuid -> statement.setObject(index, UUID.fromString(text(value)));
                case text -> statement.setString(index, text(value));
                case integer -> statement.setInt(index, Math.toIntExact(whole(value)));
                case bigint -> statement.setLong(index, whole(value));
                case bool -> statement.setBoolean(index, (Boolean) value);
                case decimal -> statement.setBigDecimal(index, new BigDecimal(text(value)));
                case real -> statement.setDouble(index, ((Number) value).doubleValue());
                case timestamp -> statement.setObject(index, Instant.parse(text(value)).atOffset(ZoneOffset.UTC));
                case date -> statement.setObject(index, LocalDate.parse(text(value)));
                case bytes -> statement.setBytes(index, Base64.getDecoder().decode(text(value)));
            }
        } catch (ClassCastException | IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            throw new InvalidBackupException("Not a " + this + " value: " + value, place);
        }
    }

    private static String text(Object value) {
        if (value instanceof String string) {
            return string;
        }
        throw new ClassCastException();
    }

    private static long whole(Object value) {
        if (value instanceof Long number) {
            return number;
        }
        throw new ClassCastException();
    }
}
