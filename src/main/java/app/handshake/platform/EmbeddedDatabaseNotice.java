package app.handshake.platform;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database is in use, and that the embedded one is for evaluation. */
@Component
class EmbeddedDatabaseNotice {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseNotice.class);

    private final DataSource dataSource;

    EmbeddedDatabaseNotice(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() throws java.sql.SQLException {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            if (meta.getDatabaseProductName().startsWith("H2")) {
                log.warn("Using the embedded H2 database at {}. It is meant for evaluation and a single node; "
                        + "set HANDSHAKE_DB_URL to a PostgreSQL database for production.", meta.getURL());
            } else {
                // The query string may carry a password: the log names host and database only.
                log.info("Using {} {} at {}", meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                        meta.getURL().replaceFirst("[?;].*$", ""));
            }
        }
    }
}
