package app.handshake.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.CapturedLogs;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Passwords, passphrases, token secrets and calendar-feed addresses never reach the log, not even with
 * the application and Spring switched to DEBUG.
 */
@HandshakeTest
class SecretsStayOutOfLogsTest {

    private static final String[] DEBUG_LOGGERS = {"app.handshake", "app.handshake.requests", "org.springframework"};

    @Autowired
    Api api;

    @Test
    void calendarFeedAddressIsMaskedInTheRequestLog() throws Exception {
        NewUser user = api.newUser("member", null);
        String url = user.client().post("/api/calendar-feed", Map.of()).body().get("url").asString();
        String secret = url.substring(url.indexOf("cal_"), url.lastIndexOf(".ics"));

        try (CapturedLogs logs = CapturedLogs.atDebug(DEBUG_LOGGERS)) {
            assertThat(fetch(url).statusCode()).isEqualTo(200);
            assertThat(fetch(url.replace(secret, "cal_guessed" + UUID.randomUUID())).statusCode()).isEqualTo(404);
            String text = logs.awaitLine(line -> line.startsWith("app.handshake.requests GET /calendar/"),
                    Duration.ofSeconds(5));

            assertThat(text).doesNotContain(secret.substring(4)).doesNotContain("cal_guessed")
                    .contains("GET /calendar/cal_****.ics 200");
        }
    }

    @Test
    void secretsInRequestsAndAnswersAreNotLoggedAtDebug() throws Exception {
        List<String> secrets = new ArrayList<>();
        try (CapturedLogs logs = CapturedLogs.atDebug(DEBUG_LOGGERS)) {
            String password = "first-" + UUID.randomUUID();
            String email = "logged-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
            secrets.add(password);
            Reply created = api.post("/api/users", Map.of("email", email, "displayName", "Logged User",
                    "role", "member", "password", password));
            assertThat(created.status()).isEqualTo(201);

            Reply issued = api.withHeaders(Map.of("Authorization", basic(email, password)))
                    .post("/api/tokens", Map.of("name", "logged"));
            assertThat(issued.status()).isEqualTo(201);
            String token = issued.body().get("token").asString();
            secrets.add(token.substring(3));
            Api.Client user = api.bearer(token);

            String tooLong = "too-long-" + "x".repeat(250);
            secrets.add(tooLong);
            assertThat(user.put("/api/users/me/password", Map.of("currentPassword", password, "newPassword", tooLong),
                    null).status()).isEqualTo(400);
            String secondPassword = "second-" + UUID.randomUUID();
            secrets.add(secondPassword);
            assertThat(user.put("/api/users/me/password", Map.of("currentPassword", password,
                    "newPassword", secondPassword), null).status()).isEqualTo(204);

            String feedUrl = user.post("/api/calendar-feed", Map.of()).body().get("url").asString();
            secrets.add(feedUrl.substring(feedUrl.indexOf("cal_") + 4, feedUrl.lastIndexOf(".ics")));

            WebSession session = WebSession.signIn(api.baseUrl(), email, secondPassword);
            String thirdPassword = "third-" + UUID.randomUUID();
            secrets.add(thirdPassword);
            session.postForm("/account/password", Map.of("currentPassword", secondPassword,
                    "newPassword", thirdPassword, "repeatPassword", thirdPassword,
                    "_csrf", session.csrfFrom("/account")));
            HttpResponse<String> tokenPage = session.postForm("/account/tokens", Map.of("name", "page token",
                    "_csrf", session.csrfFrom("/account")));
            assertThat(tokenPage.statusCode()).isEqualTo(302);
            String page = session.get("/account").body();
            secrets.add(found(page, "id=\"new-token\">hs_([^<]+)<"));

            session.postForm("/today/calendar", Map.of("_csrf", session.csrfFrom("/today")));
            String today = session.get("/today").body();
            secrets.add(found(today, "id=\"feed-url\">[^<]*/calendar/cal_([^<.]+)\\.ics<"));

            String passphrase = "a passphrase for the log test " + UUID.randomUUID();
            secrets.add(passphrase);
            assertThat(api.post("/api/backup", Map.of("passphrase", passphrase)).status()).isEqualTo(200);

            String text = logs.awaitLine(line -> line.contains("POST /api/backup"), Duration.ofSeconds(5));
            assertThat(text).contains("PUT /api/users/me/password 204");
            for (String secret : secrets) {
                assertThat(text).as("the log holds a secret").doesNotContain(secret);
            }
        }
    }

    private static String found(String page, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(page);
        assertThat(matcher.find()).as("%s on the page", regex).isTrue();
        return matcher.group(1);
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
