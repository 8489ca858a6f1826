package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Calendars and mail from the corpus become touchpoints, once, with the right people and privacy. */
@HandshakeTest
class ActivityImportsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Autowired
    Api api;

    @Test
    void everyCorpusCalendarImportsItsMeetingsOnce() throws IOException {
        Client member = api.newUser("member", null).client();
        for (Path file : files("ical")) {
            JsonNode job = ImportsApiTest.importBytes(member, file.getFileName().toString(), Files.readAllBytes(file),
                    "?since=2000-01-01");
            assertThat(job.path("status").asString()).as(file + ": " + job).isEqualTo("succeeded");
            assertThat(job.path("format").asString()).isEqualTo("ical");
            assertThat(job.path("created").asLong() + job.path("skipped").asLong()).as(job.toString())
                    .isEqualTo(job.path("recordsRead").asLong());
            JsonNode again = ImportsApiTest.importBytes(member, file.getFileName().toString(), Files.readAllBytes(file),
                    "?since=2000-01-01");
            assertThat(again.path("created").asLong()).as(again.toString()).isZero();
            assertThat(again.path("unchanged").asLong()).isEqualTo(job.path("created").asLong());
        }
        // Exchange's forwarded invite: organizer and attendee became people, the meeting is on their timelines.
        JsonNode sam = onlyPerson(member, "sam@company.com");
        assertThat(sam.path("name").asString()).isEqualTo("Sam Peter");
        JsonNode timeline = member.get("/api/people/" + sam.path("id").asString() + "/timeline").body().path("items");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).path("occurredAt").asString()).startsWith("2015-08-26T09:00");
        assertThat(timeline.get(0).path("people")).extracting(p -> p.path("name").asString())
                .containsExactlyInAnyOrder("Bruce Roberts", "Sam Peter");
    }

    @Test
    void everyCorpusMessageImportsPrivatelyAndARepliesOfTheSameDayAreOneConversation() throws IOException {
        Client member = api.newUser("member", null).client();
        Client colleague = api.newUser("member", null).client();
        for (Path file : files("email")) {
            JsonNode job = ImportsApiTest.importBytes(member, file.getFileName().toString(), Files.readAllBytes(file), "");
            assertThat(job.path("status").asString()).as(file + ": " + job).isEqualTo("succeeded");
            assertThat(job.path("shared").asBoolean()).isFalse();
            JsonNode again = ImportsApiTest.importBytes(member, file.getFileName().toString(), Files.readAllBytes(file), "");
            assertThat(again.path("created").asLong()).as(again.toString()).isZero();
            if (file.getFileName().toString().endsWith(".rlug")) {
                assertThat(job.path("format").asString()).isEqualTo("mbox");
                assertThat(job.path("recordsRead").asLong()).isEqualTo(5);
                // The reply of 8 Feb 01:41 (+02:00) answers the message of 7 Feb 18:35 (+02:00): the same UTC day.
                assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(4);
                assertThat(job.path("unchanged").asLong()).isEqualTo(1);
            } else {
                assertThat(job.path("format").asString()).isEqualTo("eml");
            }
        }
        JsonNode mihai = onlyPerson(member, "mmihai@netcompsj.ro");
        JsonNode timeline = member.get("/api/people/" + mihai.path("id").asString() + "/timeline").body().path("items");
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).path("channel").asString()).isEqualTo("email");
        assertThat(timeline.get(0).path("initiatedBy").asString()).isEqualTo("them");
        assertThat(timeline.get(0).path("visibility").asString()).isEqualTo("private");
        // Mail is its importer's alone: a colleague finds neither the people nor the touchpoints.
        assertThat(colleague.get("/api/people?q=mmihai@netcompsj.ro").body().path("items")).isEmpty();
        assertThat(colleague.get("/api/touchpoints/" + timeline.get(0).path("id").asString()).status()).isEqualTo(404);
    }

    @Test
    void aSeriesAmongTeamMembersGivesOneWarningThatSaysHowManyOccurrencesItConcerns() {
        Api.NewUser member = api.newUser("member", null);
        String calendar = """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
                BEGIN:VEVENT
                UID:team-sync@example.com
                SUMMARY:Team sync
                ORGANIZER:mailto:%s
                ATTENDEE:mailto:%s
                DTSTART:20250107T090000Z
                DURATION:PT30M
                RRULE:FREQ=WEEKLY;COUNT=12
                END:VEVENT
                END:VCALENDAR
                """.formatted(member.email(), Api.ADMIN_EMAIL);

        JsonNode job = ImportsApiTest.importBytes(member.client(), "team.ics",
                calendar.getBytes(StandardCharsets.UTF_8), "?since=2025-01-01");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(12);
        assertThat(job.path("skipped").asLong()).isEqualTo(12);
        assertThat(job.path("warnings").asLong()).isEqualTo(1);
        assertThat(job.path("notes")).singleElement().satisfies(note -> {
            assertThat(note.path("place").asString()).isEqualTo("team.ics, line 4 (record 1)");
            assertThat(note.path("message").asString()).isEqualTo("nobody outside the team took part: no touchpoint"
                    + " (all 12 occurrences, 2025-01-07 to 2025-03-25)");
        });
    }

    private static List<Path> files(String folder) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS.resolve(folder))) {
            return files.sorted().toList();
        }
    }

    private static JsonNode onlyPerson(Client client, String email) {
        JsonNode items = client.get("/api/people?q=" + email).body().path("items");
        assertThat(items).as(email).hasSize(1);
        return client.get("/api/people/" + items.get(0).path("id").asString()).body();
    }
}
