package app.handshake.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A second, empty Handshake database of the same kind as the test run's: a named in-memory H2
 * database, or a schema of its own in the PostgreSQL test database (dropped afterwards).
 */
public record EmptyInstance(String url, String user, String password, String schema) {

    public static EmptyInstance create() {
        String given = System.getenv("HANDSHAKE_TEST_DB_URL");
        if (given == null) {
            return new EmptyInstance("jdbc:h2:mem:restore-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", null);
        }
        String schema = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new EmptyInstance(given + (given.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getenv().getOrDefault("HANDSHAKE_TEST_DB_USER", "handshake"),
                System.getenv().getOrDefault("HANDSHAKE_TEST_DB_PASSWORD", ""), schema);
    }

    /** Spring settings that point an application at this database. */
    public List<String> settings() {
        List<String> settings = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--handshake.demo.enabled=false"));
        if (schema != null) {
            settings.add("--spring.flyway.schemas=" + schema);
        }
        return settings;
    }

    public void drop(JdbcClient jdbc) {
        if (schema != null) {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }
}
