package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.imports.ImportsApiTest;
import app.handshake.support.HandshakeTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A touchpoint is no more visible than the most private record it involves, role by role and surface by
 * surface: whatever way a touchpoint with a colleague's private contact arrived (the form or API, "Done"
 * on Today, a calendar import), a member who may not see that contact gets it from no list, timeline,
 * export or explanation, and the ids every collection gives equal the ids single reads allow.
 */
@HandshakeTest
class InvolvedRecordVisibilityTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    Api api;

    NewUser manager;
    NewUser seller;       // reports to the manager; owns the private records
    NewUser colleague;    // another member, reports to nobody
    String marker;
    String privatePerson;
    String sharedPerson;
    String privateOrganization;
    final Map<String, String> logged = new LinkedHashMap<>();  // summary -> id

    @BeforeEach
    void sellerLogsTouchpointsThatInvolveHerPrivateRecords() {
        manager = api.newUser("manager", null);
        seller = api.newUser("member", manager.id());
        colleague = api.newUser("member", null);
        marker = UUID.randomUUID().toString().substring(0, 8);
        Client her = seller.client();
        privatePerson = person(her, "Secret Contact", "private");
        sharedPerson = person(her, "Open Contact", "shared");
        privateOrganization = created(her.post("/api/organizations", Map.of("name", "Hidden Works " + marker,
                "visibility", "private")));

        log(her, "meal-with-private", "meal", Map.of(), privatePerson);
        log(her, "meeting-with-both", "in_person", Map.of(), sharedPerson, privatePerson);
        log(her, "visit-at-private-organization", "in_person", Map.of("organizationId", privateOrganization),
                sharedPerson);
        log(her, "email-open", "email", Map.of(), sharedPerson);
        log(her, "private-call-with-colleague", "phone",
                Map.of("visibility", "private", "userIds", List.of(colleague.id().toString())), sharedPerson);
        doneOnToday(her);
        importedMeeting(her);
    }

    @Test
    void aMemberGetsNoTouchpointWithAColleaguesPrivateContactFromAnySurface() {
        Client other = colleague.client();
        Set<String> expected = idsOf("email-open", "private-call-with-colleague");

        assertThat(singleReads(other)).isEqualTo(expected);
        assertThat(listed(other, "/api/touchpoints?limit=100")).isEqualTo(expected);
        assertThat(listed(other, "/api/touchpoints?personId=" + sharedPerson + "&limit=100")).isEqualTo(expected);
        assertThat(listed(other, "/api/people/" + sharedPerson + "/timeline?limit=100")).isEqualTo(expected);
        assertThat(listed(other, "/api/touchpoints?userId=" + seller.id() + "&limit=100")).isEqualTo(expected);
        assertThat(exportedCsv(other)).isEqualTo(expected);
        assertThat(exportedCalendar(other)).isEqualTo(expected);
        String csv = other.get("/api/exports/touchpoints.csv").raw();
        assertThat(csv).doesNotContain("Secret Contact").doesNotContain("notes of meeting-with-both")
                .doesNotContain("notes of visit-at-private-organization").doesNotContain(privateOrganization);
    }

    @Test
    void theOwnerSideAndAdminsSeeEverythingAndTheirListsMatchTheirSingleReads() {
        Set<String> everything = new LinkedHashSet<>(logged.values());
        for (Client reader : List.of(seller.client(), manager.client(), api.admin())) {
            assertThat(singleReads(reader)).isEqualTo(everything);
            assertThat(listed(reader, "/api/touchpoints?userId=" + seller.id() + "&limit=100")).isEqualTo(everything);
            assertThat(exportedCsv(reader)).isEqualTo(everything);
            assertThat(exportedCalendar(reader)).isEqualTo(everything);
        }
    }

    @Test
    void theTeamsScoreIsMadeOnlyOfWhatEveryReaderOfThePersonMaySee() {
        // Both meetings in person involve a private record, so to the team the open contact was never met.
        for (Client reader : List.of(colleague.client(), api.admin())) {
            JsonNode team = reader.get("/api/people/" + sharedPerson + "/relationship").body().get("team");
            assertThat(facts(team)).contains("Never met in person").noneMatch(f -> f.startsWith("Last met in person"));
        }
        // The seller logged them: they make her own score.
        JsonNode mine = seller.client().get("/api/people/" + sharedPerson + "/relationship").body().get("mine");
        assertThat(facts(mine)).anyMatch(f -> f.startsWith("Last met in person"));
        // The colleague took part in the private call only.
        JsonNode theirs = colleague.client().get("/api/people/" + sharedPerson + "/relationship").body().get("mine");
        assertThat(facts(theirs)).anyMatch(f -> f.startsWith("Last 90 days: 1 phone call"));
    }

    @Test
    void sharingTheContactLaterShowsItsTouchpointsAndMovesTheStoredScores() {
        Client her = seller.client();
        Reply contact = her.get("/api/people/" + privatePerson);
        Map<String, Object> shared = new LinkedHashMap<>();
        shared.put("name", contact.body().get("name").asString());
        shared.put("emails", List.of(Map.of("address", contact.body().get("emails").get(0).get("address").asString())));
        shared.put("tags", List.of("tag-" + marker));
        shared.put("visibility", "shared");
        Reply changed = her.put("/api/people/" + privatePerson, shared, contact.etag());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);

        Set<String> nowVisible = idsOf("meal-with-private", "meeting-with-both", "email-open",
                "private-call-with-colleague", "done-on-today", "imported-meeting");
        assertThat(singleReads(colleague.client())).isEqualTo(nowVisible);
        assertThat(listed(colleague.client(), "/api/touchpoints?limit=100")).isEqualTo(nowVisible);
        JsonNode team = colleague.client().get("/api/people/" + sharedPerson + "/relationship").body().get("team");
        assertThat(facts(team)).anyMatch(f -> f.startsWith("Last met in person"));
        // What was stored when it changed equals a full recompute.
        List<String> stored = storedTeamScores();
        assertThat(api.post("/api/relationships/recompute", Map.of()).status()).isEqualTo(200);
        assertThat(storedTeamScores()).isEqualTo(stored);
    }

    private String person(Client owner, String name, String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name + " " + marker);
        body.put("emails", List.of(Map.of("address", name.toLowerCase().replace(' ', '.') + "." + marker + "@example.org")));
        body.put("tags", List.of("tag-" + marker));
        body.put("visibility", visibility);
        return created(owner.post("/api/people", body));
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private void log(Client owner, String summary, String channel, Map<String, Object> extra, String... personIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("occurredAt", NOW.minusDays(3 + logged.size()).toString());
        body.put("personIds", List.of(personIds));
        body.put("summary", summary + " " + marker);
        body.put("notes", "notes of " + summary + " " + marker);
        body.putAll(extra);
        logged.put(summary, created(owner.post("/api/touchpoints", body)));
    }

    /** A rule puts the private contact on the seller's Today; "Done" logs a call with them. */
    private void doneOnToday(Client her) {
        Reply rule = api.admin().post("/api/cadence-rules",
                Map.of("kind", "tag", "value", "tag-" + marker, "intervalDays", 30));
        assertThat(rule.status()).as(rule.raw()).isEqualTo(201);
        Reply done = her.post("/api/agenda/" + privatePerson + "/done", Map.of("summary", "done-on-today " + marker));
        logged.put("done-on-today", created(done));
        assertThat(api.admin().delete("/api/cadence-rules/" + rule.id(), null).status()).isEqualTo(204);
    }

    /** A meeting from the seller's calendar whose attendee is her private contact. */
    private void importedMeeting(Client her) {
        String email = "secret.contact." + marker + "@example.org";
        String start = NOW.minusDays(20).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Example//Calendar//EN",
                "BEGIN:VEVENT", "UID:imported-" + marker + "@example.org", "DTSTAMP:" + start, "DTSTART:" + start,
                "DURATION:PT1H", "SUMMARY:imported-meeting " + marker, "DESCRIPTION:notes of imported-meeting " + marker,
                "ORGANIZER:mailto:" + seller.email(), "ATTENDEE;CN=Secret Contact:mailto:" + email, "END:VEVENT",
                "END:VCALENDAR", "");
        JsonNode job = ImportsApiTest.importBytes(her, "calendar.ics", ics.getBytes(StandardCharsets.UTF_8),
                "?format=ical");
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode timeline = her.get("/api/people/" + privatePerson + "/timeline?limit=100").body().get("items");
        for (JsonNode item : timeline) {
            if (item.path("summary").asString().startsWith("imported-meeting")) {
                logged.put("imported-meeting", item.get("id").asString());
            }
        }
        assertThat(logged).containsKey("imported-meeting");
    }

    private Set<String> idsOf(String... summaries) {
        Set<String> ids = new LinkedHashSet<>();
        for (String summary : summaries) {
            ids.add(logged.get(summary));
        }
        return ids;
    }

    /** The test's touchpoints this reader may open one by one. */
    private Set<String> singleReads(Client reader) {
        Set<String> readable = new LinkedHashSet<>();
        for (String id : logged.values()) {
            int status = reader.get("/api/touchpoints/" + id).status();
            assertThat(status).isIn(200, 404);
            if (status == 200) {
                readable.add(id);
            }
        }
        return readable;
    }

    /** The test's touchpoints in every page of a list. */
    private Set<String> listed(Client reader, String path) {
        Set<String> ids = new LinkedHashSet<>();
        String next = path;
        while (next != null) {
            Reply page = reader.get(next);
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().get("items").forEach(item -> ids.add(item.get("id").asString()));
            JsonNode cursor = page.body().get("next");
            next = cursor == null || cursor.isNull() ? null : path + "&after=" + cursor.asString();
        }
        ids.retainAll(logged.values());
        return ordered(ids);
    }

    /** The test's touchpoints in the CSV export, recognised by their summaries. */
    private Set<String> exportedCsv(Client reader) {
        String csv = reader.get("/api/exports/touchpoints.csv").raw();
        Set<String> ids = new LinkedHashSet<>();
        logged.forEach((summary, id) -> {
            if (csv.contains(summary + " " + marker)) {
                ids.add(id);
            }
        });
        return ordered(ids);
    }

    /** The test's touchpoints in the iCalendar export, by their UIDs. */
    private Set<String> exportedCalendar(Client reader) {
        String ics = reader.get("/api/exports/touchpoints.ics").raw().replace("\r\n ", "");
        Set<String> ids = new LinkedHashSet<>();
        for (String id : logged.values()) {
            if (ics.contains("UID:" + id + "@handshake")) {
                ids.add(id);
            }
        }
        return ordered(ids);
    }

    private Set<String> ordered(Set<String> ids) {
        return logged.values().stream().filter(ids::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> facts(JsonNode strength) {
        List<String> facts = new ArrayList<>();
        strength.get("facts").forEach(f -> facts.add(f.asString()));
        return facts;
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<String> storedTeamScores() {
        return jdbc.queryForList("""
                select person_id, user_id, score, tier, round(cast(strength_key as numeric), 9) as strength_key
                  from relationship_score where person_id in (?, ?) order by person_id, user_id""",
                UUID.fromString(sharedPerson), UUID.fromString(privatePerson)).stream().map(Object::toString).toList();
    }
}
