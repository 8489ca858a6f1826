package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@HandshakeTest
class ExportsApiTest {

    @Autowired
    Api api;

    @Test
    void anExportHoldsOnlyWhatTheCallerMaySee() {
        Client owner = api.newUser("member", null).client();
        Client other = api.newUser("member", null).client();
        String secret = "Private " + UUID.randomUUID().toString().substring(0, 8);
        assertThat(owner.post("/api/people", Map.of("name", secret, "visibility", "private")).status()).isEqualTo(201);
        for (String path : List.of("/api/exports/people.csv", "/api/exports/people.vcf")) {
            Reply mine = owner.get(path);
            assertThat(mine.status()).isEqualTo(200);
            assertThat(mine.header("Content-Disposition")).startsWith("attachment");
            assertThat(mine.raw()).contains(secret);
            assertThat(other.get(path).raw()).doesNotContain(secret);
        }
        assertThat(api.anonymous().get("/api/exports/people.csv").status()).isEqualTo(401);
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreEscaped() {
        Client member = api.newUser("member", null).client();
        String name = "Formula " + UUID.randomUUID().toString().substring(0, 8);
        Reply created = member.post("/api/people", Map.of("name", name, "notes", "=HYPERLINK(\"http://evil.example\")",
                "title", "@risk", "phones", List.of(Map.of("number", "+44 20 7946 0958"))));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String line = member.get("/api/exports/people.csv").raw().lines().filter(l -> l.contains(name)).findFirst()
                .orElseThrow();
        assertThat(line).contains("'@risk").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        // A phone number cannot hold a formula that does harm; an apostrophe would stay in every other program's copy.
        assertThat(line).contains(",+44 20 7946 0958,").doesNotContain("'+44");
    }

    @Test
    void everyRiskyFirstCharacterIsEscapedAndComesBackExactly() {
        Client member = api.newUser("member", null).client();
        String tag = "risky" + UUID.randomUUID().toString().substring(0, 6);
        // Formula starts (ASCII, full-width, small, the minus sign) and values that really begin with an apostrophe.
        List<String> starts = List.of("=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\uFE66", "\u2212", "'",
                "''", "'=", "'\uFF0B", "'-", "'+44 ");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            String s = starts.get(i);
            String organization = member.post("/api/organizations", Map.of("name", s + "Org " + i + " " + tag)).id();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", s + "Name " + i + " " + tag);
            body.put("title", s + "Title");
            body.put("organizationId", organization);
            body.put("emails", List.of(Map.of("address", s.strip().replace("@", "at") + "p" + i + "." + tag + "@example.com")));
            body.put("phones", List.of(Map.of("number", "+44 20 7946 09" + (10 + i))));
            body.put("location", Map.of("city", s + "City", "region", s + "Region", "country", s + "Country"));
            body.put("tags", List.of(tag, s + "tag;" + i));
            body.put("notes", s + "Notes\nsecond line");
            Reply created = member.post("/api/people", body);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            ids.add(created.id());
        }
        String first = member.get("/api/exports/people.csv").raw();
        List<List<String>> before = rows(first, tag);
        assertThat(before).hasSize(starts.size());
        for (List<String> row : before) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || cell.startsWith("'") || cell.startsWith("+44 20 7946 09")
                        || "=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\u2212".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
            }
        }

        // Into a workspace without them: the values come back as they were, and so does the export.
        ids.forEach(id -> assertThat(member.delete("/api/people/" + id, null).status()).isEqualTo(204));
        JsonNode job = ImportsApiTest.importBytes(member, "people.csv", csv(first, before), "");
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(starts.size());
        String second = member.get("/api/exports/people.csv").raw();
        assertThat(rows(second, tag)).containsExactlyInAnyOrderElementsOf(before);
        JsonNode apostrophe = member.get("/api/people/" + member.get("/api/people?q=p10." + tag).body().path("items").get(0)
                .path("id").asString()).body();
        assertThat(apostrophe.path("name").asString()).isEqualTo("'Name 10 " + tag);
        assertThat(apostrophe.path("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder(tag, "'tag;10");

        // Importing one's own export again changes nothing.
        JsonNode again = ImportsApiTest.importBytes(member, "people.csv", csv(second, rows(second, tag)), "");
        assertThat(again.path("updated").asLong()).as(again.toString()).isZero();
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).as(again.toString()).isEqualTo(starts.size());
    }

    /** The export's header and the given rows of it, as a CSV file. */
    private static byte[] csv(String export, List<List<String>> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        var writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(out);
        writer.writeRecord(de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(export).stream().findFirst()
                .orElseThrow().getFields());
        rows.forEach(writer::writeRecord);
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV's rows that mention the tag. */
    private static List<List<String>> rows(String csv, String tag) {
        List<List<String>> rows = new ArrayList<>();
        de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(csv).stream().skip(1)
                .filter(r -> String.join(",", r.getFields()).contains(tag))
                .forEach(r -> rows.add(List.copyOf(r.getFields())));
        return rows;
    }

    @Test
    void anExportImportsBackWithoutChangingAnything() {
        Client member = api.newUser("member", null).client();
        String tag = "roundtrip" + UUID.randomUUID().toString().substring(0, 6);
        for (String person : List.of("Ines", "Olu", "Pavel")) {
            Reply created = member.post("/api/people", Map.of("name", person + " " + tag, "title", "=Buyer",
                    "tags", List.of(tag), "visibility", "private",
                    "emails", List.of(Map.of("address", person.toLowerCase() + "." + tag + "@example.com", "label", "work")),
                    "phones", List.of(Map.of("number", "+1 555 0100", "label", "mobile"))));
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
        }
        String noEmail = "Quinn " + tag;
        assertThat(member.post("/api/people", Map.of("name", noEmail, "visibility", "private")).status()).isEqualTo(201);
        for (String format : List.of("vcf", "csv")) {
            byte[] export = member.get("/api/exports/people." + format).raw().getBytes(StandardCharsets.UTF_8);
            JsonNode job = ImportsApiTest.importBytes(member, "people." + format, export, "");
            assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
            assertThat(job.path("updated").asLong()).as(job.toString()).isZero();
            if (format.equals("vcf")) {
                // The vCard carries every person's id as UID: nothing is new.
                assertThat(job.path("created").asLong()).as(job.toString()).isZero();
            }
        }
        // The CSV matches by address; only a person without one comes back as a new record.
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).extracting(p -> p.path("name").asString())
                .containsExactlyInAnyOrder("Ines " + tag, "Olu " + tag, "Pavel " + tag, noEmail, noEmail);
        JsonNode ines = member.get("/api/people/" + member.get("/api/people?q=ines." + tag).body().path("items").get(0)
                .path("id").asString()).body();
        assertThat(ines.path("title").asString()).isEqualTo("=Buyer");
        assertThat(ines.path("phones").get(0).path("number").asString()).isEqualTo("+1 555 0100");
    }

    @Test
    void touchpointsExportAsValidIcalendarThatImportsBackAsTheSameTouchpoints() throws Exception {
        Client member = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String person = member.post("/api/people", Map.of("name", "Rosa " + tag,
                "emails", List.of(Map.of("address", "rosa." + tag + "@example.com")))).id();
        Api.NewUser colleague = api.newUser("member", null);
        Reply logged = member.post("/api/touchpoints", Map.of("channel", "phone", "occurredAt", "2026-11-02T15:30:00Z",
                "durationMinutes", 20, "summary", "Renewal " + tag, "personIds", List.of(person),
                "userIds", List.of(colleague.id().toString())));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        Reply ics = member.get("/api/exports/touchpoints.ics");
        assertThat(ics.status()).isEqualTo(200);
        net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
                .build(new java.io.StringReader(ics.raw()));
        net.fortuna.ical4j.model.component.VEvent event = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT")
                .stream().filter(e -> e.getProperty("SUMMARY").map(s -> s.getValue().contains(tag)).orElse(false)).findFirst()
                .orElseThrow();
        assertThat(event.<net.fortuna.ical4j.model.Property>getProperties("ATTENDEE").stream().map(net.fortuna.ical4j.model.Property::getValue).toList())
                .containsExactlyInAnyOrder("mailto:rosa." + tag + "@example.com", "mailto:" + colleague.email());
        assertThat(event.getProperty("X-HANDSHAKE-SUMMARY").orElseThrow().getValue()).isEqualTo("Renewal " + tag);
        assertThat(event.getProperty("X-HANDSHAKE-CHANNEL").orElseThrow().getValue()).isEqualTo("phone");
        JsonNode job = ImportsApiTest.importBytes(member, "touchpoints.ics", ics.raw().getBytes(StandardCharsets.UTF_8),
                "?since=2000-01-01");
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("created").asLong()).as(job.toString()).isZero();
        assertThat(member.get("/api/people/" + person + "/timeline").body().path("items")).hasSize(1);
    }
}
