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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The partners and endorsements exports: only what the reader may see (no partner on a person they may not see, no
 * endorsement by such a person), cells a spreadsheet will not run, and files the imports read back to the same
 * partners and endorsements.
 */
@HandshakeTest
class PartnersExportTest {

    @Autowired
    Api api;

    @Test
    void aColleaguesExportLeavesOutThePrivatePersonsPartnerAndTheirEndorsement() {
        Made made = made();

        Reply theirs = made.colleague().client().get("/api/exports/partners.csv");
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.header("Content-Disposition")).startsWith("attachment").contains("partners.csv");
        assertThat(names(rows(theirs.raw(), made.tag()), "name")).containsExactly("Harbour Electrics " + made.tag());
        assertThat(theirs.raw()).doesNotContain("Piper").doesNotContain(made.privateEmail());
        List<Map<String, String>> theirEndorsements = rows(made.colleague().client()
                .get("/api/exports/endorsements.csv").raw(), made.tag());
        assertThat(theirEndorsements).extracting(r -> r.get("endorser"))
                .containsExactly(made.colleague().email());

        List<Map<String, String>> mine = rows(made.owner().client().get("/api/exports/partners.csv").raw(), made.tag());
        assertThat(names(mine, "name")).containsExactlyInAnyOrder("Harbour Electrics " + made.tag(),
                "Piper Plumbing " + made.tag());
        Map<String, String> harbour = mine.stream().filter(r -> r.get("name").startsWith("Harbour")).findFirst()
                .orElseThrow();
        assertThat(harbour).containsEntry("kind", "company").containsEntry("organization", "Harbour Electrics "
                + made.tag()).containsEntry("specialties", "Electrical").containsEntry("person", "")
                .containsEntry("areas", "city:Duluth; radius:46.78,-92.1,30")
                .containsEntry("certifications", "Master Electrician|State of Minnesota|2027-05-01")
                // A description that opens like a formula is written so that a spreadsheet shows it as text.
                .containsEntry("description", "'=HYPERLINK(\"http://evil.example\")");
        List<Map<String, String>> myEndorsements = rows(made.owner().client().get("/api/exports/endorsements.csv")
                .raw(), made.tag());
        assertThat(myEndorsements).extracting(r -> r.get("endorser") + " " + r.get("date") + " " + r.get("rating")
                + " " + r.get("specialty")).containsExactlyInAnyOrder(
                made.privateEmail() + " 2026-03-01 5 Electrical", made.colleague().email() + " 2026-03-02 4 ");
    }

    @Test
    void theExportsImportBackToTheSamePartnersAndEndorsements() {
        Made made = made();
        Client owner = made.owner().client();
        // Only this test's rows: other tests share the workspace, some with people of the same name.
        String partners = own(owner.get("/api/exports/partners.csv").raw(), made.tag());
        String endorsements = own(owner.get("/api/exports/endorsements.csv").raw(), made.tag());

        // Imported over what is there: nothing twice.
        assertThat(importBytes(owner, "partners.csv", bytes(partners), "").path("unchanged").asLong())
                .isGreaterThanOrEqualTo(2);
        var again = importBytes(owner, "endorsements.csv", bytes(endorsements), "");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();

        // Into a workspace without them: the same partners and endorsements again.
        for (String id : made.partnerIds()) {
            assertThat(owner.delete("/api/partners/" + id, "*").status()).isEqualTo(204);
        }
        var restored = importBytes(owner, "partners.csv", bytes(partners), "?format=partners");
        assertThat(restored.path("status").asString()).as(restored.toString()).isEqualTo("succeeded");
        var endorsed = importBytes(owner, "endorsements.csv", bytes(endorsements), "?format=endorsements");
        assertThat(endorsed.path("status").asString()).as(endorsed.toString()).isEqualTo("succeeded");
        assertThat(withoutIds(rows(owner.get("/api/exports/partners.csv").raw(), made.tag())))
                .containsExactlyInAnyOrderElementsOf(withoutIds(rows(partners, made.tag())));
        assertThat(rows(owner.get("/api/exports/endorsements.csv").raw(), made.tag()))
                .containsExactlyInAnyOrderElementsOf(rows(endorsements, made.tag()));
    }

    /** The header and the lines that carry the tag. */
    private static String own(String csv, String tag) {
        List<String> lines = csv.lines().toList();
        return lines.getFirst() + "\n" + String.join("\n", lines.stream().skip(1).filter(l -> l.contains(tag)).toList())
                + "\n";
    }

    private record Made(NewUser owner, NewUser colleague, String tag, String privateEmail, List<String> partnerIds) {}

    /**
     * An owner's shared organization and private person, each a partner; the organization endorsed by the private
     * person and by a colleague.
     */
    private Made made() {
        NewUser owner = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        Client client = owner.client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String privateEmail = "piper." + tag + "@example.org";
        String person = client.post("/api/people", Map.of("name", "Piper " + tag, "emails",
                List.of(Map.of("address", privateEmail)), "visibility", "private")).id();
        String organization = client.post("/api/organizations", Map.of("name", "Harbour Electrics " + tag)).id();
        Reply harbour = client.post("/api/partners", Map.of("organizationId", organization,
                "description", "=HYPERLINK(\"http://evil.example\")"));
        assertThat(harbour.status()).as(harbour.raw()).isEqualTo(201);
        Reply piper = client.post("/api/partners", Map.of("personId", person, "name", "Piper Plumbing " + tag));
        assertThat(piper.status()).as(piper.raw()).isEqualTo(201);
        assertThat(client.put("/api/partners/" + harbour.id() + "/specialties", Map.of("specialties",
                List.of("electrician")), "*").status()).isEqualTo(200);
        assertThat(client.post("/api/partners/" + harbour.id() + "/areas", Map.of("kind", "city", "place", "Duluth"))
                .status()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + harbour.id() + "/areas", Map.of("kind", "radius",
                "latitude", 46.78, "longitude", -92.10, "radiusKm", 30)).status()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + harbour.id() + "/certifications", Map.of("name",
                "Master Electrician", "issuer", "State of Minnesota", "expiresOn", "2027-05-01")).status())
                .isEqualTo(201);
        assertThat(client.post("/api/partners/" + harbour.id() + "/endorsements", Map.of("endorserPersonId", person,
                "endorsedOn", "2026-03-01", "rating", 5, "said", "Rewired the harbour office",
                "specialtyId", "00000000-0000-7000-8000-000000001902")).status()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + harbour.id() + "/endorsements", Map.of("endorserUserId",
                colleague.id().toString(), "endorsedOn", "2026-03-02", "rating", 4)).status()).isEqualTo(201);
        return new Made(owner, colleague, tag, privateEmail, List.of(harbour.id(), piper.id()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).toList();
    }

    private static List<Map<String, String>> withoutIds(List<Map<String, String>> rows) {
        return rows.stream().map(r -> {
            Map<String, String> copy = new LinkedHashMap<>(r);
            copy.remove("id");
            return (Map<String, String>) copy;
        }).toList();
    }

    /** The rows of this test's records: a partner's name, or an endorsement's partner, ends with the tag. */
    private static List<Map<String, String>> rows(String csv, String tag) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.replace("\uFEFF", ""))) {
            List<String> header = null;
            for (CsvRecord record : reader) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.getField(i));
                }
                String name = row.containsKey("name") ? row.get("name") : row.get("partner");
                if (name.endsWith(tag)) {
                    rows.add(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
