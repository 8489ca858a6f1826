package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session's last access is written when it has moved on by a step, not on every page: pages only read
 * their session. Idle sessions still end, and a session in use still stays alive.
 */
@HandshakeTest
class SessionLastAccessTest {

    private static final long EIGHT_HOURS = Duration.ofHours(8).toMillis();

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesOpenedWithinAStepLeaveTheStoredSessionAsItWas() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        Stamp signedIn = stamp(user);

        for (String page : new String[] {"/", "/people", "/figures", "/people"}) {
            assertThat(session.get(page).statusCode()).isEqualTo(200);
        }

        assertThat(stamp(user)).isEqualTo(signedIn);
    }

    @Test
    void aPageOpenedAStepLaterKeepsTheSessionAliveForItsWholeIdleTime() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        long stepAndASecond = SparingSessionRepository.STEP.plusSeconds(1).toMillis();
        moveBack(user, stepAndASecond);
        Stamp movedBack = stamp(user);

        long before = System.currentTimeMillis();
        assertThat(session.get("/people").statusCode()).isEqualTo(200);

        Stamp after = stamp(user);
        assertThat(after.lastAccess()).isGreaterThanOrEqualTo(before).isGreaterThan(movedBack.lastAccess());
        assertThat(after.expiry()).isEqualTo(after.lastAccess() + EIGHT_HOURS);
    }

    @Test
    void aSessionIdleForItsWholeIdleTimeEndsAndSignsOut() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        moveBack(user, EIGHT_HOURS + 1_000);

        var reply = session.get("/people");
        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user.id().toString()).query(Long.class).single()).isZero();
    }

    @Test
    void whatASessionRemembersIsStillWrittenWithinAStep() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);

        // the notice after a change rides to the next page in the session
        assertThat(session.postForm("/account/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "another-long-password", "repeatPassword", "another-long-password",
                "_csrf", session.csrfFrom("/account"))).statusCode()).isEqualTo(302);

        assertThat(session.get("/account").body()).contains("Your password was changed.");
    }

    private record Stamp(long lastAccess, long expiry) {}

    private Stamp stamp(NewUser user) {
        return jdbc.sql("select last_access_time, expiry_time from spring_session where principal_name = ?")
                .param(user.id().toString())
                .query((rs, row) -> new Stamp(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    private void moveBack(NewUser user, long millis) {
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                        + " where principal_name = ?")
                .params(millis, millis, user.id().toString())
                .update();
    }
}
