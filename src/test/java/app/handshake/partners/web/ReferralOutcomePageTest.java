package app.handshake.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the partner page, a referral's outcome is one tap, and an outcome tapped by mistake is taken back the same way:
 * the referral has no outcome again, and says so.
 */
@HandshakeTest
class ReferralOutcomePageTest {

    @Autowired
    Api api;

    @Test
    void anOutcomeTappedByMistakeIsTakenBack() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        NewUser member = api.newUser("member", null);
        Reply organization = member.client().post("/api/organizations", Map.of("name", "Outcome Works " + tag));
        Reply partner = member.client().post("/api/partners", Map.of("organizationId", organization.id()));
        Reply referral = member.client().post("/api/referrals", Map.of("partnerId", partner.id(), "direction",
                "received", "need", "a new boiler"));
        assertThat(referral.status()).as(referral.raw()).isEqualTo(201);
        WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
        String page = "/partners/" + partner.id();
        assertThat(session.get(page).body()).contains("no outcome yet").doesNotContain(">No outcome yet<");

        HttpResponse<String> marked = session.postForm(page + "/referrals/" + referral.id() + "/outcome", Map.of(
                "outcome", "delivered_badly", "version", "0", "_csrf", session.csrfFrom(page)));
        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(member.client().get("/api/referrals/" + referral.id()).body().get("outcome").asString())
                .isEqualTo("delivered_badly");
        String shown = session.get(page).body();
        assertThat(shown).contains("marked delivered badly").contains(">No outcome yet<");

        HttpResponse<String> cleared = session.postForm(page + "/referrals/" + referral.id() + "/outcome", Map.of(
                "outcome", "", "version", "1", "_csrf", session.csrfFrom(page)));
        assertThat(cleared.statusCode()).isEqualTo(302);
        Reply after = member.client().get("/api/referrals/" + referral.id());
        assertThat(after.body().get("outcome").isNull()).as(after.raw()).isTrue();
        assertThat(after.body().get("outcomeOn").isNull()).isTrue();
        assertThat(session.get(page).body()).contains("has no outcome yet").doesNotContain(">No outcome yet<");
    }
}
