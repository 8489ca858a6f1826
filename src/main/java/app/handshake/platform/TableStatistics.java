package app.handshake.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's statistics of tables up to date before a job reads all of them. PostgreSQL plans a
 * statement from the row counts and value spreads it last gathered; autovacuum gathers them again only a
 * minute or so after a bulk load (an import, a restore). A job started in that minute is planned as if the
 * tables were nearly empty: a recompute after loading 30,000 people spent 67 s in its first chunk, scanning
 * the whole person table once per touchpoint, against 0.2 s with current statistics. Gathering them reads a
 * sample of 30,000 rows per table, a fraction of a second, so a job that reads every row anyway does it each
 * time rather than guess from counters that PostgreSQL itself updates only a second or so after a commit.
 * H2 gathers its own as rows change.
 */
@Component
public class TableStatistics {

    private static final Logger log = LoggerFactory.getLogger(TableStatistics.class);

    private final JdbcClient jdbc;
    private final DatabaseProduct database;

    TableStatistics(JdbcClient jdbc, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** Gathers the statistics of these tables (names from the code, never from a request). */
    public void refresh(List<String> tables) {
        if (!database.isPostgreSql()) {
            return;
        }
        long started = System.nanoTime();
        jdbc.sql("analyze " + tables.stream().map(TableStatistics::quoted).collect(Collectors.joining(", "))).update();
        log.info("Gathered the statistics of {} in {} ms", tables, (System.nanoTime() - started) / 1_000_000);
    }

    private static String quoted(String table) {
        return '"' + table.replace("\"", "\"\"") + '"';
    }
}
