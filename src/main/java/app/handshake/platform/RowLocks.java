package app.handshake.platform;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The lock clause for rows a transaction is about to write without changing their key. On PostgreSQL that is
 * {@code FOR NO KEY UPDATE}: it does not wait for the key-share locks that a foreign key takes on the rows it
 * points at, so a person whom a running import is adding touchpoints or addresses to can still be written to
 * by everyone else. H2 takes no such locks and knows only {@code FOR UPDATE}.
 */
@Component
public class RowLocks {

    private final DataSource dataSource;
    private volatile String clause;

    RowLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** {@code for no key update} or {@code for update}, to end a select with. */
    public String forWrite() {
        String known = clause;
        if (known == null) {
            // Asked when first needed rather than at start-up, which does not wait for the database.
            try (var connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                        ? "for no key update" : "for update";
            } catch (SQLException e) {
                throw new org.springframework.jdbc.CannotGetJdbcConnectionException("no connection to ask the database", e);
            }
            clause = known;
        }
        return known;
    }
}
