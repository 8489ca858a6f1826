package app.handshake.deals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Filled {@code deal_nurture_kept} once, for the deals lost before it existed. Now it does nothing: the table has
 * gained a column since, which today's code writes and the schema of this version lacks, and
 * {@link NurtureKeptClosingMigration} counts every lost deal's nurture again once the column is there. Kept so that
 * the databases that ran it still find it.
 */
@Component
class NurtureKeptMigration extends CountingMigration {

    NurtureKeptMigration() {
        super("202612032002", "figures nurture kept filled");
    }

    @Override
    void count(JdbcClient jdbc) {
        // Superseded: see above.
    }
}
