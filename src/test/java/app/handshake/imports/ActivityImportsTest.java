package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.handshake.shared.Digests;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Calendars and mail from the corpus become touchpoints, once, with the right people and privacy. */
@HandshakeTest
class ActivityImportsTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

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
                // A list archive: every message came through the list (Precedence: bulk), nobody wrote to us.
                assertThat(job.path("created").asLong()).as(job.toString()).isZero();
                assertThat(job.path("skippedAutomatic").asLong()).isEqualTo(5);
            } else {
                assertThat(job.path("format").asString()).isEqualTo(file.toString().endsWith(".mbox") ? "mbox" : "eml");
            }
            if (file.getFileName().toString().equals("handmade_takeout_from-the-desk.mbox")) {
                // three messages, whatever lines of their bodies start with "From"
                assertThat(job.path("recordsRead").asLong()).as(job.toString()).isEqualTo(3);
                assertThat(job.path("created").asLong() + job.path("unchanged").asLong()).isEqualTo(3);
            }
        }
        assertThat(member.get("/api/people?q=mmihai@netcompsj.ro").body().path("items")).isEmpty();
        // The same messages as their writers sent them, without the list's header.
        byte[] direct = Files.readString(CORPUS.resolve("email/mime4j_mbox.rlug"), StandardCharsets.ISO_8859_1)
                .replace("Precedence: bulk\n", "").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode job = ImportsApiTest.importBytes(member, "rlug-direct.mbox", direct, "");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(5);
        // The reply of 8 Feb 01:41 (+02:00) answers the message of 7 Feb 18:35 (+02:00): the same UTC day.
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(4);
        assertThat(job.path("unchanged").asLong()).isEqualTo(1);
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
    void automaticMailMakesNeitherPeopleNorTouchpointsAndIsCountedWithItsReason() throws IOException {
        Client member = api.newUser("member", null).client();
        String file = "handmade_dovecot_automatic-mail.mbox";
        // Addresses of their own: an address belongs to one person, and other tests import the corpus too.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] mbox = Files.readString(CORPUS.resolve("email/" + file)).replace("jane.doe@example.net", "jane.doe@" + tag + ".example.net")
                .replace("nadia.petrov@example.com", "nadia.petrov@" + tag + ".example.com").getBytes(StandardCharsets.UTF_8);
        JsonNode job = ImportsApiTest.importBytes(member, file, mbox, "");

        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(7);
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("skipped").asLong()).isEqualTo(6);
        assertThat(job.path("skippedAutomatic").asLong()).isEqualTo(6);
        // Nadia, who wrote, and Jane, to whom she wrote (she is no team member here)
        assertThat(job.path("peopleCreated").asLong()).isEqualTo(2);
        assertThat(job.path("warnings").asLong()).isZero();
        assertThat(job.path("notes")).extracting(n -> n.path("kind").asString(), n -> n.path("place").asString(),
                n -> n.path("message").asString()).containsExactly(
                        tuple("skipped", file + ", line 1 (record 1)", "automatic mail: auto-reply (Auto-Submitted: auto-replied)"),
                        tuple("skipped", file + ", line 24 (record 2)", "automatic mail: auto-reply (X-Autoreply)"),
                        tuple("skipped", file + ", line 37 (record 3)",
                                "automatic mail: mailing list (List-Id: Rust users <rust-users.lists.example.org>)"),
                        tuple("skipped", file + ", line 56 (record 4)", "automatic mail: mailing list or newsletter (List-Unsubscribe)"),
                        tuple("skipped", file + ", line 71 (record 5)",
                                "automatic mail: no-reply sender (no-reply@billing.example.net)"),
                        tuple("skipped", file + ", line 84 (record 6)",
                                "automatic mail: read receipt (multipart/report; report-type=disposition-notification)"));
        for (String nobody : List.of("lena.vogt@example.de", "omar.haddad@example.org", "priya.raman@example.com",
                "rust-users@lists.example.org", "news.example.com", "billing.example.net", "pat.quinn@example.com")) {
            assertThat(member.get("/api/people?q=" + nobody).body().path("items")).as(nobody).isEmpty();
        }
        JsonNode nadia = onlyPerson(member, "nadia.petrov@" + tag + ".example.com");
        assertThat(member.get("/api/people/" + nadia.path("id").asString() + "/timeline").body().path("items"))
                .singleElement().satisfies(t -> assertThat(t.path("summary").asString()).isEqualTo("Re: Offer for the Hamburg site"));

        String bounces = "handmade_mutt_mboxcl2.mbox";
        JsonNode bounced = ImportsApiTest.importBytes(member, bounces, Files.readAllBytes(CORPUS.resolve("email/" + bounces)), "");
        assertThat(bounced.path("skippedAutomatic").asLong()).as(bounced.toString()).isEqualTo(1);
        assertThat(bounced.path("notes")).filteredOn(n -> n.path("kind").asString().equals("skipped"))
                .extracting(n -> n.path("place").asString(), n -> n.path("message").asString()).containsExactly(tuple(bounces + ", line 51 (record 3)",
                        "automatic mail: delivery failure report (multipart/report; report-type=delivery-status)"));
        assertThat(member.get("/api/people?q=mx.example.net").body().path("items")).isEmpty();
    }

    @Test
    void anInvitationByMailIsTheMeetingAtItsStartWithItsAttendeesNotAnEmail() throws IOException {
        Client member = api.newUser("member", null).client();
        String file = "handmade_thunderbird_exchange-invitations.mbox";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] mbox = tagged(Files.readString(CORPUS.resolve("email/" + file)), tag).getBytes(StandardCharsets.UTF_8);

        JsonNode job = ImportsApiTest.importBytes(member, file, mbox, "");
        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(3);
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("skippedAutomatic").asLong()).isEqualTo(2);
        assertThat(job.path("notes")).extracting(n -> n.path("message").asString()).containsExactly(
                "automatic mail: calendar reply (METHOD:REPLY)", "automatic mail: meeting cancellation (METHOD:CANCEL)");
        JsonNode nadia = onlyPerson(member, "nadia.petrov@" + tag + ".example.com");
        JsonNode timeline = member.get("/api/people/" + nadia.path("id").asString() + "/timeline").body().path("items");
        assertThat(timeline).singleElement().satisfies(meeting -> {
            assertThat(meeting.path("channel").asString()).isEqualTo("video");
            assertThat(meeting.path("occurredAt").asString()).startsWith("2025-03-13T13:00");
            assertThat(meeting.path("durationMinutes").asInt()).isEqualTo(30);
            assertThat(meeting.path("summary").asString()).isEqualTo("Offer for the Hamburg site");
            assertThat(meeting.path("people")).extracting(p -> p.path("name").asString())
                    .containsExactlyInAnyOrder("Jane Doe", "Nadia Petrov", "Pat Quinn");
        });
        // Tomas was invited to a meeting that was cancelled: no meeting, and no person.
        assertThat(member.get("/api/people?q=tomas.berg@" + tag + ".example.org").body().path("items")).isEmpty();

        JsonNode again = ImportsApiTest.importBytes(member, file, mbox, "");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(1);
    }

    @Test
    void anInvitationToAMeetingStillToComeIsNoTouchpointYet() {
        Client member = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String invitation = """
                From: Ann <ann@%1$s.example.com>
                To: Bob <bob@%1$s.example.com>
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <future-%1$s@example.com>
                Subject: Invitation: Planning for 2099
                Content-Type: text/calendar; charset=utf-8; method=REQUEST

                BEGIN:VCALENDAR
                VERSION:2.0
                METHOD:REQUEST
                PRODID:-//Example//Calendar//EN
                BEGIN:VEVENT
                UID:future-%1$s@example.com
                ORGANIZER:mailto:ann@%1$s.example.com
                ATTENDEE:mailto:bob@%1$s.example.com
                DTSTART:20990105T120000Z
                SUMMARY:Planning for 2099
                END:VEVENT
                END:VCALENDAR
                """.formatted(tag);
        JsonNode job = ImportsApiTest.importBytes(member, "future.eml", invitation.getBytes(StandardCharsets.UTF_8), "");
        assertThat(job.path("created").asLong()).as(job.toString()).isZero();
        assertThat(job.path("skipped").asLong()).isEqualTo(1);
        assertThat(job.path("notes")).extracting(n -> n.path("message").asString())
                .containsExactly("the meeting of 2099-01-05T12:00Z has not taken place yet: no touchpoint");
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).isEmpty();
    }

    @Test
    void messagesThatReuseAMessageIdAreMessagesOfTheirOwnAndACopyIsNot() throws IOException {
        Client member = api.newUser("member", null).client();
        String file = "handmade_thunderbird_reused-message-id.mbox";
        String tag = UUID.randomUUID().toString().substring(0, 8);
        byte[] mbox = tagged(Files.readString(CORPUS.resolve("email/" + file)), tag).getBytes(StandardCharsets.UTF_8);

        JsonNode job = ImportsApiTest.importBytes(member, file, mbox, "");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(3);
        // Lukas and Sofia wrote through one contact form that stamps one Message-ID; the third is Lukas's again.
        assertThat(job.path("created").asLong()).as(job.toString()).isEqualTo(2);
        assertThat(job.path("unchanged").asLong()).isEqualTo(1);
        assertThat(job.path("notes")).extracting(n -> n.path("kind").asString(), n -> n.path("place").asString(),
                n -> n.path("message").asString()).containsExactly(tuple("warning", file + ", line 21 (record 2)",
                        "the Message-ID contact-form@www.example.net was already used by a message with another sender,"
                                + " date or subject; this one is imported as a message of its own"));
        JsonNode sofia = onlyPerson(member, "sofia.rossi@" + tag + ".example.it");
        assertThat(member.get("/api/people/" + sofia.path("id").asString() + "/timeline").body().path("items"))
                .singleElement().satisfies(t -> assertThat(t.path("summary").asString()).isEqualTo("Request for a quote"));
        JsonNode lukas = onlyPerson(member, "lukas.meyer@" + tag + ".example.de");
        assertThat(member.get("/api/people/" + lukas.path("id").asString() + "/timeline").body().path("items"))
                .singleElement().satisfies(t -> assertThat(t.path("summary").asString()).isEqualTo("Question about the pilot"));

        JsonNode again = ImportsApiTest.importBytes(member, file, mbox, "");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(3);
        assertThat(again.path("warnings").asLong()).isZero();
    }

    @Test
    void aMessageImportedWhenKeysWereItsIdAloneIsFoundAgainAndItsIdCanStillBeReused() {
        NewUser user = api.newUser("member", null);
        Client member = user.client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mail = """
                From: Ann Archer <ann@%1$s.example.com>
                To: sales@%1$s.example.net
                Date: Mon, 1 Jan 2024 10:00:00 +0000
                Message-ID: <reused-%1$s@example.net>
                Subject: Hello

                Hello.
                """;
        byte[] first = mail.formatted(tag).getBytes(StandardCharsets.UTF_8);
        assertThat(ImportsApiTest.importBytes(member, "first.eml", first, "").path("created").asLong()).isEqualTo(1);
        JsonNode ann = onlyPerson(member, "ann@" + tag + ".example.com");
        String touchpoint = member.get("/api/people/" + ann.path("id").asString() + "/timeline").body().path("items")
                .get(0).path("id").asString();
        // The keys as versions before the content digest stored them: the Message-ID, and the thread and day.
        jdbc.update("delete from import_key where owner_id = ?", user.id());
        for (String key : List.of("message:reused-" + tag + "@example.net", "thread:reused-" + tag + "@example.net|2024-01-01")) {
            jdbc.update("insert into import_key (owner_id, kind, key_hash, record_id, created_at) values (?, 'touchpoint', ?, ?, ?)",
                    user.id(), Digests.sha256Hex(key), UUID.fromString(touchpoint), java.time.OffsetDateTime.now());
        }

        JsonNode again = ImportsApiTest.importBytes(member, "first.eml", first, "");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(1);
        assertThat(again.path("warnings").asLong()).isZero();

        byte[] other = mail.replace("Ann Archer <ann@", "Bo Berg <bo@").replace("Hello", "Other news")
                .formatted(tag).getBytes(StandardCharsets.UTF_8);
        JsonNode reused = ImportsApiTest.importBytes(member, "other.eml", other, "");
        assertThat(reused.path("created").asLong()).as(reused.toString()).isEqualTo(1);
        assertThat(reused.path("notes")).extracting(n -> n.path("message").asString()).singleElement()
                .satisfies(message -> assertThat(message).contains("was already used by a message with another sender"));
        assertThat(onlyPerson(member, "bo@" + tag + ".example.com").path("name").asString()).isEqualTo("Bo Berg");
    }

    /**
     * The mail with addresses of its own (example.org becomes tag.example.org), in its base64 parts too: an
     * address belongs to one person, and other tests import the corpus as well.
     */
    private static String tagged(String mail, String tag) {
        Matcher base64 = Pattern.compile("(?m)(?<=base64\n\n)(?:[A-Za-z0-9+/=]+\n)+").matcher(mail);
        StringBuilder out = new StringBuilder();
        while (base64.find()) {
            String text = new String(Base64.getMimeDecoder().decode(base64.group()), StandardCharsets.UTF_8);
            String encoded = Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(tagged(text, tag).getBytes(StandardCharsets.UTF_8));
            base64.appendReplacement(out, Matcher.quoteReplacement(encoded + "\n"));
        }
        base64.appendTail(out);
        return out.toString().replace("@example.", "@" + tag + ".example.");
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
