package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import app.handshake.support.RawHttp;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HandshakeTest
class PlatformTest {

    @Autowired
    Api api;

    @Autowired
    DataSource dataSource;

    @Test
    void testsRunOnTheDatabaseTheyWereGiven() throws Exception {
        String given = System.getenv("HANDSHAKE_TEST_DB_URL");
        try (var connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertThat(product).isEqualTo(given != null && given.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        var reply = api.get("/v3/api-docs");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("openapi").asString()).startsWith("3.");
        assertThat(reply.body().get("paths").has("/api/people")).isTrue();
        assertThat(reply.body().get("paths").has("/api/people/{id}/merge")).isTrue();
        assertThat(reply.body().get("paths").has("/api/organizations/{id}")).isTrue();
    }

    @Test
    void openApiDocumentDoesNotNameTheHostTheRequestClaims() {
        int port = Integer.parseInt(api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1));

        String document = RawHttp.send(port, "GET", "/v3/api-docs", "Host: evil.example\r\n", "");

        assertThat(document).startsWith("HTTP/1.1 200").contains("\"openapi\"").doesNotContain("evil.example");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void healthIsUp() {
        var reply = api.get("/actuator/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void wrongMethodAndMediaTypeAnswerProblemDetails() {
        var wrongMethod = api.put("/api/people", "{}", null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.body().get("type").asString()).isEqualTo("/problems/method-not-allowed");

        var wrongMediaType = api.admin().postRaw("/api/people", "name=Form");
        assertThat(wrongMediaType.status()).isEqualTo(400);
        var xml = api.withHeaders(Map.of("Authorization", adminBearer(), "Content-Type", "application/xml"))
                .postRaw("/api/people", "<person/>");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.body().get("type").asString()).isEqualTo("/problems/unsupported-media-type");
    }

    private String adminBearer() {
        return "Bearer " + api.admin().post("/api/tokens", Map.of("name", "media")).body().get("token").asString();
    }
}
