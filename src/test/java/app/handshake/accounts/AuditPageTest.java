package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit page tells changes in words, filters by user, and shows nothing to someone who may not read it. */
@HandshakeTest
class AuditPageTest {

    @Autowired
    Api api;

    @Test
    void aChangedEmailReadsInWordsAndTheFilterByUserKeepsOnlyTheirChanges() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.NewUser member = api.newUser("member", null);
        Reply created = member.client().post("/api/people", Map.of("name", "Audit " + tag,
                "emails", List.of(Map.of("address", "a." + tag + "@example.com"))));
        String id = created.id();
        Reply read = member.client().get("/api/people/" + id);
        member.client().put("/api/people/" + id, Map.of("name", "Audit " + tag,
                "emails", List.of(Map.of("address", "b." + tag + "@example.com")),
                "phones", List.of(Map.of("number", "+44 20 7946 0000", "label", "mobile")),
                "tags", List.of("vip")), read.etag());
        api.post("/api/people", Map.of("name", "Admin audit " + tag));

        WebSession admin = WebSession.signIn(api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String all = admin.get("/audit?record=" + tag).body();
        assertThat(all).contains("Email changed from a." + tag + "@example.com to b." + tag + "@example.com",
                "Phone added: +44 20 7946 0000 (mobile)", "Tags: added &#39;vip&#39;", "Admin audit " + tag)
                .doesNotContain("LabelledValue", "[vip]");

        String theirs = admin.get("/audit?record=" + tag + "&userId=" + member.id()).body();
        assertThat(theirs).contains("Email changed from").doesNotContain("Admin audit " + tag);

        String past = admin.get("/audit?record=" + tag + "&to=2000-01-01").body();
        assertThat(past).doesNotContain("Email changed from").contains("No change matches this filter");
    }

    @Test
    void someoneWhoMayNotReadTheAuditLogSeesNoneOfIt() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api.NewUser owner = api.newUser("member", null);
        owner.client().post("/api/people", Map.of("name", "Secret " + tag, "visibility", "private"));
        Api.NewUser other = api.newUser("member", null);

        WebSession session = WebSession.signIn(api.baseUrl(), other.email(), Api.PASSWORD);
        var page = session.get("/audit?record=" + tag);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Secret " + tag);
        assertThat(other.client().get("/api/audit?limit=100").status()).isEqualTo(403);
    }
}
