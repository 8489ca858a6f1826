package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The deployments export: one line for each deployment the caller may see, with its organization, owner, start,
 * active use of the whole and of its sites, and health as the deployment itself shows them; a private deal's
 * deployment is not in the file of one who may not see the deal.
 */
@HandshakeTest
class DeploymentsExportTest {

    private static final Map<String, String> HEALTH = Map.of("on_track", "On track", "at_risk", "At risk",
            "stalled", "Stalled");

    @Autowired
    Api api;

    @Test
    void aMembersExportHoldsTheDeploymentsTheyMaySeeAndLeavesOutAnotherMembersPrivateDealsOne() {
        NewUser owner = api.newUser("member", null);
        Client seller = owner.client();
        Client colleague = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organization = seller.post("/api/organizations", Map.of("name", "Rollout Works " + tag)).id();
        String shared = won(seller, "Shared rollout " + tag, organization, "shared");
        won(seller, "Private rollout " + tag, organization, "private");
        won(colleague, "Colleague rollout " + tag, organization, "shared");
        // Two sites; Leeds used by 15 of its 20 seats for fourteen days, York not live yet.
        String leeds = seller.post("/api/deployments/" + shared + "/sites", Map.of("name", "Leeds", "licensedSeats", 20))
                .body().path("sites").get(0).path("id").asString();
        assertThat(seller.post("/api/deployments/" + shared + "/sites", Map.of("name", "York", "licensedSeats", 10))
                .status()).isEqualTo(201);
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            days.add(Map.of("siteId", leeds, "day", LocalDate.of(2026, 3, 2).plusDays(i).toString(), "activeUsers", 15));
        }
        Reply posted = seller.post("/api/deployments/" + shared + "/usage", Map.of("rows", days));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);

        Reply theirs = colleague.get("/api/exports/deployments.csv");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.header("Content-Disposition")).startsWith("attachment").contains("deployments.csv");
        assertThat(rows(theirs.raw(), tag)).as("another member's private deal's deployment is left out")
                .containsOnlyKeys("Shared rollout " + tag, "Colleague rollout " + tag);
        assertThat(theirs.raw()).doesNotContain("Private rollout " + tag);

        Map<String, Map<String, String>> mine = rows(seller.get("/api/exports/deployments.csv").raw(), tag);
        assertThat(mine).containsOnlyKeys("Shared rollout " + tag, "Private rollout " + tag, "Colleague rollout " + tag);
        JsonNode deployment = seller.get("/api/deployments/" + shared).body();
        assertThat(mine.get("Shared rollout " + tag)).containsEntry("id", shared)
                .containsEntry("organization", "Rollout Works " + tag)
                .containsEntry("owner", deployment.path("ownerName").asString())
                .containsEntry("started", deployment.path("startedOn").asString())
                .containsEntry("in_active_use_since", "2026-03-15").containsEntry("sites", "2")
                .containsEntry("sites_in_active_use", "1")
                .containsEntry("health", HEALTH.get(deployment.path("health").asString()));
        assertThat(mine.get("Private rollout " + tag)).containsEntry("in_active_use_since", "")
                .containsEntry("sites", "0").containsEntry("sites_in_active_use", "0");
    }

    /** Wins a deal, which opens its deployment; answers the deployment's id. */
    private static String won(Client client, String name, String organization, String visibility) {
        Reply deal = client.post("/api/deals", Map.of("name", name, "organizationId", organization,
                "visibility", visibility));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        assertThat(client.post("/api/deals/" + deal.id() + "/win", Map.of()).status()).isEqualTo(200);
        JsonNode found = client.get("/api/deployments?dealId=" + deal.id()).body().path("items");
        assertThat(found).hasSize(1);
        return found.get(0).path("id").asString();
    }

    private static Map<String, Map<String, String>> rows(String csv, String tag) {
        Map<String, Map<String, String>> rows = new HashMap<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.replace("\uFEFF", ""))) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.getField(i));
                }
                if (row.get("name").endsWith(tag)) {
                    rows.put(row.get("name"), row);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }
}
