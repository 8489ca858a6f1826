package app.handshake.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaks to the running application over real HTTP, as an API client would. Its own requests are the
 * first admin's, with a token it gets through HTTP Basic; {@link #as}, {@link #newUser} and
 * {@link #anonymous} give clients of other users.
 */
@TestComponent
public class Api {

    public static final String ADMIN_EMAIL = "admin@test.example";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "a-long-enough-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final Environment environment;
    private final JsonMapper json;
    private Client admin;

    Api(Environment environment, JsonMapper json) {
        this.environment = environment;
        this.json = json;
    }

    public String baseUrl() {
        return "http://localhost:" + environment.getRequiredProperty("local.server.port");
    }

    /** The first admin, signed in by token. */
    public synchronized Client admin() {
        if (admin == null) {
            admin = as(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return admin;
    }

    /** A client with no credentials at all. */
    public Client anonymous() {
        return new Client(Map.of());
    }

    /** A client that sends the given headers with every request. */
    public Client withHeaders(Map<String, String> headers) {
        return new Client(headers);
    }

    /** Signs in with a password over HTTP Basic, takes a token, and uses it from then on. */
    public Client as(String email, String password) {
        String basic = Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
        Reply issued = withHeaders(Map.of("Authorization", "Basic " + basic))
                .post("/api/tokens", Map.of("name", "tests"));
        if (issued.status() != 201) {
            throw new IllegalStateException("Could not sign in " + email + ": " + issued.status() + " " + issued.raw());
        }
        return bearer(issued.body().get("token").asString());
    }

    public Client bearer(String token) {
        return withHeaders(Map.of("Authorization", "Bearer " + token));
    }

    /** A new user made by the admin, and a client signed in as them. */
    public NewUser newUser(String role, UUID managerId) {
        String email = role + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("email", email);
        body.put("displayName", "Test " + role);
        body.put("role", role);
        body.put("password", PASSWORD);
        if (managerId != null) {
            body.put("managerId", managerId.toString());
        }
        Reply created = admin().post("/api/users", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Could not create a user: " + created.raw());
        }
        return new NewUser(UUID.fromString(created.id()), email, as(email, PASSWORD));
    }

    /** A user made for a test: their id, their email, and a client signed in as them. */
    public record NewUser(UUID id, String email, Client client) {}

    public Reply get(String path) {
        return admin().get(path);
    }

    public Reply post(String path, Object body) {
        return admin().post(path, body);
    }

    public Reply put(String path, Object body, String ifMatch) {
        return admin().put(path, body, ifMatch);
    }

    public Reply delete(String path, String ifMatch) {
        return admin().delete(path, ifMatch);
    }

    public Reply postRaw(String path, String rawJson) {
        return admin().postRaw(path, rawJson);
    }

    /** Requests with a fixed set of headers (credentials) on every call. */
    public final class Client {

        private final Map<String, String> headers;

        Client(Map<String, String> headers) {
            this.headers = headers;
        }

        public Reply get(String path) {
            return send(request(path).GET());
        }

        /** The same client, also sending an If-Match header. */
        public Client withIfMatch(String etag) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put("If-Match", etag);
            return new Client(more);
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
            HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.ofString(rawJson));
            if (!headers.containsKey("Content-Type")) {
                builder.header("Content-Type", "application/json");
            }
            return send(builder);
        }

        /** Uploads a file as multipart/form-data part "file", as a browser form does. */
        public Reply upload(String path, String fileName, byte[] content) {
            String boundary = "----handshake" + java.util.UUID.randomUUID();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Accept", "application/json");
            headers.forEach(builder::header);
            return builder;
        }
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
    public record Reply(int status, Map<String, List<String>> headers, JsonNode body, String raw) {

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
