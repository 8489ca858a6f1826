package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The deployments list filtered by health fills its pages with deployments of that health, however they sort. */
@HandshakeTest
class DeploymentListTest {

    private static final Instant NOW = Instant.parse("2026-09-30T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-09-30");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @BeforeEach
    void fixTheClock() {
        clock.fixAt(NOW);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void aPageFilteredByHealthIsFullWhenOthersSortBeforeIt() {
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Listed " + UUID.randomUUID())).id();
        // Six on track sort first; the three at risk (a milestone due yesterday) sort after them.
        for (int i = 0; i < 6; i++) {
            deployment(client, organization, "A on track " + i);
        }
        List<String> atRisk = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String deployment = deployment(client, organization, "B at risk " + i);
            client.post("/api/deployments/" + deployment + "/milestones", Map.of("name", "Training", "dueOn",
                    TODAY.minusDays(1).toString()));
            atRisk.add(deployment);
        }

        String base = "/api/deployments?organizationId=" + organization + "&health=at_risk&limit=2";
        JsonNode first = client.get(base).body();
        assertThat(ids(first)).containsExactlyElementsOf(atRisk.subList(0, 2));
        assertThat(next(first)).isNotNull();
        JsonNode second = client.get(base + "&after=" + next(first)).body();
        assertThat(ids(second)).containsExactly(atRisk.get(2));
        assertThat(next(second)).isNull();

        JsonNode onTrack = client.get("/api/deployments?organizationId=" + organization + "&health=on_track&limit=100")
                .body();
        assertThat(ids(onTrack)).hasSize(6).doesNotContainAnyElementsOf(atRisk);
    }

    private static String deployment(Client client, String organization, String name) {
        return client.post("/api/deployments", Map.of("name", name, "organizationId", organization, "visibility",
                "shared", "startedOn", TODAY.minusDays(5).toString())).id();
    }

    private static String next(JsonNode page) {
        JsonNode next = page.get("next");
        return next == null || next.isNull() ? null : next.asString();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
