package app.handshake.imports;

import static app.handshake.imports.ImportsApiTest.importBytes;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The deals export: every field of every deal the caller may see, money in minor units, people with their roles,
 * cells a spreadsheet would run escaped; nothing of a deal, organization or person the caller may not see; and
 * the deals import reads it back without making anything twice.
 */
@HandshakeTest
class DealsExportTest {

    @Autowired
    Api api;

    @Test
    void theExportHoldsEveryFieldOfTheDealsTheCallerMaySeeAndNothingElse() {
        NewUser owner = api.newUser("member", null);
        Client seller = owner.client();
        Client colleague = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organization = seller.post("/api/organizations", Map.of("name", "Export Works " + tag)).id();
        String secretOrganization = seller.post("/api/organizations", Map.of("name", "Hidden Works " + tag,
                "visibility", "private")).id();
        String dana = seller.post("/api/people", Map.of("name", "Dana " + tag, "organizationId", organization,
                "emails", List.of(Map.of("address", "dana." + tag + "@example.com")))).id();
        String ghost = seller.post("/api/people", Map.of("name", "Ghost " + tag, "visibility", "private",
                "emails", List.of(Map.of("address", "ghost." + tag + "@example.com")))).id();
        Reply lost = seller.post("/api/deals", Map.of("name", "Lost " + tag, "organizationId", organization,
                "value", Map.of("amount", 250_000_050L, "currency", "GBP"), "expectedClose", "2027-03-31",
                "competitors", List.of("Rival Inc"), "notes", "=HYPERLINK(\"http://evil.example\")",
                "people", List.of(Map.of("personId", dana, "role", "decision_maker"),
                        Map.of("personId", ghost, "role", "champion"))));
        assertThat(lost.status()).as(lost.raw()).isEqualTo(201);
        assertThat(seller.withIfMatch(lost.etag()).post("/api/deals/" + lost.id() + "/lose",
                Map.of("reason", "Price", "competitor", "Rival Inc")).status()).isEqualTo(200);
        Reply followOn = seller.post("/api/deals", Map.of("name", "Follow-on " + tag, "organizationId", organization,
                "originDealId", lost.id()));
        assertThat(followOn.status()).as(followOn.raw()).isEqualTo(201);
        seller.post("/api/deals", Map.of("name", "Private " + tag, "organizationId", organization,
                "visibility", "private"));
        seller.post("/api/deals", Map.of("name", "At hidden " + tag, "organizationId", secretOrganization));

        Reply mine = seller.get("/api/exports/deals.csv");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Content-Disposition")).startsWith("attachment").contains("deals.csv");
        Map<String, Map<String, String>> own = rows(mine.raw(), tag);
        assertThat(own).containsOnlyKeys("Lost " + tag, "Follow-on " + tag, "Private " + tag, "At hidden " + tag);
        Map<String, String> row = own.get("Lost " + tag);
        assertThat(row).containsEntry("id", lost.id()).containsEntry("organization", "Export Works " + tag)
                .containsEntry("organization_id", organization).containsEntry("stage", "Qualified")
                .containsEntry("outcome", "lost").containsEntry("value_minor_units", "250000050")
                .containsEntry("currency", "GBP").containsEntry("expected_close", "2027-03-31")
                .containsEntry("loss_reason", "Price").containsEntry("won_by", "Rival Inc")
                .containsEntry("competitor", "Rival Inc").containsEntry("won_back", "false")
                .containsEntry("follow_on_deals", "Follow-on " + tag).containsEntry("visibility", "shared")
                .containsEntry("notes", "'=HYPERLINK(\"http://evil.example\")");
        assertThat(row.get("people")).isEqualTo("dana." + tag + "@example.com:decision_maker; ghost." + tag
                + "@example.com:champion");
        assertThat(row.get("closed_at")).isNotBlank();
        assertThat(own.get("Follow-on " + tag)).containsEntry("origin_deal_id", lost.id())
                .containsEntry("origin_deal", "Lost " + tag).containsEntry("outcome", "open");

        Reply theirs = colleague.get("/api/exports/deals.csv");
        Map<String, Map<String, String>> seen = rows(theirs.raw(), tag);
        assertThat(seen).as("no private deal, no deal at a private organization")
                .containsOnlyKeys("Lost " + tag, "Follow-on " + tag);
        assertThat(seen.get("Lost " + tag).get("people")).isEqualTo("dana." + tag + "@example.com:decision_maker");
        assertThat(theirs.raw()).doesNotContain("Ghost " + tag).doesNotContain("ghost." + tag)
                .doesNotContain("Hidden Works " + tag).doesNotContain("Private " + tag);
        assertThat(api.anonymous().get("/api/exports/deals.csv").status()).isEqualTo(401);

        // The export goes back in through the deals import: every deal is found, none made twice. (This test's rows:
        // the workspace holds other deals too.)
        List<String> lines = mine.raw().lines().toList();
        String ours = lines.getFirst() + "\n" + String.join("\n", lines.stream().filter(l -> l.contains(tag)).toList());
        JsonNode again = importBytes(seller, "deals.csv", ours.getBytes(StandardCharsets.UTF_8), "");
        assertThat(again.path("status").asString()).as(again.toString()).isEqualTo("succeeded");
        assertThat(again.path("format").asString()).isEqualTo("deals");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(4);
        assertThat(seller.get("/api/deals?q=" + tag).body().path("items")).hasSize(4);
    }

    /** The rows of this test's deals, by name, as column to value. */
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
