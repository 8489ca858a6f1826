package app.handshake.deals;

import app.handshake.platform.DataMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that counts something kept from the deals (calendar months, which SQL shared by both databases does
 * not count) by the same code that keeps it afterwards, in the migration's transaction.
 */
abstract class CountingMigration extends DataMigration {

    CountingMigration(String version, String description) {
        super(version, description);
    }

    /** Counts, on the migration's own connection. */
    abstract void count(JdbcClient jdbc);

    @Override
    public void migrate(Context context) {
        // The migration's own connection, left open for Flyway to commit.
        count(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
