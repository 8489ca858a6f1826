package app.handshake.deals;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills {@code deal_closed_total} for the deals closed before it existed (the SQL migration before this one made it):
 * months are counted in Java, by the same code that keeps them afterwards (SQL shared by both databases has no
 * month of a moment in UTC), in the migration's transaction. Flyway finds it as a bean and runs it once.
 */
@Component
class ClosedTotalsMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202612072002");
    }

    @Override
    public String getDescription() {
        return "deals closed totals filled";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        // The migration's own connection, left open for Flyway to commit.
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
        ClosedTotals.recount(jdbc);
    }
}
