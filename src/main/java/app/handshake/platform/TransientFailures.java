package app.handshake.platform;

import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A transaction that lost a deadlock, hit a lock timeout or a serialization failure was undone by the
 * database as a whole; run again a moment later it succeeds. This runs such work up to {@link #ATTEMPTS}
 * times, each attempt in a transaction of its own (the work must start one).
 */
final class TransientFailures {

    static final int ATTEMPTS = 4;
    private static final Logger log = LoggerFactory.getLogger(TransientFailures.class);

    /** Work that may be run again from the start. */
    @FunctionalInterface
    interface Attempt<T> {
        T run() throws Throwable;
    }

    private TransientFailures() {}

    static <T> T retry(String what, Attempt<T> attempt) throws Throwable {
        for (int n = 1; ; n++) {
            try {
                return attempt.run();
            } catch (PessimisticLockingFailureException e) {
                if (n >= ATTEMPTS) {
                    throw e;
                }
                log.info("{} lost to a concurrent transaction ({}); attempt {} of {}", what,
                        e.getClass().getSimpleName(), n + 1, ATTEMPTS);
                // Apart at random, so that the two that collided do not collide again.
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << n));
            }
        }
    }
}
