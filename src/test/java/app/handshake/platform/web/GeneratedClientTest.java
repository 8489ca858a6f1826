package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A TypeScript client generated from the OpenAPI document runs the main scenario against the application,
 * unmodified. .ci/client-scenario generates and compiles it (openapi-generator, typescript-fetch; Node.js),
 * then runs this test with {@code -Dhandshake.client-scenario=<the compiled scenario.js>}; without that
 * property it does not run.
 */
@HandshakeTest
@EnabledIfSystemProperty(named = "handshake.client-scenario", matches = ".+")
class GeneratedClientTest {

    @Autowired
    Api api;

    @Test
    void aClientGeneratedFromTheDocumentRunsTheMainScenario() throws Exception {
        Path scenario = Path.of(System.getProperty("handshake.client-scenario")).toAbsolutePath();
        assertThat(scenario).exists();
        Path output = Files.createTempFile("client-scenario", ".log");
        Process node = new ProcessBuilder("node", scenario.toString(), api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean finished = node.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            node.destroyForcibly();
        }
        String log = Files.readString(output);
        assertThat(finished).as("the scenario finished in time: %s", log).isTrue();
        assertThat(node.exitValue()).as("the scenario passed: %s", log).isZero();
        assertThat(log).contains("Generated client scenario OK");
    }
}
