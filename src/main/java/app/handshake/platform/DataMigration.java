package app.handshake.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A migration in Java, for data that the code which keeps it afterwards must work out (words of a name, calendar
 * months): a bean that Spring Boot hands to Flyway, which runs it once, in version order, in its transaction. No
 * checksum: what it does may change as the code it calls does.
 */
public abstract class DataMigration implements JavaMigration {

    private final String version;
    private final String description;

    protected DataMigration(String version, String description) {
        this.version = version;
        this.description = description;
    }

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
}
