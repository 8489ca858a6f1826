package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.ServerProcess;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server stops in the middle of an import, in a process of its own: a normal stop (SIGTERM) ends the
 * import at once and marks it cancelled; a kill (SIGKILL) leaves it to the next server, which marks it
 * failed when its heartbeat has stopped. Either way nothing of the file is kept, and no job says
 * "running" for ever.
 */
class ImportWhenTheServerStopsTest {

    private static final String QUICK_JOBS[] = {"--handshake.jobs.heartbeat=500ms", "--handshake.jobs.abandoned-after=3s"};

    @TempDir
    Path folder;

    @Test
    void aNormalStopCancelsTheImportWithinItsGraceAndKeepsNothing() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String job;
        int port;
        try (ServerProcess server = ServerProcess.start(folder, 0, QUICK_JOBS)) {
            port = server.port();
            String token = server.token();
            job = startImport(server, token, marker);
            awaitRecordsRead(server, token, job);

            assertThat(server.stop(Duration.ofSeconds(60))).as("stopped within its grace").isTrue();
        }

        try (ServerProcess again = ServerProcess.start(folder, port, QUICK_JOBS)) {
            String token = again.token();
            assertThat(status(again, token, job)).as(again.log()).isEqualTo("cancelled");
            assertThat(peopleNamed(again, token, marker)).isZero();
        }
    }

    @Test
    void aKilledServersImportIsMarkedFailedByTheNextOneAndKeepsNothing() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String job;
        int port;
        try (ServerProcess server = ServerProcess.start(folder, 0, QUICK_JOBS)) {
            port = server.port();
            String token = server.token();
            job = startImport(server, token, marker);
            awaitRecordsRead(server, token, job);
            server.kill();
        }

        try (ServerProcess again = ServerProcess.start(folder, port, QUICK_JOBS)) {
            String token = again.token();
            String status = status(again, token, job);
            for (int i = 0; i < 60 && !status.equals("failed"); i++) {
                Thread.sleep(500);
                status = status(again, token, job);
            }
            assertThat(status).isEqualTo("failed");
            HttpResponse<String> read = again.send(HttpRequest.newBuilder(again.uri("/api/imports/" + job))
                    .header("Authorization", "Bearer " + token).GET());
            assertThat(read.body()).contains("stopped before it finished").contains("\"created\":0");
            assertThat(peopleNamed(again, token, marker)).isZero();
        }
    }

    /** A contacts file long enough to still be importing when the server goes. */
    private static String startImport(ServerProcess server, String token, String marker) throws Exception {
        StringBuilder csv = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append("Imported ").append(marker).append(' ').append(i).append(",imported.").append(i).append('.')
                    .append(marker).append("@example.org\n");
        }
        String boundary = "----handshake" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> started = server.send(HttpRequest.newBuilder(server.uri("/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(started.body());
        assertThat(id.find()).isTrue();
        return id.group(1);
    }

    private static void awaitRecordsRead(ServerProcess server, String token, String job) throws Exception {
        for (int i = 0; i < 400; i++) {
            HttpResponse<String> read = server.send(HttpRequest.newBuilder(server.uri("/api/imports/" + job))
                    .header("Authorization", "Bearer " + token).GET());
            Matcher records = Pattern.compile("\"recordsRead\"\\s*:\\s*(\\d+)").matcher(read.body());
            if (records.find() && Long.parseLong(records.group(1)) > 0) {
                assertThat(read.body()).contains("\"status\":\"running\"");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never got going");
    }

    private static String status(ServerProcess server, String token, String job) throws Exception {
        HttpResponse<String> read = server.send(HttpRequest.newBuilder(server.uri("/api/imports/" + job))
                .header("Authorization", "Bearer " + token).GET());
        Matcher status = Pattern.compile("\"status\"\\s*:\\s*\"([a-z]+)\"").matcher(read.body());
        assertThat(status.find()).as(read.body()).isTrue();
        return status.group(1);
    }

    private static int peopleNamed(ServerProcess server, String token, String marker) throws Exception {
        HttpResponse<String> found = server.send(HttpRequest.newBuilder(server.uri("/api/people?q=" + marker))
                .header("Authorization", "Bearer " + token).GET());
        assertThat(found.statusCode()).isEqualTo(200);
        return found.body().split("\"id\"").length - 1;
    }
}
