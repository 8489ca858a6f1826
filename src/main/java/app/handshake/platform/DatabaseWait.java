package app.handshake.platform;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Waits for the database at start-up instead of failing at once: a server that starts before its
 * database (after a reboot, in a container) keeps trying, with one line per attempt saying what is wrong,
 * for {@code handshake.database.wait} (default 60 s); then it stops with that line, not a stack trace.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);

    @Bean
    static BeanPostProcessor waitForTheDatabase(Environment environment) {
        Duration patience = Binder.get(environment).bind("handshake.database.wait", Duration.class)
                .orElse(Duration.ofSeconds(60));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource) {
                    awaitReachable(dataSource, environment.getProperty("spring.datasource.url", "?"), patience);
                }
                return bean;
            }
        };
    }

    static void awaitReachable(DataSource dataSource, String url, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 500;
        while (true) {
            try (Connection connection = dataSource.getConnection()) {
                return;
            } catch (Exception e) {
                String reason = DatabaseUnreachableException.reason(e);
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new DatabaseUnreachableException(DatabaseUnreachableException.withoutSecrets(url), reason,
                            patience);
                }
                log.warn("The database at {} is not reachable: {}. Trying again for {} more seconds.",
                        DatabaseUnreachableException.withoutSecrets(url), reason, Math.max(1, left / 1_000_000_000L));
                try {
                    Thread.sleep(Math.min(pause, Math.max(1, left / 1_000_000)));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new DatabaseUnreachableException(DatabaseUnreachableException.withoutSecrets(url), reason,
                            patience);
                }
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }
}
