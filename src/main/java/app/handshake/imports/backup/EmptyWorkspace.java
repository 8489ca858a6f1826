package app.handshake.imports.backup;

import app.handshake.imports.backup.TableCatalogue.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Decides whether an instance may take a restore: nothing in it but, at most, the first admin that a
 * start-up creates on an empty database (with the audit lines of that creation), which it removes, and the
 * defaults its migrations wrote ({@link TableCatalogue#DEFAULTS}), which the backup's replace.
 */
final class EmptyWorkspace {

    void clear(Connection connection) throws SQLException {
        List<String> holding = new ArrayList<>();
        UUID loneAdmin = loneAdmin(connection);
        for (Table table : TableCatalogue.read(connection)) {
            if (TableCatalogue.DEFAULTS.contains(table.name())) {
                continue;
            }
            String sql = switch (table.name()) {
                case "app_user" -> "select count(*) from app_user" + (loneAdmin == null ? "" : " where id <> ?");
                case "audit_event" -> "select count(*) from audit_event" + (loneAdmin == null ? "" : " where record_id <> ?");
                default -> "select count(*) from " + table.name();
            };
            long rows = count(connection, sql, sql.endsWith("?") ? loneAdmin : null);
            if (rows > 0) {
                holding.add(table.name() + " (" + rows + ")");
            }
        }
        if (!holding.isEmpty()) {
            throw new InvalidBackupException("A backup restores only into an empty workspace; this one holds "
                    + String.join(", ", holding), null);
        }
        if (loneAdmin != null) {
            update(connection, "delete from audit_event where record_id = ?", loneAdmin);
            update(connection, "delete from app_user where id = ?", loneAdmin);
        }
    }

    private static UUID loneAdmin(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select id, role from app_user");
                ResultSet users = query.executeQuery()) {
            if (!users.next() || !"admin".equals(users.getString(2))) {
                return null;
            }
            UUID id = users.getObject(1, UUID.class);
            return users.next() ? null : id;
        }
    }

    private static long count(Connection connection, String sql, UUID parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (parameter != null) {
                query.setObject(1, parameter);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static void update(Connection connection, String sql, UUID parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }
}
