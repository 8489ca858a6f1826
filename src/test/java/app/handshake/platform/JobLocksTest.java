package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two nodes on one database, each with its own lock holder: a schedule that fires on both runs once. */
@HandshakeTest
class JobLocksTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aJobFiredOnTwoNodesAtOnceRunsOnce() throws Exception {
        List<JobLocks> nodes = List.of(new JobLocks(jdbc, clock), new JobLocks(jdbc, clock));
        String job = "race-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> fired = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            JobLocks node = nodes.get(i % 2);
            fired.add(threads.submit(() -> node.runOnce(job, Duration.ofHours(1), Duration.ofMinutes(10), () -> {
                runs.incrementAndGet();
                sleep(300);
            })));
        }
        int ranHere = 0;
        for (Future<Boolean> one : fired) {
            ranHere += one.get() ? 1 : 0;
        }
        threads.shutdown();

        assertThat(runs).hasValue(1);
        assertThat(ranHere).isEqualTo(1);
    }

    @Test
    void aFinishedJobStaysTakenForItsLeastTimeAndAnAbandonedOneForItsMostTime() {
        clock.fixAt(Instant.parse("2026-03-02T05:00:00Z"));
        JobLocks first = new JobLocks(jdbc, clock);
        JobLocks late = new JobLocks(jdbc, clock);
        String job = "daily-" + UUID.randomUUID();

        assertThat(first.runOnce(job, Duration.ofHours(6), Duration.ofHours(1), () -> {})).isTrue();
        clock.advance(Duration.ofMinutes(3));  // a node whose clock is three minutes late fires now
        assertThat(late.runOnce(job, Duration.ofHours(6), Duration.ofHours(1), () -> {})).isFalse();
        clock.advance(Duration.ofHours(1));
        assertThat(late.runOnce(job, Duration.ofHours(6), Duration.ofHours(1), () -> {})).isTrue();

        String abandoned = "abandoned-" + UUID.randomUUID();
        jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by) values (:name, :until, :at, 'gone')")
                .param("name", abandoned).param("until", java.time.OffsetDateTime.now(clock).plusHours(6))
                .param("at", java.time.OffsetDateTime.now(clock)).update();
        assertThat(first.runOnce(abandoned, Duration.ofHours(6), Duration.ZERO, () -> {})).isFalse();
        clock.advance(Duration.ofHours(6));
        assertThat(first.runOnce(abandoned, Duration.ofHours(6), Duration.ZERO, () -> {})).isTrue();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
