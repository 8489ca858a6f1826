package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily recompute and the reminder run go on while the team logs touchpoints: nobody gets an error,
 * the runs succeed, and what is stored afterwards equals a recompute done in peace.
 */
@HandshakeTest
class RecomputeWhileLoggingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loggingAndRecomputingAtTheSameTimeNeverFailsEitherAndLeavesTheScoresRight() throws Exception {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Reply created = api.post("/api/people", Map.of("name", "Busy Person " + i + " " + UUID.randomUUID()));
            assertThat(created.status()).isEqualTo(201);
            people.add(created.id());
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(5);
        List<Future<?>> work = new ArrayList<>();
        for (int seller = 0; seller < 4; seller++) {
            Client client = api.newUser("member", null).client();
            Random random = new Random(seller);
            work.add(threads.submit(() -> {
                for (int n = 0; n < 30; n++) {
                    // Two people at once, in either order: the writers must lock them in one order.
                    List<String> two = new ArrayList<>(people);
                    Collections.shuffle(two, random);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("channel", "phone");
                    body.put("occurredAt", NOW.minusHours(random.nextInt(2_000)).toString());
                    body.put("personIds", two.subList(0, 2));
                    Reply logged = client.post("/api/touchpoints", body);
                    if (logged.status() != 201) {
                        failures.add("log " + logged.status() + " " + logged.raw());
                    }
                }
            }));
        }
        work.add(threads.submit(() -> {
            for (int n = 0; n < 8; n++) {
                Reply recompute = api.post("/api/relationships/recompute", Map.of());
                if (recompute.status() != 200) {
                    failures.add("recompute " + recompute.status() + " " + recompute.raw());
                }
                Reply run = api.post("/api/jobs/reminders", Map.of());
                if (run.status() != 200 || !run.body().get("outcome").asString().equals("succeeded")) {
                    failures.add("reminders " + run.status() + " " + run.raw());
                }
            }
        }));
        for (Future<?> done : work) {
            done.get();
        }
        threads.shutdown();

        assertThat(failures).isEmpty();
        List<Map<String, Object>> stored = storedScores(people);
        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);
        assertThat(storedScores(people)).isEqualTo(stored).isNotEmpty();
    }

    private List<Map<String, Object>> storedScores(List<String> people) {
        return jdbc.queryForList("""
                select person_id, user_id, score, tier, round(cast(strength_key as numeric), 9) as strength_key,
                       last_touch_at
                  from relationship_score where person_id in (%s) order by person_id, user_id"""
                .formatted(String.join(",", Collections.nCopies(people.size(), "?"))),
                people.stream().map(UUID::fromString).toArray());
    }
}
