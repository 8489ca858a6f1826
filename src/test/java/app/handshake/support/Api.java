package app.handshake.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Speaks to the running application over real HTTP, as an API client would. */
@TestComponent
public class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final JsonMapper json;

    Api(Environment environment, JsonMapper json) {
        this.environment = environment;
        this.json = json;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, Object body) {
        return send(request(path).POST(bodyOf(body)).header("Content-Type", "application/json"));
    }

    public Reply put(String path, Object body, String ifMatch) {
        HttpRequest.Builder builder = request(path).PUT(bodyOf(body)).header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    public Reply delete(String path, String ifMatch) {
        HttpRequest.Builder builder = request(path).DELETE();
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder);
    }

    /** Sends a body exactly as given, for malformed JSON and wrong types. */
    public Reply postRaw(String path, String rawJson) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(rawJson))
                .header("Content-Type", "application/json"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", "application/json");
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            JsonNode body = isJson && !response.body().isBlank() ? json.readTree(response.body()) : null;
            return new Reply(response.statusCode(), response.headers().map(), body, response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, JsonNode body, String raw) {

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        public String id() {
            return body.get("id").asString();
        }
    }
}
