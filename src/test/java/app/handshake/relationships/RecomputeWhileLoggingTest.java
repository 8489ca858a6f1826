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

    @Test
    void aRecomputeMendsWhatIsStoredWrongAndRewritesNothingElse() {
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Reply created = api.post("/api/people", Map.of("name", "Mended Person " + i + " " + UUID.randomUUID()));
            people.add(created.id());
            assertThat(api.post("/api/touchpoints", Map.of("channel", "meal", "occurredAt",
                    NOW.minusDays(3 + i).toString(), "personIds", List.of(created.id()))).status()).isEqualTo(201);
        }
        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);
        List<Map<String, Object>> right = storedScores(people);
        UUID first = UUID.fromString(people.get(0));
        UUID second = UUID.fromString(people.get(1));
        UUID third = UUID.fromString(people.get(2));
        java.sql.Timestamp untouched = jdbc.queryForObject(
                "select max(computed_at) from relationship_score where person_id = ?", java.sql.Timestamp.class, third);

        // One score wrong, one missing, one for a member who never had anything to do with the person.
        jdbc.update("update relationship_score set score = 1, tier = 'connection' where person_id = ?", first);
        jdbc.update("delete from relationship_score where person_id = ?", second);
        assertThat(jdbc.update("""
                insert into relationship_score (person_id, user_id, score, tier, trend, strength_key, computed_at)
                select ?, u.id, 99, 'trusted', 'steady', 1.0, current_timestamp from app_user u
                 where u.id not in (select user_id from relationship_score where person_id = ?)
                 fetch first 1 rows only""", third, third)).isEqualTo(1);

        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);
        assertThat(storedScores(people)).isEqualTo(right);
        assertThat(jdbc.queryForObject("select max(computed_at) from relationship_score where person_id = ?",
                java.sql.Timestamp.class, third)).as("a score that was right is not written again").isEqualTo(untouched);
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
