package app.handshake.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per subject (an account or an address) in a window, and locks the subject for a
 * while once it has failed too often. Kept in the database, so that every node counts the same.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountsProperties.SignIn settings;

    LoginThrottle(JdbcClient jdbc, Clock clock, AccountsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.signIn();
    }

    /** When the subject may try again, if it is locked now. */
    @Transactional(readOnly = true)
    Optional<OffsetDateTime> lockedUntil(String subject) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return jdbc.sql("select locked_until from login_throttle where subject = :subject")
                .param("subject", subject)
                .query(OffsetDateTime.class)
                .optional()
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure, even when the sign-in transaction itself rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String subject, int maxFailures) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        record Row(int failures, OffsetDateTime windowStartedAt) {}
        Optional<Row> row = jdbc.sql("select failures, window_started_at from login_throttle where subject = :subject")
                .param("subject", subject).query(Row.class).optional();
        Duration window = settings.window();
        int failures = row.filter(r -> r.windowStartedAt().isAfter(now.minus(window))).map(r -> r.failures() + 1)
                .orElse(1);
        OffsetDateTime windowStart = failures == 1 ? now : row.get().windowStartedAt();
        OffsetDateTime lockedUntil = failures >= maxFailures ? now.plus(settings.lockFor()) : null;
        if (row.isPresent()) {
            jdbc.sql("""
                    update login_throttle set failures = :failures, window_started_at = :start, locked_until = :until
                     where subject = :subject
                    """)
                    .param("failures", failures).param("start", windowStart).param("until", lockedUntil)
                    .param("subject", subject).update();
        } else {
            jdbc.sql("""
                    insert into login_throttle (subject, failures, window_started_at, locked_until)
                    values (:subject, :failures, :start, :until) on conflict do nothing
                    """)
                    .param("subject", subject).param("failures", failures).param("start", windowStart)
                    .param("until", lockedUntil).update();
        }
    }

    @Transactional
    void reset(String subject) {
        jdbc.sql("delete from login_throttle where subject = :subject").param("subject", subject).update();
    }
}
