package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import runs in one transaction for the whole file, yet people at work are not kept waiting by it: while
 * a file is being read (here, a pipe whose writer holds back the end), the team logs touchpoints with the very
 * people the file changes or adds touchpoints to, and edits them. Nobody waits for the file; when it ends,
 * everything is there: the import's additions, the touchpoints logged meanwhile and the edit.
 */
@HandshakeTest
class ImportWhilePeopleWorkTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    /** Far longer than any write takes, far shorter than the file stays open. */
    private static final long PROMPTLY_SECONDS = 20;

    @Autowired
    Api api;

    @Autowired
    Imports imports;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void aContactFileThatChangesSomeoneDoesNotHoldThemWhileTheRestIsRead() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String adaMail = "ada-" + marker + "@import-wait.example";
        Reply ada = api.post("/api/people", Map.of("name", "Ada " + marker,
                "emails", List.of(Map.of("address", adaMail))));
        assertThat(ada.status()).isEqualTo(201);

        Path pipe = pipe("contacts.csv");
        UUID job = imports.start(admin(), request("contacts.csv", ImportFormat.csv), pipe).id();
        try (OutputStream file = Files.newOutputStream(pipe)) {
            StringBuilder lines = new StringBuilder("name,email,phone,title\n");
            // The first line gives Ada a phone and a title; thousands of new people follow.
            lines.append("Ada ").append(marker).append(',').append(adaMail).append(",+44 20 7946 0958,Head of Sales\n");
            for (int i = 0; i < 3_000; i++) {
                lines.append("Newcomer ").append(marker).append(' ').append(i).append(",new-").append(i).append('-')
                        .append(marker).append("@import-wait.example,,\n");
            }
            file.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            file.flush();
            awaitRecordsRead(job, 1_000);

            // The file is still open: the import has read Ada's line and is waiting for more.
            Reply logged = promptly(() -> api.post("/api/touchpoints", Map.of("channel", "phone",
                    "occurredAt", NOW.minusHours(1).toString(), "personIds", List.of(ada.id()))));
            assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
            Reply current = api.get("/api/people/" + ada.id());
            Map<String, Object> edit = Map.of("name", "Ada " + marker, "notes", "met at the fair",
                    "emails", List.of(Map.of("address", adaMail)));
            Reply edited = promptly(() -> api.put("/api/people/" + ada.id(), edit, current.etag()));
            assertThat(edited.status()).as(edited.raw()).isEqualTo(200);

            file.write(("Last " + marker + ",last-" + marker + "@import-wait.example,,\n").getBytes(StandardCharsets.UTF_8));
        }

        assertThat(awaitEnd(job)).isEqualTo("succeeded");
        Reply after = api.get("/api/people/" + ada.id());
        assertThat(after.body().get("notes").asString()).as("the edit made during the import").isEqualTo("met at the fair");
        assertThat(after.body().get("title").asString()).as("what the file added").isEqualTo("Head of Sales");
        assertThat(after.raw()).contains("+44 20 7946 0958");
        assertThat(jdbc.queryForObject("select count(*) from touchpoint_person where person_id = ?", Long.class,
                UUID.fromString(ada.id()))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from person where name like ?", Long.class,
                "%" + marker + "%")).isEqualTo(1 + 3_000 + 1);
    }

    @Test
    void aMailboxWithSomeonesMailDoesNotHoldThemWhileTheRestIsRead() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String bobMail = "bob-" + marker + "@import-wait.example";
        Reply bob = api.post("/api/people", Map.of("name", "Bob " + marker, "emails", List.of(Map.of("address", bobMail))));
        assertThat(bob.status()).isEqualTo(201);

        Path pipe = pipe("mail.mbox");
        UUID job = imports.start(admin(), request("mail.mbox", ImportFormat.mbox), pipe).id();
        try (OutputStream file = Files.newOutputStream(pipe)) {
            StringBuilder mbox = new StringBuilder();
            // The first message is from Bob; thousands of others, from people not known yet, follow.
            message(mbox, bobMail, marker, 0);
            for (int i = 1; i <= 3_000; i++) {
                message(mbox, "writer-" + i + "-" + marker + "@import-wait.example", marker, i);
            }
            file.write(mbox.toString().getBytes(StandardCharsets.UTF_8));
            file.flush();
            awaitRecordsRead(job, 1_000);

            Reply logged = promptly(() -> api.post("/api/touchpoints", Map.of("channel", "meal",
                    "occurredAt", NOW.minusHours(2).toString(), "personIds", List.of(bob.id()))));
            assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
            Reply again = promptly(() -> api.post("/api/touchpoints", Map.of("channel", "phone",
                    "occurredAt", NOW.minusHours(1).toString(), "personIds", List.of(bob.id()))));
            assertThat(again.status()).as(again.raw()).isEqualTo(201);
        }

        assertThat(awaitEnd(job)).isEqualTo("succeeded");
        assertThat(jdbc.queryForObject("select count(*) from touchpoint_person where person_id = ?", Long.class,
                UUID.fromString(bob.id()))).as("the imported mail and the two logged meanwhile").isEqualTo(3);
        // Bob's score counts all three, as a recompute from nothing would.
        Reply relationship = api.get("/api/people/" + bob.id() + "/relationship");
        assertThat(relationship.status()).isEqualTo(200);
        String before = withoutWhen(relationship.raw());
        api.post("/api/relationships/recompute", Map.of());
        assertThat(withoutWhen(api.get("/api/people/" + bob.id() + "/relationship").raw())).isEqualTo(before);
    }

    /** Leaves out when it was worked out, and the raw strength that decays by the second meanwhile. */
    private static String withoutWhen(String relationship) {
        return relationship.replaceAll("\"(computedAt|raw)\":(\"[^\"]*\"|[0-9.eE+-]+)", "");
    }

    private static void message(StringBuilder mbox, String from, String marker, int n) {
        mbox.append("From ").append(from).append(" Mon Nov 30 10:00:00 2026\n")
                .append("From: ").append(from).append('\n')
                .append("To: ").append(Api.ADMIN_EMAIL).append('\n')
                .append("Subject: question ").append(n).append(' ').append(marker).append('\n')
                .append("Date: ").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(NOW.minusDays(3).minusMinutes(n))).append('\n')
                .append("Message-ID: <").append(n).append('.').append(marker).append("@import-wait.example>\n\n")
                .append("Could we talk about the offer?\n\n");
    }

    private static ImportRequest request(String name, ImportFormat format) {
        return new ImportRequest(name, format, StandardCharsets.UTF_8, null, null, false, false, true, false,
                NOW.minusYears(1));
    }

    private Actor admin() {
        return new Actor(jdbc.queryForObject("select id from app_user where email = ?", UUID.class, Api.ADMIN_EMAIL),
                Role.admin);
    }

    /** A named pipe: the import reads what has been written and waits for the rest. */
    private Path pipe(String name) throws Exception {
        Path pipe = folder.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        return pipe;
    }

    private static <T> T promptly(java.util.function.Supplier<T> request) throws Exception {
        return CompletableFuture.supplyAsync(request).get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
    }

    private void awaitRecordsRead(UUID job, long records) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Long read = jdbc.queryForObject("select records_read from import_job where id = ?", Long.class, job);
            if (read != null && read >= records) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not get to record " + records);
    }

    private String awaitEnd(UUID job) throws InterruptedException {
        for (int i = 0; i < 1_200; i++) {
            String status = jdbc.queryForObject("select status from import_job where id = ?", String.class, job);
            if (!"queued".equals(status) && !"running".equals(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end");
    }
}
