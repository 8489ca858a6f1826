package app.handshake.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A user's row read straight into a {@link UserView}, for the reads on every request (the signed-in user of a
 * session, the user of an API token): one plain query, without the mapping of the whole account.
 */
final class UserRows {

    /** The columns of {@code app_user u} that {@link #view} reads. */
    static final String COLUMNS =
            "u.id, u.email, u.display_name, u.role, u.manager_id, u.enabled, u.created_at, u.version, u.time_zone";

    private UserRows() {}

    static UserView view(ResultSet rs) throws SQLException {
        String zone = rs.getString("time_zone");
        return new UserView(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("manager_id", UUID.class), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"),
                zone == null ? null : ZoneId.of(zone));
    }
}
