package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.nio.charset.StandardCharsets;
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
        assertThat(line).contains("'@risk").contains("'+44 20 7946 0958").contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
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
