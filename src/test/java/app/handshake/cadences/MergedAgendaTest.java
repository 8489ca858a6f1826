package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A merge keeps each record's place on the agenda: the cadence set on the duplicate and every snooze of it. */
@HandshakeTest
class MergedAgendaTest {

    private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOON);
        seller = api.newUser("member", null);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    private String dueNow(String name) {
        String id = seller.client().post("/api/people", Map.of("name", name + " " + UUID.randomUUID().toString()
                .substring(0, 6))).id();
        // Never met: due from the moment the cadence applies.
        assertThat(seller.client().put("/api/people/" + id + "/cadence", Map.of("intervalDays", 7), "*").status())
                .isEqualTo(200);
        return id;
    }

    private void snooze(String person, String until) {
        assertThat(seller.client().post("/api/agenda/" + person + "/snooze", Map.of("until", until)).status()).isEqualTo(204);
    }

    private List<String> agenda() {
        List<String> ids = new ArrayList<>();
        seller.client().get("/api/agenda").body().path("items").forEach(i -> ids.add(i.path("personId").asString()));
        return ids;
    }

    private JsonNode merge(String survivor, String duplicate) {
        Reply merged = seller.client().post("/api/people/" + survivor + "/merge", Map.of("duplicateId", duplicate));
        assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
        return merged.body();
    }

    @Test
    void whereBothWereSnoozedTheLaterSnoozeHolds() {
        String survivor = dueNow("Snoozed Briefly");
        String duplicate = dueNow("Snoozed Long");
        snooze(survivor, "2026-11-27");
        snooze(duplicate, "2026-12-04");

        JsonNode merged = merge(survivor, duplicate);

        assertThat(merged.path("merge").path("outcome").toString()).contains("2026-12-04").contains("later snooze");
        clock.advance(Duration.ofDays(5));
        assertThat(agenda()).doesNotContain(survivor);
        clock.advance(Duration.ofDays(6));
        assertThat(agenda()).contains(survivor);
    }

    @Test
    void theDuplicatesSnoozeAndCadenceCarryOver() {
        String survivor = seller.client().post("/api/people", Map.of("name", "No Cadence Yet")).id();
        String duplicate = dueNow("Has The Cadence");
        snooze(duplicate, "2026-11-28");
        assertThat(agenda()).doesNotContain(survivor, duplicate);

        JsonNode merged = merge(survivor, duplicate);

        assertThat(merged.path("merge").path("outcome").toString()).contains("moved from").contains("2026-11-28");
        assertThat(seller.client().get("/api/people/" + survivor + "/cadence").body().path("intervalDays").asInt())
                .isEqualTo(7);
        assertThat(agenda()).doesNotContain(survivor);
        clock.advance(Duration.ofDays(4));
        assertThat(agenda()).contains(survivor);
    }
}
