package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.platform.DatabaseProduct;
import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A full recompute is planned a few hundred times over, chunk by chunk: on PostgreSQL it first gathers the
 * statistics of what it reads, so that a recompute started right after a bulk load is not planned for the
 * nearly empty tables of before it.
 */
@HandshakeTest
class RecomputeStatisticsTest {

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DatabaseProduct database;

    @Test
    void aFullRecomputeGathersTheStatisticsOfWhatItReadsOnPostgreSql() {
        OffsetDateTime before = jdbc.queryForObject("select current_timestamp", OffsetDateTime.class);
        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);

        // H2 keeps its own statistics as rows change; the recompute asks it for nothing more.
        if (database.isPostgreSql()) {
            for (String table : List.of("person", "touchpoint", "touchpoint_person", "touchpoint_user",
                    "organization", "relationship_score")) {
                OffsetDateTime gathered = jdbc.queryForObject(
                        "select last_analyze from pg_stat_user_tables where schemaname = current_schema() and relname = ?",
                        OffsetDateTime.class, table);
                assertThat(gathered).as(table).isNotNull().isAfterOrEqualTo(before);
            }
        }
    }
}
