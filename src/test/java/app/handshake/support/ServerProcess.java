package app.handshake.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.HandshakeApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handshake in a JVM of its own, as an operator runs it: on the embedded database in a folder of the
 * test's, with the default settings but those given, so that a test can kill it (SIGKILL) or stop it
 * (SIGTERM) and start it again on the same data.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String EMAIL = "admin@process.example";
    public static final String PASSWORD = "process-admin-password";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path folder;
    private final int port;
    private final Process process;

    private ServerProcess(Path folder, int port, Process process) {
        this.folder = folder;
        this.port = port;
        this.process = process;
    }

    /** Starts Handshake in {@code folder} on {@code port} (0: a free one) and waits until it answers. */
    public static ServerProcess start(Path folder, int port, String... settings) throws IOException, InterruptedException {
        int chosen = port != 0 ? port : freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HandshakeApplication.class.getName(),
                "--server.port=" + chosen, "--handshake.admin.email=" + EMAIL, "--handshake.admin.password=" + PASSWORD,
                "--handshake.demo.enabled=false", "--handshake.scheduling.enabled=false", "--spring.main.banner-mode=off"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("server.log").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("HANDSHAKE_") || name.startsWith("SPRING_"));
        ServerProcess server = new ServerProcess(folder, chosen, builder.start());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(server.process.isAlive()).as("the server stopped; see " + folder.resolve("server.log")).isTrue();
            try {
                if (server.send(HttpRequest.newBuilder(server.uri("/actuator/health")).GET()).statusCode() == 200) {
                    return server;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        server.process.destroyForcibly();
        throw new AssertionError("the server did not start within 90 s; see " + folder.resolve("server.log"));
    }

    /** What the server printed, for a failing assertion to show. */
    public String log() {
        try {
            String all = java.nio.file.Files.readString(folder.resolve("server.log"));
            return all.substring(Math.max(0, all.length() - 6_000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public int port() {
        return port;
    }

    /** A new API token of the admin, over HTTP Basic. */
    public String token() throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((EMAIL + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/api/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"process\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(issued.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** SIGKILL: no shutdown hook, no chance to write anything more. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it; true when it ended within {@code limit}. */
    public boolean stop(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
