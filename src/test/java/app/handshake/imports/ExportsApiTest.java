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
            String organization = member.post("/api/organizations", Map.of("name", s + "Org " + i + " " + tag,
                    "visibility", "private")).id();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", s + "Name " + i + " " + tag);
            body.put("title", s + "Title");
            body.put("organizationId", organization);
            body.put("emails", List.of(Map.of("address", s.strip().replace("@", "at") + "p" + i + "." + tag + "@example.com")));
            body.put("phones", List.of(Map.of("number", "+44 20 7946 09" + (10 + i))));
            body.put("location", Map.of("city", s + "City", "region", s + "Region", "country", s + "Country"));
            body.put("tags", List.of(tag, s + "tag;" + i));
            body.put("notes", s + "Notes\nsecond line");
            body.put("visibility", "private");
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
        JsonNode job = ImportsApiTest.importBytes(member, "people.csv", csv(first, before), "?shared=false");
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(starts.size());
        String second = member.get("/api/exports/people.csv").raw();
        assertThat(rows(second, tag)).containsExactlyInAnyOrderElementsOf(before);
        JsonNode apostrophe = member.get("/api/people/" + member.get("/api/people?q=p10." + tag).body().path("items").get(0)
                .path("id").asString()).body();
        assertThat(apostrophe.path("name").asString()).isEqualTo("'Name 10 " + tag);
        assertThat(apostrophe.path("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder(tag, "'tag;10");

        // Importing one's own export again changes nothing.
        JsonNode again = ImportsApiTest.importBytes(member, "people.csv", csv(second, rows(second, tag)), "?shared=false");
        assertThat(again.path("updated").asLong()).as(again.toString()).isZero();
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).as(again.toString()).isEqualTo(starts.size());
    }

    @Test
    void oneOddValueNeverCutsTheVCardExportShort() throws Exception {
        Client member = api.newUser("member", null).client();
        String tag = "vcf" + UUID.randomUUID().toString().substring(0, 6);
        // Every kind of character that needs care in a vCard, in the middle of every field the export writes
        // (broken surrogates, which PostgreSQL does not store, are in VCardPeopleTest).
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("quote", "a\"b");
        kinds.put("semicolon", "a;b");
        kinds.put("comma", "a,b");
        kinds.put("backslash", "a\\b");
        kinds.put("colon", "a:b");
        kinds.put("caret", "a^b");
        kinds.put("newline", "a\nb");
        kinds.put("crlf", "a\r\nb");
        kinds.put("tab", "a\tb");
        // The API refuses control characters; older data and other ways in may still hold them (written below).
        kinds.put("control", CONTROL_STAND_IN);
        kinds.put("emoji", "a\uD83D\uDE00b");
        List<String> ids = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            String v = kind.getValue();
            String organization = member.post("/api/organizations", Map.of("name", "O" + v + " " + tag + i,
                    "visibility", "private")).id();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", "VC " + (char) ('a' + i) + " " + v + " " + tag);
            body.put("title", "T" + v);
            body.put("organizationId", organization);
            body.put("emails", List.of(Map.of("address", "vc" + i + "." + tag + "@example.com", "label", "L" + v)));
            body.put("phones", List.of(Map.of("number", "+1 555 01" + (10 + i), "label", "P" + v)));
            body.put("location", Map.of("city", "C" + v, "region", "R" + v, "country", "K" + v));
            body.put("tags", List.of(tag, "g" + v.replace(",", "")));
            body.put("notes", "N" + v);
            // Private: other tests' exports of everything they see stay their own.
            body.put("visibility", "private");
            // Sent escaped as JSON writes them: a lone surrogate would not survive UTF-8 on the way.
            Reply created = member.postRaw("/api/people", jsonWithEscapedSurrogates(body));
            assertThat(created.status()).as(kind.getKey() + ": " + created.raw()).isEqualTo(201);
            ids.add(created.id());
            if (kind.getKey().equals("control")) {
                holdControlCharacters(created.id(), organization);
            }
            i++;
        }
        String last = member.post("/api/people", Map.of("name", "VC zz after them " + tag,
                "emails", List.of(Map.of("address", "last." + tag + "@example.com")))).id();

        Reply export = member.get("/api/exports/people.vcf");
        assertThat(export.status()).isEqualTo(200);
        Map<String, ezvcard.VCard> cards = new java.util.HashMap<>();
        try (ezvcard.io.text.VCardReader reader = new ezvcard.io.text.VCardReader(export.raw())) {
            for (ezvcard.VCard card = reader.readNext(); card != null; card = reader.readNext()) {
                cards.put(card.getUid().getValue(), card);
            }
        }
        assertThat(cards).containsKey("urn:uuid:" + last);
        for (String id : ids) {
            JsonNode stored = member.get("/api/people/" + id).body();
            ezvcard.VCard card = cards.get("urn:uuid:" + id);
            String name = stored.path("name").asString();
            assertThat(card).as(name).isNotNull();
            assertThat(card.getFormattedName().getValue()).isEqualTo(vcardText(name));
            assertThat(card.getTitles().getFirst().getValue()).isEqualTo(vcardText(stored.path("title").asString()));
            assertThat(card.getOrganization().getValues().getFirst())
                    .isEqualTo(vcardText(stored.path("organization").path("name").asString()));
            // A comma separates the values of TYPE: a label with one comes back as two values.
            assertThat(String.join(",", card.getEmails().getFirst().getTypes().stream().map(t -> t.getValue()).toList()))
                    .isEqualToIgnoringCase(vcardText(stored.path("emails").get(0).path("label").asString()));
            assertThat(String.join(",", card.getTelephoneNumbers().getFirst().getTypes().stream().map(t -> t.getValue()).toList()))
                    .isEqualToIgnoringCase(vcardText(stored.path("phones").get(0).path("label").asString()));
            ezvcard.property.Address address = card.getAddresses().getFirst();
            assertThat(List.of(address.getLocality(), address.getRegion(), address.getCountry())).containsExactly(
                    vcardText(stored.path("location").path("city").asString()),
                    vcardText(stored.path("location").path("region").asString()),
                    vcardText(stored.path("location").path("country").asString()));
            assertThat(card.getNotes().getFirst().getValue()).isEqualTo(vcardText(stored.path("notes").asString()));
            assertThat(card.getCategories().getValues()).containsExactlyInAnyOrderElementsOf(
                    stored.path("tags").valueStream().map(t -> vcardText(t.asString())).toList());
            boolean lossy = !vcardText(name).equals(name.replace("\r\n", "\n"));
            assertThat(card.getExtendedProperty("X-HANDSHAKE-ALTERED")).as(name).matches(p -> lossy == (p != null));
        }
    }

    private static final String CONTROL_STAND_IN = "a#control#b";
    private static final String CONTROLS = "a\u0001\u0007\u001B\u007F\u0085b";

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Puts control characters where the stand-in is, in every field of the person and their organization. */
    private void holdControlCharacters(String personId, String organizationId) {
        UUID person = UUID.fromString(personId);
        String with = "replace(%s, '" + CONTROL_STAND_IN + "', ?)";
        jdbc.update("update person set " + String.join(", ", java.util.stream.Stream.of("name", "title", "city",
                "region", "country", "notes").map(c -> c + " = " + with.formatted(c)).toList()) + " where id = ?",
                CONTROLS, CONTROLS, CONTROLS, CONTROLS, CONTROLS, CONTROLS, person);
        // What every way in keeps beside the fields (the sort name, the place keys) follows them here too.
        jdbc.update("update person set sort_name = lower(name), city_key = lower(city), region_key = lower(region),"
                + " country_key = lower(country) where id = ?", person);
        jdbc.update("update person_email set label = " + with.formatted("label") + " where person_id = ?", CONTROLS, person);
        jdbc.update("update person_phone set label = " + with.formatted("label") + " where person_id = ?", CONTROLS, person);
        jdbc.update("update person_tag set tag = " + with.formatted("tag") + " where person_id = ?", CONTROLS, person);
        jdbc.update("update organization set name = " + with.formatted("name") + ", sort_name = lower("
                + with.formatted("name") + ") where id = ?", CONTROLS, CONTROLS, UUID.fromString(organizationId));
    }

    /** What a vCard can carry of a text: line breaks as line feeds, no control characters, no broken surrogates. */
    private static String vcardText(String text) {
        StringBuilder out = new StringBuilder();
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < lines.length() && Character.isLowSurrogate(lines.charAt(i + 1))) {
                out.append(c).append(lines.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\uFFFD');
            } else if (Character.getType(c) != Character.CONTROL || c == '\n' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String jsonWithEscapedSurrogates(Object body) {
        String json = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
        StringBuilder out = new StringBuilder();
        json.chars().forEach(c -> out.append(Character.isSurrogate((char) c) ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.toString();
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
            if (format.equals("csv")) {
                // The byte order mark that tells spreadsheets the file is UTF-8; the import skips it.
                assertThat(export).startsWith(0xEF, 0xBB, 0xBF);
            }
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
