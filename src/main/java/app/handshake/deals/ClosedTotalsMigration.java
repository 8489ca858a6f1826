package app.handshake.deals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills {@code deal_closed_total} for the deals closed before it existed (the SQL migration before this one made it):
 * months in UTC are counted in Java, by the same code that keeps them afterwards.
 */
@Component
class ClosedTotalsMigration extends CountingMigration {

    ClosedTotalsMigration() {
        super("202612072002", "deals closed totals filled");
    }

    @Override
    void count(JdbcClient jdbc) {
        ClosedTotals.recount(jdbc);
    }
}
