package app.handshake.deals;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills {@code deal_nurture_kept} for the deals lost before it existed (the SQL migration before this one made it):
 * the months a touchpoint keeps are calendar months after the loss, counted here by the same code that keeps them
 * afterwards, in the migration's transaction. Flyway finds it as a bean and runs it once, in version order.
 */
@Component
class NurtureKeptMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("202612032002");
    }

    @Override
    public String getDescription() {
        return "figures nurture kept filled";
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
        new NurtureTouches(jdbc).recount();
    }
}
