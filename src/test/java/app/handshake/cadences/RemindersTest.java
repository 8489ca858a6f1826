package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HandshakeTest
class RemindersTest {

    @Autowired
    Api api;

    @Test
    void aRunIsRecordedWithWhatItProducedAndOnlyAdminsSeeIt() {
        NewUser seller = api.newUser("member", null);
        String person = seller.client().post("/api/people", Map.of("name", "Reminded")).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 5), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(9).toString()));

        Reply run = api.post("/api/jobs/reminders", Map.of());

        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().get("outcome").asString()).isEqualTo("succeeded");
        assertThat(run.body().get("summary").asString()).contains("scores refreshed").contains("Test member");
        Reply runs = api.get("/api/jobs");
        assertThat(runs.body().get(0).get("id").asString()).isEqualTo(run.body().get("id").asString());
        assertThat(seller.client().get("/api/jobs").status()).isEqualTo(403);
        assertThat(seller.client().post("/api/jobs/reminders", Map.of()).status()).isEqualTo(403);
        assertThat(seller.client().get("/api/agenda").body().get("items").size()).isEqualTo(1);
    }
}
