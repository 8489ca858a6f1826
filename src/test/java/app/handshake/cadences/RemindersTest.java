package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HandshakeTest
class RemindersTest {

    @Autowired
    Api api;

    @Autowired
    Reminders reminders;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theDailyScheduleFiredTwiceInARowRunsOnce() {
        long before = runs();

        reminders.daily();
        reminders.daily();

        assertThat(runs()).isEqualTo(before + 1);
        jdbc.sql("delete from job_lock where name = 'reminders'").update();
    }

    @Test
    void aRunWhoseServerDiedIsMarkedFailedOnceItsHeartbeatIsOld() throws InterruptedException {
        java.util.UUID dead = java.util.UUID.randomUUID();
        java.util.UUID alive = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into job_run (id, job, started_at, outcome, heartbeat_at) values
                  (:dead, 'reminders', current_timestamp - interval '1' hour, 'running', current_timestamp - interval '1' hour),
                  (:alive, 'reminders', current_timestamp - interval '1' hour, 'running', current_timestamp)
                """).param("dead", dead).param("alive", alive).update();

        reminders.watchForAbandonedRuns();

        String outcome = "running";
        for (int i = 0; i < 100 && outcome.equals("running"); i++) {
            Thread.sleep(50);
            outcome = outcome(dead);
        }
        assertThat(outcome).isEqualTo("failed");
        assertThat(outcome(alive)).isEqualTo("running");
        jdbc.sql("delete from job_run where id in (:ids)").param("ids", java.util.List.of(dead, alive)).update();
    }

    private String outcome(java.util.UUID id) {
        return jdbc.sql("select outcome from job_run where id = :id").param("id", id).query(String.class).single();
    }

    private long runs() {
        return jdbc.sql("select count(*) from job_run where job = 'reminders'").query(Long.class).single();
    }

    @Test
    void aRunIsRecordedWithWhatItProducedAndOnlyAdminsSeeIt() {
        NewUser seller = api.newUser("member", null);
        String person = seller.client().post("/api/people", Map.of("name", "Reminded")).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 5), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(9).toString()));

        Reply run = api.post("/api/jobs/reminders", Map.of());

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().get("outcome").asString()).isEqualTo("succeeded");
        assertThat(run.body().get("summary").asString()).contains("scores refreshed").contains("Test member");
        Reply runs = api.get("/api/jobs");
        assertThat(runs.body().get(0).get("id").asString()).isEqualTo(run.body().get("id").asString());
        assertThat(seller.client().get("/api/jobs").status()).isEqualTo(403);
        assertThat(seller.client().post("/api/jobs/reminders", Map.of()).status()).isEqualTo(403);
        assertThat(seller.client().get("/api/agenda").body().get("items").size()).isEqualTo(1);
    }
}
