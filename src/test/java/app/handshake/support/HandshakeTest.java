package app.handshake.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application on a random port, on the test database (H2 in memory, or the PostgreSQL that
 * HANDSHAKE_TEST_DB_URL names). All such tests share one context; each makes its own data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
// Above environment variables such as SPRING_DATASOURCE_URL: tests only ever touch the test database.
@TestPropertySource(properties = {
        "spring.datasource.url=${HANDSHAKE_TEST_DB_URL:jdbc:h2:mem:handshake-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1}",
        "spring.datasource.username=${HANDSHAKE_TEST_DB_USER:handshake}",
        "spring.datasource.password=${HANDSHAKE_TEST_DB_PASSWORD:}",
        "handshake.demo.enabled=false"})
@Import({TestDatabase.class, TestClock.class, Api.class})
public @interface HandshakeTest {}
