package app.handshake.platform;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Which of the two databases Handshake runs on, for the few statements that differ between them. */
@Component
public class DatabaseProduct {

    private final DataSource dataSource;
    private volatile Boolean postgreSql;

    DatabaseProduct(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is PostgreSQL (otherwise it is the embedded H2). */
    public boolean isPostgreSql() {
        Boolean known = postgreSql;
        if (known == null) {
            // Asked when first needed rather than at start-up, which does not wait for the database.
            try (var connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            } catch (SQLException e) {
                throw new org.springframework.jdbc.CannotGetJdbcConnectionException("no connection to ask the database", e);
            }
            postgreSql = known;
        }
        return known;
    }
}
