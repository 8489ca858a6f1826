package app.handshake.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: real time until a test fixes it, then exactly where the test puts it.
 * A test that fixes it calls {@link #reset()} when done.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    @Bean
    @Primary
    SettableClock testClock() {
        return new SettableClock();
    }

    /** A clock a test can stop and move. */
    public static final class SettableClock extends Clock {

        private volatile Instant fixed;

        public void fixAt(Instant instant) {
            fixed = instant;
        }

        public void advance(Duration duration) {
            fixed = instant().plus(duration);
        }

        public void reset() {
            fixed = null;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            Instant at = fixed;
            return at == null ? Instant.now() : at;
        }
    }
}
