package app.handshake.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job on one node only, through a row in the database that every node shares: with
 * several nodes whose schedules all fire at 05:00, the first to take the lock runs the job and the others
 * skip it. The lock is held at least {@code atLeast} (so that a node whose clock runs a little late does
 * not run it again) and at most {@code atMost} (so that a node that died holding it does not block the job
 * for ever). Each statement commits on its own, outside any transaction of the job.
 */
@Component
public class JobLocks {

    private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    JobLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs {@code job} if no node holds {@code name}; returns whether it ran here. */
    public boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable job) {
        OffsetDateTime taken = OffsetDateTime.now(clock);
        if (!take(name, taken, taken.plus(atMost))) {
            log.info("Skipped {}: another node holds it", name);
            return false;
        }
        try {
            job.run();
            return true;
        } finally {
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime until = taken.plus(atLeast).isAfter(now) ? taken.plus(atLeast) : now;
            jdbc.sql("update job_lock set locked_until = :until where name = :name and locked_by = :node")
                    .param("until", until).param("name", name).param("node", node).update();
        }
    }

    private boolean take(String name, OffsetDateTime now, OffsetDateTime until) {
        // A lock nobody ever took is a new row (two nodes inserting at once: one row, one winner) ...
        int inserted = jdbc.sql("""
                insert into job_lock (name, locked_until, locked_at, locked_by)
                values (:name, :until, :now, :node) on conflict do nothing
                """).param("name", name).param("until", until).param("now", now).param("node", node).update();
        if (inserted == 1) {
            return true;
        }
        // ... and a lock that was released or ran out is taken by whoever updates it first.
        return jdbc.sql("""
                update job_lock set locked_until = :until, locked_at = :now, locked_by = :node
                 where name = :name and locked_until <= :now
                """).param("name", name).param("until", until).param("now", now).param("node", node).update() == 1;
    }
}
