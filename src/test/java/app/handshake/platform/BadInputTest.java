package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input that no client should send, as an attacker or a broken client would: each gets a 400 problem that
 * names what is wrong (the field, where there is one), is never taken as something else, and stores nothing.
 */
@HandshakeTest
class BadInputTest {

    @Autowired
    Api api;

    @Autowired
    JsonMapper json;

    String token;
    String person;

    @BeforeEach
    void signIn() {
        token = api.admin().post("/api/tokens", Map.of("name", "bad input")).body().get("token").asString();
        person = api.post("/api/people", Map.of("name", "Target " + UUID.randomUUID())).id();
    }

    @Test
    void aControlCharacterOrALoneSurrogateInAnyTextIsRefusedWithItsField() throws IOException {
        assertField(post("/api/people", "{\"name\": \"Ada\\u0000Lovelace\"}"), "name");
        assertField(post("/api/people", "{\"name\": \"Ada\", \"tags\": [\"ok\", \"bad\\u0007\"]}"), "tags[1]");
        assertField(post("/api/people", "{\"name\": \"Ada \\ud800 Lovelace\"}"), "name");
        assertField(post("/api/people", "{\"name\": \"Ada\", \"emails\": [{\"address\": \"a@example.org\", "
                + "\"label\": \"\\u0000\"}]}"), "emails[0].label");
        // Line breaks and tabs are text.
        assertThat(post("/api/people", "{\"name\": \"Ada\", \"notes\": \"line one\\n\\tline two\"}").status)
                .isEqualTo(201);
    }

    @Test
    void aControlCharacterInAQueryIsRefusedWithItsParameter() throws IOException {
        assertField(raw("GET /api/people?q=a%00b HTTP/1.1\r\n", null), "q");
    }

    @Test
    void datesAndTimesOutsideWhatCanBeStoredAreRefusedWithTheirField() throws IOException {
        assertField(post("/api/people", "{\"name\": \"Ada\", \"birthday\": \"-999999999-01-01\"}"), "birthday");
        assertField(post("/api/touchpoints", "{\"channel\": \"phone\", \"occurredAt\": \"+999999999-01-01T00:00:00Z\", "
                + "\"personIds\": [\"" + person + "\"]}"), "occurredAt");
        assertField(raw("GET /api/touchpoints?from=%2B999999999-01-01T00:00:00Z HTTP/1.1\r\n", null), "from");
    }

    @Test
    void aValueOfAnotherKindIsNotTakenForWhatWasMeant() throws IOException {
        // 1.5 minutes is not 1 minute; a number is not a date.
        assertField(post("/api/touchpoints", "{\"channel\": \"phone\", \"occurredAt\": \"2025-01-01T10:00:00Z\", "
                + "\"durationMinutes\": 1.5, \"personIds\": [\"" + person + "\"]}"), "durationMinutes");
        assertField(post("/api/touchpoints", "{\"channel\": \"phone\", \"occurredAt\": 1735725600, "
                + "\"personIds\": [\"" + person + "\"]}"), "occurredAt");
    }

    @Test
    void aFieldGivenTwiceIsRefusedNotResolvedByGuessing() throws IOException {
        Answer twice = post("/api/people", "{\"name\": \"First\", \"name\": \"Second\"}");
        assertThat(twice.status).as(twice.body).isEqualTo(400);
        assertThat(twice.problem().get("detail").asString()).contains("name");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        // "/" written as an overlong two-byte sequence, and a lone continuation byte.
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"name\": \"Ada".getBytes(StandardCharsets.UTF_8));
            body.writeBytes(bad);
            body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
            Answer answer = raw("POST /api/people HTTP/1.1\r\nContent-Type: application/json\r\n", body.toByteArray());
            assertThat(answer.status).as(answer.body).isEqualTo(400);
            assertThat(answer.contentType).startsWith("application/problem+json");
        }
    }

    @Test
    void aBrokenCursorIsABadParameterNotAServerError() throws IOException {
        assertField(raw("GET /api/people?after=%25%25%25 HTTP/1.1\r\n", null), "after");
        Answer undecodable = raw("GET /api/people?after=%%% HTTP/1.1\r\n", null);
        assertThat(undecodable.status).as(undecodable.body).isEqualTo(400);
        assertThat(undecodable.contentType).startsWith("application/problem+json");
    }

    @Test
    void aRequestLineTooLongForTheServerStillGetsProblemDetails() throws IOException {
        Answer answer = raw("GET /api/people?q=" + "a".repeat(100_000) + " HTTP/1.1\r\n", null);
        assertThat(answer.status).isBetween(400, 499);
        assertThat(answer.contentType).as(answer.body).startsWith("application/problem+json");
        assertThat(answer.body).doesNotContain("<html").doesNotContain("Tomcat");
    }

    private void assertField(Answer answer, String field) {
        assertThat(answer.status).as(answer.body).isEqualTo(400);
        assertThat(answer.contentType).startsWith("application/problem+json");
        JsonNode errors = answer.problem().get("errors");
        assertThat(errors).as(answer.body).isNotNull();
        assertThat(errors.get(0).get("field").asString()).as(answer.body).isEqualTo(field);
    }

    private Answer post(String path, String body) throws IOException {
        return raw("POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\n",
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** What the server answered, read off the wire. */
    private record Answer(int status, String contentType, String body, JsonMapper json) {
        JsonNode problem() {
            return json.readTree(body);
        }
    }

    /** One request written byte for byte, as no HTTP client library would let us. */
    private Answer raw(String requestLineAndHeaders, byte[] body) throws IOException {
        int port = Integer.parseInt(api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = requestLineAndHeaders + "Host: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nAccept: application/json\r\nConnection: close\r\n"
                    + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            String contentType = response.lines().takeWhile(line -> !line.isEmpty())
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            int start = response.indexOf("\r\n\r\n") + 4;
            String rest = response.substring(start);
            if (response.toLowerCase().contains("transfer-encoding: chunked")) {
                rest = unchunk(rest);
            }
            return new Answer(status, contentType, rest, json);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
