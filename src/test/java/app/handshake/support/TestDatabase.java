package app.handshake.support;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every test context starts from an empty, freshly migrated database, on H2 and on PostgreSQL alike.
 * It wipes only an in-memory H2 database or the one HANDSHAKE_TEST_DB_URL names: never a database that
 * happened to be configured for something else.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            String url = flyway.getConfiguration().getUrl();
            try (var connection = flyway.getConfiguration().getDataSource().getConnection()) {
                url = connection.getMetaData().getURL();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("The test database is not reachable", e);
            }
            String given = System.getenv("HANDSHAKE_TEST_DB_URL");
            if (!url.startsWith("jdbc:h2:mem:") && (given == null || !url.startsWith(given))) {
                throw new IllegalStateException("Refusing to wipe " + url + " for tests: set HANDSHAKE_TEST_DB_URL "
                        + "to a database the tests may wipe");
            }
            flyway.clean();
            flyway.migrate();
        };
    }
}
