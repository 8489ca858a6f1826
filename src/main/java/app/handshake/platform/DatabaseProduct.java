package app.handshake.platform;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

/** Which database this is, for the few statements that H2 and PostgreSQL do not share. */
@Component
public class DatabaseProduct {

    private final DataSource dataSource;
    private volatile Boolean postgres;

    DatabaseProduct(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            // Asked when first needed rather than at start-up, which does not wait for the database.
            try (var connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
            } catch (SQLException e) {
                throw new CannotGetJdbcConnectionException("no connection to ask the database", e);
            }
            postgres = known;
        }
        return known;
    }
}
