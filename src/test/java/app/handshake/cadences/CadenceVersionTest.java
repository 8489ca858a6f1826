package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cadence set on a person is changed only by someone who saw its latest version, in the API and the page. */
@HandshakeTest
class CadenceVersionTest {

    @Autowired
    Api api;

    private String person(Client client) {
        return client.post("/api/people", Map.of("name", "Versioned " + UUID.randomUUID().toString().substring(0, 6))).id();
    }

    @Test
    void aChangeWithoutIfMatchOrOnAStaleVersionIsRefusedAndChangesNothing() {
        Client seller = api.newUser("member", null).client();
        String path = "/api/people/" + person(seller) + "/cadence";
        Reply none = seller.get(path);
        assertThat(none.etag()).isEqualTo("\"0\"");

        Reply unconditional = seller.put(path, Map.of("intervalDays", 7), null);
        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(unconditional.body().get("type").asString()).isEqualTo("/problems/if-match-required");
        assertThat(seller.get(path).body().get("intervalDays").isNull()).isTrue();

        Reply first = seller.put(path, Map.of("intervalDays", 14), none.etag());
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"1\"");
        Reply second = seller.put(path, Map.of("intervalDays", 30), none.etag());
        assertThat(second.status()).isEqualTo(412);
        assertThat(second.body().get("type").asString()).isEqualTo("/problems/stale-version");
        assertThat(seller.get(path).body().get("intervalDays").asInt()).isEqualTo(14);

        assertThat(seller.delete(path, none.etag()).status()).isEqualTo(412);
        Reply removed = seller.delete(path, first.etag());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.etag()).isEqualTo("\"2\"");
        // Removed and set again, it never matches a version read before.
        assertThat(seller.put(path, Map.of("intervalDays", 30), none.etag()).status()).isEqualTo(412);
        assertThat(seller.put(path, Map.of("intervalDays", 30), first.etag()).status()).isEqualTo(412);
        Reply again = seller.put(path, Map.of("intervalDays", 30), removed.etag());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.etag()).isEqualTo("\"3\"");
        assertThat(seller.get(path).etag()).isEqualTo("\"3\"");
        assertThat(seller.put(path, Map.of("intervalDays", 21), "*").status()).isEqualTo(200);
    }

    @Test
    void thePageFormCarriesTheVersionItWasReadAt() {
        NewUser seller = api.newUser("member", null);
        String person = person(seller.client());
        WebSession page = WebSession.signIn(api.baseUrl(), seller.email(), Api.PASSWORD);
        String card = page.get("/people/" + person + "/cadence-card").body();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(card);
        assertThat(version.find()).as(card).isTrue();
        String read = version.group(1);
        String csrf = page.csrfFrom("/people/" + person);

        // Someone else sets a cadence after the page was read: the form's change is refused.
        assertThat(seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 91), "*").status())
                .isEqualTo(200);
        var stale = page.postForm("/people/" + person + "/cadence", Map.of("intervalDays", "7", "version", read,
                "_csrf", csrf));
        assertThat(stale.statusCode()).isEqualTo(302);
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("intervalDays").asInt())
                .isEqualTo(91);
        assertThat(page.get("/people/" + person).body()).contains("someone changed it since you opened this page");
        var unversioned = page.postForm("/people/" + person + "/cadence", Map.of("intervalDays", "7", "_csrf", csrf));
        assertThat(unversioned.statusCode()).isEqualTo(302);
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("intervalDays").asInt())
                .isEqualTo(91);

        String current = seller.client().get("/api/people/" + person + "/cadence").etag().replace("\"", "");
        page.postForm("/people/" + person + "/cadence", Map.of("intervalDays", "7", "version", current, "_csrf", csrf));
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("intervalDays").asInt())
                .isEqualTo(7);
    }
}
