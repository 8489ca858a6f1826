package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files Handshake writes for other programs, read by the parsers those programs are built on:
 * python3-vobject and python3-icalendar (Debian packages) and ical.js (npm, installed under target/ on the
 * first run). What each parser reads must be what was stored, and no line may be longer than the 75 octets
 * both standards allow. CI installs the parsers; where one is missing, the test fails and says how to install it.
 */
@HandshakeTest
class ExportsReadByOtherParsersTest {

    /** Debian's own interpreter: the one python3-vobject and python3-icalendar install into. */
    private static final String PYTHON = "/usr/bin/python3";
    private static final String ICAL_JS = "2.2.1";
    private static final Path SCRIPTS = Path.of("src/test/parsers");
    private static final Path ICAL_JS_HOME = Path.of("target/parsers/ical.js-" + ICAL_JS);
    private static final String INSTALL_HINT = " (install the parsers with: apt-get install python3-vobject python3-icalendar)";

    private static final String SEAN = "Seán Ó Súilleabháin ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Api api;

    @TempDir
    Path folder;

    @Test
    void peopleExportedAsVCardReadAsTheyWereStoredInVobjectAndIcalJs() throws Exception {
        Client member = api.newUser("member", null).client();
        String tag = tag();
        List<String> ids = new ArrayList<>(people(member, tag).values());
        Path file = save("people.vcf", member.get("/api/exports/people.vcf").raw());

        for (String parser : List.of("vobject", "ical.js")) {
            JsonNode cards = parser.equals("vobject") ? python("vobject_reads.py", "vcard", file.toString())
                    : icalJs("vcard", file);
            for (String id : ids) {
                JsonNode stored = member.get("/api/people/" + id).body();
                JsonNode card = only(cards, c -> c.path("uid").asString().equals("urn:uuid:" + id));
                String as = parser + " reading " + stored.path("name").asString();
                assertThat(card.path("fn").asString()).as(as).isEqualTo(stored.path("name").asString());
                assertThat(card.path("title").asString()).as(as).isEqualTo(stored.path("title").asString());
                assertThat(card.path("org").get(0).asString()).as(as)
                        .isEqualTo(stored.path("organization").path("name").asString());
                assertThat(card.path("note").asString()).as(as).isEqualTo(stored.path("notes").asString());
                assertThat(texts(card.path("tel"), "value")).as(as).isEqualTo(texts(stored.path("phones"), "number"));
                assertThat(texts(card.path("email"), "value")).as(as).isEqualTo(texts(stored.path("emails"), "address"));
                for (int i = 0; i < stored.path("phones").size(); i++) {
                    // TYPE is a list: ical.js splits a label at its commas, vobject does not.
                    assertThat(readAs(parser, String.join(",", texts(card.path("tel").get(i).path("types"), null)))).as(as)
                            .isEqualToIgnoringCase(stored.path("phones").get(i).path("label").asString());
                }
                assertThat(readAs(parser, String.join(",", texts(card.path("email").get(0).path("types"), null)))).as(as)
                        .isEqualToIgnoringCase(stored.path("emails").get(0).path("label").asString());
                JsonNode location = stored.path("location");
                assertThat(List.of(card.path("locality").asString(), card.path("region").asString(),
                        card.path("country").asString())).as(as).containsExactly(location.path("city").asString(), location.path("region").asString(),
                                location.path("country").asString());
                assertThat(texts(card.path("categories"), null)).as(as)
                        .containsExactlyInAnyOrderElementsOf(texts(stored.path("tags"), null));
            }
        }
        assertEveryLineFitsIn75Octets(file);
    }

    @Test
    void peopleExportedAsCsvReadAsTheyWereStoredInPythonsCsvModuleWithPlainPhoneNumbers() throws Exception {
        Client member = api.newUser("member", null).client();
        String tag = tag();
        Map<String, String> people = people(member, tag);
        String payload = "+cmd|' /C calc'!A0";
        String risky = member.post("/api/people", Map.of("name", "=1+1 " + tag, "title", "@SUM(A1:A9)", "notes", payload,
                "phones", List.of(Map.of("number", "-2+3")), "visibility", "private")).id();
        Path file = save("people.csv", member.get("/api/exports/people.csv").raw());

        JsonNode read = python("csv_reads.py", file.toString());
        assertThat(read.path("bom").asBoolean()).as("the file begins with a UTF-8 byte order mark").isTrue();
        JsonNode rows = read.path("rows");
        List<String> header = texts(rows.get(0), null);
        assertThat(header.getFirst()).isEqualTo("Name");
        for (String id : people.values()) {
            JsonNode stored = member.get("/api/people/" + id).body();
            JsonNode row = only(rows, r -> r.get(0).asString().equals(stored.path("name").asString()));
            String as = stored.path("name").asString();
            assertThat(row.get(header.indexOf("Phone")).asString()).as(as)
                    .isEqualTo(String.join(" ::: ", texts(stored.path("phones"), "number")));
            assertThat(row.get(header.indexOf("Notes")).asString()).as(as).isEqualTo(stored.path("notes").asString());
            assertThat(row.get(header.indexOf("Title")).asString()).as(as).isEqualTo(stored.path("title").asString());
            assertThat(row.get(header.indexOf("City")).asString()).as(as)
                    .isEqualTo(stored.path("location").path("city").asString());
        }
        // What a spreadsheet would run still reaches every other program with the apostrophe that stops it.
        JsonNode stored = member.get("/api/people/" + risky).body();
        JsonNode row = only(rows, r -> r.get(0).asString().equals("'" + stored.path("name").asString()));
        assertThat(row.get(header.indexOf("Title")).asString()).isEqualTo("'" + stored.path("title").asString());
        assertThat(row.get(header.indexOf("Notes")).asString()).isEqualTo("'" + payload);
        assertThat(row.get(header.indexOf("Phone")).asString()).isEqualTo("'-2+3");
    }

    @Test
    void touchpointsExportedAsCsvBeginWithAByteOrderMarkAndReadAsStored() throws Exception {
        Client member = api.newUser("member", null).client();
        String tag = tag();
        Map<String, String> people = people(member, tag);
        String touchpoint = touchpoint(member, tag, people.values());
        Path file = save("touchpoints.csv", member.get("/api/exports/touchpoints.csv").raw());

        JsonNode read = python("csv_reads.py", file.toString());
        assertThat(read.path("bom").asBoolean()).as("the file begins with a UTF-8 byte order mark").isTrue();
        List<String> header = texts(read.path("rows").get(0), null);
        assertThat(header.getFirst()).isEqualTo("When");
        JsonNode stored = member.get("/api/touchpoints/" + touchpoint).body();
        JsonNode row = only(read.path("rows"), r -> r.get(header.indexOf("Summary")).asString()
                .equals(stored.path("summary").asString()));
        assertThat(row.get(header.indexOf("Notes")).asString()).isEqualTo(stored.path("notes").asString());
        assertThat(row.get(header.indexOf("People")).asString())
                .isEqualTo(String.join("; ", texts(stored.path("people"), "name")));
    }

    @Test
    void touchpointsExportedAsICalendarReadAsStoredInEveryParser() throws Exception {
        Api.NewUser seller = api.newUser("member", null);
        Client member = seller.client();
        String tag = tag();
        Map<String, String> people = people(member, tag);
        String colleagueEmail = "colleague-" + tag + "@test.example";
        Reply colleague = api.admin().post("/api/users", Map.of("email", colleagueEmail, "role", "member",
                "displayName", "Máire Ní Bhriain, \"MNB\" " + tag, "password", Api.PASSWORD));
        assertThat(colleague.status()).as(colleague.raw()).isEqualTo(201);
        String touchpoint = touchpoint(member, tag, people.values(), colleague.id());
        Path file = save("touchpoints.ics", member.get("/api/exports/touchpoints.ics").raw());

        JsonNode stored = member.get("/api/touchpoints/" + touchpoint).body();
        Map<String, String> team = Map.of(seller.id().toString(), seller.email(), colleague.id(), colleagueEmail);
        Map<String, String> attendees = new LinkedHashMap<>();
        for (String id : people.values()) {
            JsonNode person = member.get("/api/people/" + id).body();
            attendees.put(mailto(person.path("emails").get(0).path("address").asString()), person.path("name").asString());
        }
        stored.path("users").forEach(u -> attendees.put(mailto(team.get(u.path("id").asString())), u.path("name").asString()));
        assertThat(attendees).hasSize(people.size() + 1);
        for (Map.Entry<String, JsonNode> read : calendars(file).entrySet()) {
            String parser = read.getKey();
            JsonNode event = only(read.getValue().path("events"),
                    e -> e.path("uid").asString().equals(touchpoint + "@handshake"));
            assertThat(event.path("summary").asString()).as(parser).endsWith(": " + stored.path("summary").asString());
            assertThat(event.path("description").asString()).as(parser).isEqualTo(stored.path("notes").asString());
            Map<String, String> names = new LinkedHashMap<>();
            event.path("attendees").forEach(a -> names.put(mailto(a.path("value").asString().substring("mailto:".length())),
                    a.path("cn").asString()));
            assertThat(names.keySet()).as(parser).containsExactlyInAnyOrderElementsOf(attendees.keySet());
            names.forEach((address, name) -> assertThat(readAs(parser, name)).as(parser).isEqualTo(attendees.get(address)));
        }
        assertEveryLineFitsIn75Octets(file);
    }

    @Test
    void theCalendarFeedPublishesAndReadsAsStoredInEveryParser() throws Exception {
        Api.NewUser seller = api.newUser("member", null);
        Client member = seller.client();
        String tag = tag();
        String person = member.post("/api/people", Map.of("name", SEAN.repeat(4) + "😀 " + tag)).id();
        Reply cadence = member.put("/api/people/" + person + "/cadence", Map.of("intervalDays", 7), "*");
        assertThat(cadence.status()).as(cadence.raw()).isLessThan(300);
        member.post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(10).toString()));
        String url = member.post("/api/calendar-feed", Map.of()).body().path("url").asString();
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(feed.statusCode()).isEqualTo(200);
        Path file = save("feed.ics", feed.body());

        String name = member.get("/api/people/" + person).body().path("name").asString();
        for (Map.Entry<String, JsonNode> read : calendars(file).entrySet()) {
            assertThat(read.getValue().path("method").asString()).as(read.getKey()).isEqualTo("PUBLISH");
            JsonNode event = only(read.getValue().path("events"), e -> e.path("uid").asString().equals(person + "@handshake"));
            assertThat(event.path("summary").asString()).as(read.getKey()).endsWith(" " + name);
        }
        assertEveryLineFitsIn75Octets(file);
    }

    /** People with every kind of text that needs care in these formats, each in name and labels; ids by kind. */
    private static Map<String, String> people(Client member, String tag) {
        String organization = member.post("/api/organizations", Map.of("name",
                "Ó Súilleabháin & Cía, Teo.; Corcaigh " + tag, "visibility", "private")).id();
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("long", SEAN.repeat(5));
        kinds.put("comma", "Ó Súilleabháin, Seán");
        kinds.put("semicolon and colon", "Ng: Sales; EMEA");
        kinds.put("apostrophe", "Seán O'Brien");
        kinds.put("quote", "Ann \"Nan\" Lee");
        kinds.put("caret", "Kim ^_^ Park^");
        kinds.put("caret that reads as an escape", "Lee ^n ^^ ^' Ko");
        kinds.put("emoji", "Zoë 👩🏽‍💻 Ōta");
        Map<String, String> ids = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            String text = kind.getValue();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", text + " " + tag);
            body.put("title", "Ceann roinne 🎉 " + SEAN.strip());
            body.put("organizationId", organization);
            String label = kind.getKey().equals("long") ? "obair, baile" : text.strip();
            body.put("emails", List.of(Map.of("address", "p" + i + "." + tag + "@example.com", "label", label)));
            body.put("phones", List.of(Map.of("number", "+44 20 7946 0958", "label", "mobile"),
                    Map.of("number", "+353 1 234 56" + (10 + i), "label", label)));
            body.put("location", Map.of("city", "Baile Átha Cliath", "region", "Laighin", "country", "Éire"));
            body.put("tags", List.of(tag, "cúram; ceann"));
            body.put("notes", "Bhuail muid le chéile i gCorcaigh; an-deas, go deimhin.\n" + SEAN.repeat(8).strip()
                    + "\n😀👍🏽 👨‍👩‍👧‍👦 e\u0301 \\ back: slash " + text + "\n\nLast line");
            body.put("visibility", "private");
            Reply created = member.post("/api/people", body);
            assertThat(created.status()).as(created.raw()).isEqualTo(201);
            ids.put(kind.getKey(), created.id());
            i++;
        }
        return ids;
    }

    private static String touchpoint(Client member, String tag, java.util.Collection<String> people, String... colleagues) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "meal");
        body.put("occurredAt", "2026-10-02T12:30:00Z");
        body.put("durationMinutes", 90);
        body.put("summary", "Lón le " + SEAN.repeat(3) + tag);
        body.put("notes", "Labhair muid faoin gconradh; “an bhliain seo chugainn”.\n" + SEAN.repeat(6).strip()
                + "\n🍀 go raibh maith agat");
        body.put("personIds", List.copyOf(people));
        body.put("userIds", List.of(colleagues));
        Reply logged = member.post("/api/touchpoints", body);
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        return logged.id();
    }

    /** What each of the three parsers reads from an iCalendar file, by the parser's name. */
    private Map<String, JsonNode> calendars(Path file) throws Exception {
        Map<String, JsonNode> read = new LinkedHashMap<>();
        read.put("vobject", python("vobject_reads.py", "ical", file.toString()));
        read.put("icalendar", python("icalendar_reads.py", file.toString()));
        read.put("ical.js", icalJs("ical", file));
        return read;
    }

    /**
     * A parameter value as the parser gave it, and as its caller must take it: the Python parsers do not decode
     * RFC 6868, so a value that needed it comes to them encoded; every other value must come to them as it was.
     */
    private static String readAs(String parser, String value) {
        if (parser.equals("ical.js")) {
            return value;
        }
        String decoded = rfc6868Decoded(value);
        return needsRfc6868(decoded) ? decoded : value;
    }

    private static String rfc6868Decoded(String value) {
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            if (c == '^' && (next == '^' || next == '\'' || next == 'n')) {
                decoded.append(next == '^' ? '^' : next == '\'' ? '"' : '\n');
                i++;
            } else {
                decoded.append(c);
            }
        }
        return decoded.toString();
    }

    /** Whether a value needs RFC 6868: one with a quote or a line break, or a caret that reads as its escape. */
    private static boolean needsRfc6868(String value) {
        return value.contains("\"") || value.contains("\n") || value.matches("(?s).*\\^[n^'\"].*");
    }

    private static String mailto(String address) {
        return "mailto:" + address.toLowerCase(java.util.Locale.ROOT);
    }

    /** RFC 5545 3.1 and RFC 6350 3.2: lines of at most 75 octets, and no character split between two of them. */
    private static void assertEveryLineFitsIn75Octets(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int line = 1;
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                assertThat(i - start).as("octets on line %d of %s", line, file.getFileName()).isLessThanOrEqualTo(75);
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    throw new AssertionError("line " + line + " of " + file.getFileName() + " splits a character", e);
                }
                start = i + 2;
                line++;
            }
        }
        assertThat(start).as("%s ends with CRLF", file.getFileName()).isEqualTo(bytes.length);
        assertThat(line).as("lines in %s", file.getFileName()).isGreaterThan(5);
    }

    private JsonNode python(String script, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPTS.resolve(script).toString()));
        command.addAll(List.of(arguments));
        return run(command, INSTALL_HINT);
    }

    private JsonNode icalJs(String kind, Path file) throws Exception {
        return run(List.of("node", SCRIPTS.resolve("icaljs_reads.mjs").toString(), icalJsModule().toString(), kind,
                file.toString()), " (node and npm must be on the PATH)");
    }

    /** ical.js, pinned, installed from npm into target/ the first time it is needed. */
    private static synchronized Path icalJsModule() throws Exception {
        Path module = ICAL_JS_HOME.resolve("node_modules/ical.js/dist/ical.js").toAbsolutePath();
        if (!Files.exists(module)) {
            Files.createDirectories(ICAL_JS_HOME);
            Path log = ICAL_JS_HOME.resolve("npm.log");
            Process npm = new ProcessBuilder("npm", "install", "--prefix", ICAL_JS_HOME.toString(), "--no-audit", "--no-fund",
                    "--no-save", "--loglevel=error", "ical.js@" + ICAL_JS).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(npm.waitFor(3, TimeUnit.MINUTES)).as("npm install of ical.js finished").isTrue();
            assertThat(npm.exitValue()).as("npm install ical.js@%s: %s", ICAL_JS, Files.readString(log)).isZero();
        }
        return module;
    }

    private JsonNode run(List<String> command, String hint) throws Exception {
        Path out = Files.createTempFile(folder, "parsed", ".json");
        Path err = Files.createTempFile(folder, "parser", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s: %s%s", command, Files.readString(err), hint).isZero();
        return JSON.readTree(Files.readString(out));
    }

    private Path save(String name, String content) throws IOException {
        return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode only(JsonNode array, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = array.valueStream().filter(which).toList();
        assertThat(found).as("one match in %s", array).hasSize(1);
        return found.getFirst();
    }

    /** The texts of an array, or of one field of each of its objects. */
    private static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(n -> (field == null ? n : n.path(field)).asString()).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
