package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.ServerProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps what it acknowledged: Handshake runs in a process of its own on a new H2
 * file with the default settings, is killed with SIGKILL right after answering 201, and after a restart
 * every acknowledged person is there.
 */
class EmbeddedDurabilityTest {

    @TempDir
    Path folder;

    @Test
    void everyPersonAcknowledgedBeforeAKillIsThereAfterARestart() throws Exception {
        List<String> acknowledged = new ArrayList<>();
        int port;
        try (ServerProcess first = ServerProcess.start(folder, 0)) {
            port = first.port();
            String token = first.token();
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> created = first.send(HttpRequest.newBuilder(first.uri("/api/people"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Kept " + i + "\"}")));
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                acknowledged.add(created.headers().firstValue("Location").orElseThrow());
            }
            first.kill();
        }

        try (ServerProcess second = ServerProcess.start(folder, port)) {
            String token = second.token();
            for (String location : acknowledged) {
                HttpResponse<String> read = second.send(HttpRequest.newBuilder(second.uri(location))
                        .header("Authorization", "Bearer " + token).GET());
                assertThat(read.statusCode()).as(location + " after the restart").isEqualTo(200);
            }
        }
    }
}
