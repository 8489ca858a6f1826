package app.handshake.deals;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A migration that counts something kept from the deals (calendar months, which SQL shared by both databases does
 * not count) by the same code that keeps it afterwards, in the migration's transaction. Flyway finds each as a bean
 * and runs it once, in version order.
 */
abstract class CountingMigration implements JavaMigration {

    private final String version;
    private final String description;

    CountingMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

    /** Counts, on the migration's own connection. */
    abstract void count(JdbcClient jdbc);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
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
        count(JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
