package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while Handshake runs, on a database server of the test's own that it stops and
 * starts again: requests answer 503 problem details within seconds, health says DOWN, and all is well once
 * the database is back. At start-up, Handshake waits for a database that is not there yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "handshake.demo.enabled=false", "handshake.scheduling.enabled=false",
        "spring.datasource.hikari.connection-timeout=1500"})
@ActiveProfiles("test")
class DatabaseOutageTest {

    private static Server database;
    private static int databasePort;
    private static String folder;

    /** A database server of the test's own, on a file, so that it can stop and start again with its data. */
    @DynamicPropertySource
    static void ownDatabaseServer(DynamicPropertyRegistry registry) throws Exception {
        folder = java.nio.file.Files.createTempDirectory("handshake-outage").toString();
        database = startServer("0");
        databasePort = database.getPort();
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://localhost:" + databasePort
                + "/outage;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.datasource.username", () -> "handshake");
        registry.add("spring.datasource.password", () -> "");
    }

    private static Server startServer(String port) throws SQLException {
        return Server.createTcpServer("-tcpPort", port, "-ifNotExists", "-baseDir", folder).start();
    }

    @AfterAll
    static void stopDatabase() {
        database.stop();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void duringAnOutageRequestsAnswer503PromptlyAndRecoverAfterwards() throws Exception {
        String token = token();
        assertThat(get("/api/users/me", token).statusCode()).isEqualTo(200);

        database.stop();
        try {
            long started = System.nanoTime();
            HttpResponse<String> read = get("/api/users/me", token);
            HttpResponse<String> write = send(HttpRequest.newBuilder(uri("/api/people"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"During the outage\"}")));
            HttpResponse<String> health = get("/actuator/health", null);
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            for (HttpResponse<String> answer : java.util.List.of(read, write)) {
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.body()).contains("/problems/database-unavailable").doesNotContain("Exception");
            }
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            // Three requests within the pool's timeout each, not Hikari's default 30 s.
            assertThat(took).isLessThan(Duration.ofSeconds(20));
        } finally {
            database = startServer(Integer.toString(databasePort));
        }

        HttpResponse<String> after = null;
        // The pool checks a connection idle for more than half a second before handing it out, and drops it.
        for (int i = 0; i < 20 && (after == null || after.statusCode() != 200); i++) {
            Thread.sleep(1_000);
            after = get("/api/users/me", token);
        }
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
    }

    @Test
    void atStartUpADatabaseThatComesLateIsWaitedFor() throws Exception {
        Server late = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        int latePort = late.getPort();
        late.stop();
        Thread starter = Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(1_500);
                late.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (HikariDataSource dataSource = pool("jdbc:h2:tcp://localhost:" + latePort + "/mem:late")) {
            DatabaseWait.awaitReachable(dataSource, "jdbc:h2:tcp://localhost:" + latePort + "/mem:late",
                    Duration.ofSeconds(30));
        } finally {
            starter.join();
            late.stop();
        }
    }

    @Test
    void aDatabaseThatNeverComesStopsStartUpWithOneLineNotATrace() throws Exception {
        int nobody;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            nobody = socket.getLocalPort();
        }
        String url = "jdbc:h2:tcp://localhost:" + nobody + "/mem:never;PASSWORD_HINT=secret";
        try (HikariDataSource dataSource = pool(url)) {
            assertThatThrownBy(() -> DatabaseWait.awaitReachable(dataSource, url, Duration.ofSeconds(2)))
                    .isInstanceOfSatisfying(DatabaseUnreachableException.class, e -> {
                        FailureAnalysis analysis = new DatabaseUnreachableAnalyzer().analyze(e);
                        assertThat(analysis.getDescription()).contains("jdbc:h2:tcp://localhost:" + nobody + "/mem:never")
                                .doesNotContain("secret").doesNotContain("\n").doesNotContain("\tat ");
                        assertThat(analysis.getAction()).contains("HANDSHAKE_DB_URL");
                    });
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("sa");
        config.setConnectionTimeout(500);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private String token() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin@test.example:test-admin-password"
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"outage\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
