package app.handshake.deals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts every lost deal's nurture again ({@code deal_nurture_kept}, emptied by the SQL migration before this one,
 * which gave it the moment each deal was lost).
 */
@Component
class NurtureKeptClosingMigration extends CountingMigration {

    NurtureKeptClosingMigration() {
        super("202612072102", "figures nurture kept with closing");
    }

    @Override
    void count(JdbcClient jdbc) {
        new NurtureTouches(jdbc).recount();
    }
}
