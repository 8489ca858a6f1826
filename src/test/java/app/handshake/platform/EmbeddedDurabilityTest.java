package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.HandshakeApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps what it acknowledged: Handshake runs in a process of its own on a new H2
 * file with the default settings, is killed with SIGKILL right after answering 201, and after a restart
 * every acknowledged person is there.
 */
class EmbeddedDurabilityTest {

    private static final String EMAIL = "admin@durable.example";
    private static final String PASSWORD = "durable-admin-password";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path folder;

    @Test
    void everyPersonAcknowledgedBeforeAKillIsThereAfterARestart() throws Exception {
        int port = freePort();
        List<String> acknowledged = new ArrayList<>();
        Process first = start(port);
        try {
            String token = token(port);
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> created = send(port, HttpRequest.newBuilder(uri(port, "/api/people"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Kept " + i + "\"}")));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                acknowledged.add(created.headers().firstValue("Location").orElseThrow());
            }
        } finally {
            first.destroyForcibly();  // SIGKILL: no shutdown hook, no chance to write anything more
            first.waitFor(30, TimeUnit.SECONDS);
        }

        Process second = start(port);
        try {
            String token = token(port);
            for (String location : acknowledged) {
                HttpResponse<String> read = send(port, HttpRequest.newBuilder(uri(port, location))
                        .header("Authorization", "Bearer " + token).GET());
                assertThat(read.statusCode()).as(location + " after the restart").isEqualTo(200);
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The application in a JVM of its own, on the default database settings but a file in this test's folder. */
    private Process start(int port) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                HandshakeApplication.class.getName(), "--server.port=" + port,
                "--handshake.admin.email=" + EMAIL, "--handshake.admin.password=" + PASSWORD,
                "--handshake.demo.enabled=false", "--handshake.scheduling.enabled=false", "--spring.main.banner-mode=off")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("server-" + System.nanoTime() + ".log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HANDSHAKE_") || name.startsWith("SPRING_"));
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server stopped; see its log in " + folder).isTrue();
            try {
                if (send(port, HttpRequest.newBuilder(uri(port, "/actuator/health")).GET()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start within 90 s; see " + folder);
    }

    private String token(int port) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = send(port, HttpRequest.newBuilder(uri(port, "/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"durability\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(int port, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
