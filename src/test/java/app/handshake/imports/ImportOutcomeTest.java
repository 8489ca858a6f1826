package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An import's outcome says what happened in words: failed when it failed, the field a refused value was for, how far it read. */
@HandshakeTest
class ImportOutcomeTest {

    @Autowired
    Api api;

    @Test
    void aFailedImportSaysFailedAndCountsNoSkippedRecord() {
        Api.NewUser member = api.newUser("member", null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name,Email,Notes\nAda " + tag + ",ada." + tag + "@example.com,ok\nBo " + tag + ",bo." + tag
                + "@example.com,\"a note cut off in the midd";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode job = ImportsApiTest.importBytes(member.client(), "cut.csv", bytes, "");
        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("skipped").asLong()).isZero();
        assertThat(job.path("bytesTotal").asLong()).isEqualTo(bytes.length);

        WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        String page = session.get("/imports/" + job.path("id").asString()).body();
        assertThat(page).contains("The import failed. Nothing was imported.", "cut.csv, line 3")
                .doesNotContain("Skipped", "<td>Created</td>");
    }

    @Test
    void progressCarriesTheBytesReadOfTheFileSize() {
        Api.NewUser member = api.newUser("member", null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("Name,Email\n");
        for (int i = 0; i < 20; i++) {
            csv.append("Person ").append(i).append(' ').append(tag).append(",p").append(i).append('.').append(tag)
                    .append("@example.com\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);

        JsonNode job = ImportsApiTest.importBytes(member.client(), "people.csv", bytes, "");
        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.path("bytesTotal").asLong()).isEqualTo(bytes.length);
        assertThat(job.path("bytesRead").asLong()).isEqualTo(bytes.length);
        assertThat(job.has("secondsLeft")).isTrue();
        assertThat(job.path("secondsLeft").isNull()).isTrue();

        JsonNode documented = api.get("/v3/api-docs").body().path("components").path("schemas").path("ImportJob")
                .path("properties");
        assertThat(documented.path("bytesRead").path("description").asString()).isNotBlank();
        assertThat(documented.path("bytesTotal").path("description").asString()).isNotBlank();
    }
}
