package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.RawHttp;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in by password, session and token, and every way that must stop working. */
@HandshakeTest
class SignInAndTokensTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void apiWithoutCredentialsAnswers401ProblemButDocsAndHealthAreOpen() {
        Reply reply = api.anonymous().get("/api/people");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.body().get("type").asString()).isEqualTo("/problems/unauthenticated");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.anonymous().post("/api/people", Map.of("name", "Nobody")).status()).isEqualTo(401);
        assertThat(api.anonymous().get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void forgedAndMalformedTokensAre401() {
        assertThat(api.bearer("hs_" + "A".repeat(43)).get("/api/people").status()).isEqualTo(401);
        assertThat(api.bearer("not-even-a-token").get("/api/people").status()).isEqualTo(401);
        Reply forged = api.bearer("hs_forged").get("/api/people");
        assertThat(forged.body().get("detail").asString()).contains("unknown, expired or revoked");
    }

    @Test
    void passwordWorksOnlyForIssuingTokens() {
        NewUser user = api.newUser("member", null);
        Client withPassword = api.withHeaders(Map.of("Authorization", basic(user.email(), Api.PASSWORD)));

        assertThat(withPassword.get("/api/people").status()).isEqualTo(401);
        assertThat(withPassword.post("/api/tokens", Map.of("name", "laptop")).status()).isEqualTo(201);
        Client wrongPassword = api.withHeaders(Map.of("Authorization", basic(user.email(), "wrong-password!")));
        assertThat(wrongPassword.post("/api/tokens", Map.of("name", "x")).status()).isEqualTo(401);
    }

    @Test
    void issuedTokenIsShownOnceStoredAsHashAndListedWithoutSecret() {
        NewUser user = api.newUser("member", null);
        Reply issued = user.client().post("/api/tokens", Map.of("name", "CI job"));
        String secret = issued.body().get("token").asString();

        assertThat(issued.status()).isEqualTo(201);
        assertThat(secret).startsWith("hs_");
        assertThat(api.bearer(secret).get("/api/users/me").body().get("email").asString()).isEqualTo(user.email());
        Reply list = user.client().get("/api/tokens");
        assertThat(list.raw()).contains("CI job").doesNotContain(secret);
        String stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", UUID.fromString(issued.id())).query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokens.hash(secret)).doesNotContain(secret);
    }

    @Test
    void revokedTokenStopsAtOnceAndOthersCannotRevokeIt() {
        NewUser user = api.newUser("member", null);
        Reply issued = user.client().post("/api/tokens", Map.of("name", "to revoke"));
        Client token = api.bearer(issued.body().get("token").asString());
        assertThat(token.get("/api/people").status()).isEqualTo(200);

        NewUser stranger = api.newUser("member", null);
        assertThat(stranger.client().delete("/api/tokens/" + issued.id(), null).status()).isEqualTo(404);
        assertThat(token.get("/api/people").status()).isEqualTo(200);

        assertThat(user.client().delete("/api/tokens/" + issued.id(), null).status()).isEqualTo(204);
        assertThat(token.get("/api/people").status()).isEqualTo(401);
    }

    @Test
    void expiredTokenIs401AndAPastExpiryIsRefused() {
        NewUser user = api.newUser("member", null);
        Reply issued = user.client().post("/api/tokens", Map.of("name", "short", "expiresAt",
                OffsetDateTime.now().plusDays(1).toString()));
        Client token = api.bearer(issued.body().get("token").asString());
        assertThat(token.get("/api/people").status()).isEqualTo(200);

        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", OffsetDateTime.now().minusMinutes(1)).param("id", UUID.fromString(issued.id())).update();

        assertThat(token.get("/api/people").status()).isEqualTo(401);
        assertThat(user.client().post("/api/tokens", Map.of("name", "past", "expiresAt",
                OffsetDateTime.now().minusDays(1).toString())).status()).isEqualTo(400);
    }

    @Test
    void disabledUsersTokensAndSessionsStopAtOnceAndTheirRecordsStay() {
        NewUser user = api.newUser("member", null);
        Reply person = user.client().post("/api/people", Map.of("name", "Kept Person " + UUID.randomUUID()));
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        assertThat(session.get("/people").statusCode()).isEqualTo(200);

        assertThat(api.post("/api/users/" + user.id() + "/disable", Map.of()).status()).isEqualTo(200);

        assertThat(user.client().get("/api/people").status()).isEqualTo(401);
        assertThat(session.get("/people").statusCode()).isEqualTo(302);
        assertThat(session.getJson("/api/people").statusCode()).isEqualTo(401);
        assertThat(WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).signInLocation())
                .contains("/login?error");
        assertThat(api.get("/api/people/" + person.id()).status()).isEqualTo(200);

        assertThat(api.post("/api/users/" + user.id() + "/enable", Map.of()).status()).isEqualTo(200);
        assertThat(user.client().get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void sessionRequestsNeedTheCsrfTokenButTokenRequestsDoNot() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        String body = "{\"name\": \"Csrf Person\"}";

        HttpResponse<String> withoutToken = session.postJson("/api/people", body, null);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("/problems/forbidden", "CSRF");
        assertThat(session.postForm("/people", Map.of("name", "Form Without Csrf")).statusCode()).isEqualTo(403);

        String csrf = session.csrfFrom("/people/new");
        assertThat(session.postJson("/api/people", body, csrf).statusCode()).isEqualTo(201);
        assertThat(user.client().post("/api/people", Map.of("name", "Token Person")).status()).isEqualTo(201);
    }

    @Test
    void anAuthorizationHeaderThatSignsNobodyInDoesNotExcuseASessionFromCsrf() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        String person = "{\"name\": \"Csrf Person\"}";

        for (String header : List.of("Basic Zm9vOmJhcg==", basic(user.email(), Api.PASSWORD), "Digest x", "Foo")) {
            Map<String, String> authorization = Map.of("Authorization", header);
            assertThat(session.postJson("/api/people", person, null, authorization).statusCode())
                    .as(header).isEqualTo(403);
        }
    }

    @Test
    void anAuthorizationHeaderThatSignsNobodyInDoesNotExcuseTokenIssuingFromCsrf() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        String token = "{\"name\": \"csrf token\"}";

        for (String header : List.of("Basic Zm9vOmJhcg==", "Digest x", "Foo", "Basic not-base64!")) {
            assertThat(session.postJson("/api/tokens", token, null, Map.of("Authorization", header)).statusCode())
                    .as(header).isIn(401, 403);
        }
        assertThat(session.postJson("/api/tokens", token, null).statusCode()).isEqualTo(403);
    }

    @Test
    void aPasswordOrTokenThatSignsInNeedsNoCsrfEvenBesideASessionCookie() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        String bearer = user.client().post("/api/tokens", Map.of("name", "beside a cookie")).body().get("token")
                .asString();

        assertThat(session.postJson("/api/tokens", "{\"name\": \"by password\"}", null,
                Map.of("Authorization", basic(user.email(), Api.PASSWORD))).statusCode()).isEqualTo(201);
        assertThat(session.postJson("/api/people", "{\"name\": \"By Token\"}", null,
                Map.of("Authorization", "Bearer " + bearer)).statusCode()).isEqualTo(201);
        assertThat(session.postJson("/api/tokens", "{\"name\": \"by token\"}", null,
                Map.of("Authorization", "Bearer " + bearer)).statusCode()).isEqualTo(201);
    }

    @Test
    void aMemberCannotManageUsersNorMakeThemselvesAdmin() {
        NewUser member = api.newUser("member", null);
        Reply me = member.client().get("/api/users/me");
        Map<String, Object> promotion = Map.of("displayName", "Me", "role", "admin");

        assertThat(member.client().put("/api/users/" + member.id(), promotion, me.etag()).status()).isEqualTo(403);
        assertThat(member.client().post("/api/users", Map.of("email", "x" + UUID.randomUUID() + "@example.org",
                "displayName", "X", "role", "admin", "password", "long-enough-password")).status()).isEqualTo(403);
        assertThat(member.client().post("/api/users/" + member.id() + "/disable", Map.of()).status()).isEqualTo(403);
        Reply sneaky = member.client().put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "another-long-password", "role", "admin"), null);
        assertThat(sneaky.status()).isEqualTo(400);
        assertThat(member.client().get("/api/users/me").body().get("role").asString()).isEqualTo("member");
    }

    @Test
    void passwordChangeNeedsTheCurrentOneAndTakesEffect() {
        NewUser user = api.newUser("member", null);

        Reply wrong = user.client().put("/api/users/me/password", Map.of("currentPassword", "not-my-password",
                "newPassword", "a-brand-new-password"), null);
        assertThat(wrong.status()).isEqualTo(400);
        Reply tooShort = user.client().put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "short"), null);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(user.client().put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "a-brand-new-password"), null).status()).isEqualTo(204);

        assertThat(WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).signInLocation()).contains("error");
        assertThat(WebSession.signIn(api.baseUrl(), user.email(), "a-brand-new-password").signInLocation())
                .doesNotContain("error");
    }

    @Test
    void passwordChangeSignsOutEveryOtherSessionButKeepsThisOneAndTheTokens() {
        NewUser user = api.newUser("member", null);
        WebSession here = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        WebSession elsewhere = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        assertThat(elsewhere.get("/people").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = here.postForm("/account/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "a-brand-new-password", "repeatPassword", "a-brand-new-password",
                "_csrf", here.csrfFrom("/account")));

        assertThat(changed.headers().firstValue("Location").orElse("")).endsWith("/account");
        assertThat(here.get("/account").body()).contains("Your password was changed.");
        assertThat(elsewhere.get("/people").statusCode()).isEqualTo(302);
        assertThat(elsewhere.getJson("/api/people").statusCode()).isEqualTo(401);
        assertThat(here.get("/people").statusCode()).isEqualTo(200);
        assertThat(user.client().get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void passwordChangeByTokenSignsOutEverySession() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        assertThat(session.get("/people").statusCode()).isEqualTo(200);

        assertThat(user.client().put("/api/users/me/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "a-brand-new-password"), null).status()).isEqualTo(204);

        assertThat(session.get("/people").statusCode()).isEqualTo(302);
        assertThat(user.client().get("/api/people").status()).isEqualTo(200);
    }

    @Test
    void repeatedFailedSignInsLockTheAccountForAWhile() {
        NewUser user = api.newUser("member", null);
        for (int i = 0; i < 5; i++) {
            assertThat(WebSession.signIn(api.baseUrl(), user.email(), "wrong-password-" + i).signInLocation())
                    .contains("error=failed");
        }

        String location = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).signInLocation();

        assertThat(location).contains("error=locked");
        Client basic = api.withHeaders(Map.of("Authorization", basic(user.email(), Api.PASSWORD)));
        assertThat(basic.post("/api/tokens", Map.of("name", "locked")).status()).isEqualTo(401);
        jdbc.sql("delete from login_throttle where subject like :account")
                .param("account", "account:" + user.email()).update();
        assertThat(WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).signInLocation())
                .doesNotContain("error");
    }

    @Test
    void pagesSendSecurityHeadersAndSecureSessionCookies() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        HttpResponse<String> page = session.get("/people");

        assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        HttpResponse<String> signIn = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD).get("/login");
        assertThat(session.sessionCookie()).startsWith("SESSION=");
        assertThat(signIn.headers().allValues("Set-Cookie")).allMatch(c -> c.contains("Secure") && c.contains("HttpOnly"));
    }

    @Test
    void pagesNeedSignInAndAdminPagesNeedAnAdmin() {
        assertThat(api.anonymous().get("/people").status()).isEqualTo(302);
        NewUser member = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);

        assertThat(session.get("/users").statusCode()).isEqualTo(403);
        assertThat(session.get("/audit").statusCode()).isEqualTo(403);
        assertThat(session.get("/jobs").statusCode()).isEqualTo(403);
        assertThat(session.get("/people").statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsDoNotNameTheHostTheRequestClaims() {
        int port = Integer.parseInt(api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1));

        String toSignIn = RawHttp.send(port, "GET", "/people", "Host: evil.example\r\n", "");

        assertThat(toSignIn).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
    }
}
