package app.handshake.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session over plain HTTP: signs in through the form, keeps the session cookie by hand
 * (it is marked Secure, which the JDK's cookie store would not send to http://localhost) and reads CSRF
 * tokens from pages.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;
    private String sessionCookie;

    private WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in with the form; the answer's Location tells whether it worked. */
    public static WebSession signIn(String baseUrl, String email, String password) {
        WebSession session = new WebSession(baseUrl);
        String csrf = session.csrfFrom("/login");
        HttpResponse<String> reply = session.postForm("/login", Map.of("email", email, "password", password,
                "_csrf", csrf));
        session.lastSignIn = reply.headers().firstValue("Location").orElse("");
        return session;
    }

    private String lastSignIn;

    /** Where the sign-in sent the browser: "/" on success, "/login?error=..." otherwise. */
    public String signInLocation() {
        return lastSignIn;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** A CSRF token valid for this session, read from a page's form. */
    public String csrfFrom(String pagePath) {
        Matcher matcher = CSRF.matcher(get(pagePath).body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on " + pagePath);
        }
        return matcher.group(1);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON request riding on the session cookie, with or without the CSRF header. */
    public HttpResponse<String> postJson(String path, String json, String csrfToken) {
        return postJson(path, json, csrfToken, Map.of());
    }

    /** A JSON request riding on the session cookie, with more headers (such as Authorization). */
    public HttpResponse<String> postJson(String path, String json, String csrfToken, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            builder.header("X-CSRF-TOKEN", csrfToken);
        }
        headers.forEach(builder::header);
        return send(builder);
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "application/json").GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        if (sessionCookie != null) {
            builder.header("Cookie", sessionCookie);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("SESSION="))
                    .findFirst()
                    .ifPresent(cookie -> sessionCookie = cookie.substring(0, cookie.indexOf(';')));
            return response;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String sessionCookie() {
        return sessionCookie;
    }
}
