package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.EmptyInstance;
import app.handshake.support.HandshakeTest;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * People exported as vCard and touchpoints exported as iCalendar, imported into an empty instance with
 * the command line, come out of that instance's exports as they went in.
 */
@HandshakeTest
class ExportRoundTripTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private final EmptyInstance target = EmptyInstance.create();

    @AfterEach
    void dropTarget() {
        target.drop(jdbc);
    }

    @Test
    void peopleAndTouchpointsExportedAndImportedIntoAnEmptyInstanceAreTheSame() throws IOException {
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String works = client.post("/api/organizations", Map.of("name", "Roundtrip Works " + tag)).id();
        String ada = person(client, Map.of("name", "Ada Ørsted " + tag, "title", "=Head of Buying",
                "organizationId", works,
                "emails", List.of(Map.of("address", "ada." + tag + "@example.com", "label", "work"),
                        Map.of("address", "ada.home." + tag + "@example.org", "label", "home")),
                "phones", List.of(Map.of("number", "+45 20 30 40 50", "label", "mobile")),
                "location", Map.of("city", "Aarhus", "region", "Midtjylland", "country", "Denmark"),
                "birthday", "1984-03-09", "tags", List.of("vip", "rt-" + tag), "notes", "Met at the fair;\nlikes \"tea\""));
        String bo = person(client, Map.of("name", "Bo " + tag, "emails", List.of(Map.of("address", "bo." + tag + "@example.com")),
                "visibility", "private"));
        touchpoint(client, Map.of("channel", "phone", "initiatedBy", "them", "occurredAt", "2026-10-02T15:30:00Z",
                "durationMinutes", 25, "topic", "personal", "summary", "Her new role " + tag,
                "notes", "Call back in spring\n– about the fair", "personIds", List.of(ada)));
        touchpoint(client, Map.of("channel", "meal", "occurredAt", "2026-09-14T11:00:00Z", "personIds", List.of(ada, bo)));
        touchpoint(client, Map.of("channel", "video", "occurredAt", "2026-08-01T08:00:00Z", "durationMinutes", 45,
                "summary", "Demo " + tag, "personIds", List.of(bo)));

        String ics = client.get("/api/exports/touchpoints.ics").raw();
        Path people = Files.writeString(folder.resolve("people.vcf"), client.get("/api/exports/people.vcf").raw());
        Path touchpoints = Files.writeString(folder.resolve("touchpoints.ics"), ics);

        // The empty instance's first admin has the seller's address: the one who imports is "us" there too.
        List<String> firstAdmin = List.of("--handshake.admin.create-on-empty=true", "--handshake.admin.email=" + seller.email(),
                "--handshake.admin.password=" + Api.PASSWORD);
        assertThat(cli(firstAdmin, "import", people.toString())).isZero();
        assertThat(cli(firstAdmin, "import", touchpoints.toString(), "--format", "ical")).isZero();
        Path peopleAgain = folder.resolve("people-again.csv");
        Path touchpointsAgain = folder.resolve("touchpoints-again.csv");
        assertThat(cli(firstAdmin, "export", "--format", "people-csv", "--out", peopleAgain.toString())).isZero();
        assertThat(cli(firstAdmin, "export", "--format", "touchpoints-csv", "--out", touchpointsAgain.toString())).isZero();

        List<List<String>> peopleBefore = rows(client.get("/api/exports/people.csv").raw(), tag, 11);
        assertThat(peopleBefore).hasSize(2);
        assertThat(rows(Files.readString(peopleAgain), tag, 11)).containsExactlyInAnyOrderElementsOf(peopleBefore);
        // When, channel, initiated by, duration, topic, summary, notes, people: all but who logged it and for whom.
        List<List<String>> touchpointsBefore = rows(client.get("/api/exports/touchpoints.csv").raw(), tag, 8);
        assertThat(touchpointsBefore).hasSize(3);
        assertThat(rows(Files.readString(touchpointsAgain), tag, 8)).containsExactlyElementsOf(touchpointsBefore);
    }

    private static String person(Client client, Map<String, Object> body) {
        Reply created = client.post("/api/people", body);
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private static void touchpoint(Client client, Map<String, Object> body) {
        Reply logged = client.post("/api/touchpoints", new LinkedHashMap<>(body));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
    }

    /** The CSV's rows that mention the tag, cut to their first {@code columns} cells. */
    private static List<List<String>> rows(String csv, String tag, int columns) {
        List<List<String>> rows = new ArrayList<>();
        CsvReader.builder().ofCsvRecord(csv).stream().skip(1)
                .filter(r -> String.join(",", r.getFields()).contains(tag))
                .forEach(r -> rows.add(List.copyOf(r.getFields().subList(0, columns))));
        return rows;
    }

    private int cli(List<String> settings, String... command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(target.settings());
        args.addAll(settings);
        int exit = CommandLineAccess.run(out, err, args);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
        return exit;
    }
}
