package app.handshake.platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the heartbeat of running jobs, and the sweeps that find jobs whose heartbeat stopped, on a timer
 * of its own: they must go on whether or not this node runs schedules, and while a job's own thread is
 * busy. A beat or sweep that fails (the database is away a moment) is logged and tried again next time.
 */
@Component
public class Heartbeats implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Heartbeats.class);

    private final JobSettings settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("heartbeats").factory());

    Heartbeats(JobSettings settings) {
        this.settings = settings;
    }

    /** A heartbeat, until closed. */
    public interface Beat extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code beat} now and every heartbeat interval until the returned beat is closed. */
    public Beat keep(String what, Runnable beat) {
        long every = settings.heartbeat().toMillis();
        ScheduledFuture<?> future = timer.scheduleWithFixedDelay(safely(what, beat), 0, every, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Runs {@code sweep} now and then every abandoned-after interval, for as long as the application runs. */
    public void sweep(String what, Runnable sweep) {
        long every = Math.max(1_000, settings.abandonedAfter().toMillis() / 2);
        timer.scheduleWithFixedDelay(safely(what, sweep), 0, every, TimeUnit.MILLISECONDS);
    }

    public JobSettings settings() {
        return settings;
    }

    private static Runnable safely(String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.warn("{} did not run this time: {}", what, e.getClass().getSimpleName());
            }
        };
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }
}
