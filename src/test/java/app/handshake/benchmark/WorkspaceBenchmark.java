package app.handshake.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.HandshakeApplication;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workspace benchmark (run with {@code ./mvnw -Pbenchmark test}, not part of the test suite): a
 * generated workspace of 100,000 people, 2,000,000 touchpoints and 20,000 deals, then, over HTTP on loopback, one
 * user's agenda, the people search, the pipeline board and the deals list, logging a touchpoint with its score
 * and due-date update, and a full recompute of every score.
 * It records figures; it asserts only that the work was done.
 */
class WorkspaceBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    @Test
    void measure() throws Exception {
        int people = Integer.getInteger("benchmark.people", 100_000);
        int perPerson = Integer.getInteger("benchmark.touchpoints-per-person", 20);
        int dealCount = Integer.getInteger("benchmark.deals", people / 5);
        String postgres = System.getenv("HANDSHAKE_TEST_DB_URL");
        String url = postgres != null ? postgres + (postgres.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true"
                : "jdbc:h2:file:./target/benchmark/h2/handshake;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64";
        String user = postgres != null ? System.getenv().getOrDefault("HANDSHAKE_TEST_DB_USER", "handshake") : "sa";
        String password = postgres != null ? System.getenv().getOrDefault("HANDSHAKE_TEST_DB_PASSWORD", "") : "";
        String database = postgres != null ? "PostgreSQL" : "H2 (file)";
        if (postgres == null) {
            // A new file each run: H2 never gives back the space of what an earlier run dropped, and a file
            // grown over many runs measures its own history.
            Path h2 = Path.of("target", "benchmark", "h2");
            if (Files.isDirectory(h2)) {
                try (var files = Files.list(h2)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
            }
        }
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();

        // Command-line arguments: they win over application.properties and the HANDSHAKE_DB_* variables.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HandshakeApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--handshake.scheduling.enabled=false",
                "--handshake.admin.email=bench-admin@bench.example", "--handshake.admin.password=" + BenchmarkData.PASSWORD,
                "--logging.level.app.handshake.requests=WARN", "--spring.main.banner-mode=off")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            List<String> lines = new ArrayList<>();
            lines.add("Database: " + database + "; " + people + " people, " + (people * perPerson) + " touchpoints, "
                    + dealCount + " deals; "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature());

            String only = System.getProperty("benchmark.only");
            boolean partnersOnly = "partners".equals(only);
            boolean partnersMeasured = only == null || partnersOnly;
            int partnerCount = Integer.getInteger("benchmark.partners", 10_000);
            int endorsementCount = Integer.getInteger("benchmark.endorsements", 200_000);
            if (partnersMeasured) {
                lines.add("Partners: " + partnerCount + " partners, " + endorsementCount + " endorsements");
            }

            long started = System.nanoTime();
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            BenchmarkData data = new BenchmarkData(jdbc);
            // In one transaction, as an import loads a file: with H2's WRITE_DELAY=0, row-by-row auto-commit would
            // write every row to the file on its own.
            new org.springframework.transaction.support.TransactionTemplate(
                    app.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                    .executeWithoutResult(status -> {
                        data.generate(people, perPerson, 49, 2_000);
                        data.generateDeals(dealCount);
                        data.generateDeployments();
                        if (partnersMeasured) {
                            data.generatePartners(partnerCount, endorsementCount);
                        }
                        // Written straight into the tables, as a restore does: the board's totals, the closed deals' and the
                        // nurture kept for the figures are counted after.
                        app.getBean(app.handshake.deals.PipelineTotals.class).recount();
                        app.getBean(app.handshake.deals.ClosedTotals.class).recount();
                        app.getBean(app.handshake.deals.NurtureTouches.class).recount();
                    });
            lines.add(String.format("Generating the workspace: %.1f s", seconds(started)));

            String admin = token(base, "bench-admin@bench.example");
            // -Dbenchmark.only=figures measures usage ingestion and the figures alone; figuresOnly the figures alone
            // (the generated deployments of won deals are the ones in active use that the figures count); usage,
            // ingestion alone; partners, the referral search alone.
            boolean everything = only == null;
            boolean ingestion = everything || "figures".equals(only) || "usage".equals(only);
            boolean figures = everything || only.startsWith("figures");
            // The referral search weighs endorsers by their relationship scores: they are computed first.
            if (everything || partnersOnly) {
            started = System.nanoTime();
            String recompute = send(base, "POST", "/api/relationships/recompute", admin, "{}");
            lines.add(String.format("Full recompute of every score: %.1f s (%s)", seconds(started), recompute.strip()));
            started = System.nanoTime();
            send(base, "POST", "/api/relationships/recompute", admin, "{}");
            lines.add(String.format("Full recompute, second run: %.1f s", seconds(started)));
            }

            // A workspace in use is not being bulk-loaded: latencies are measured on a settled database,
            // after the maintenance that PostgreSQL's autovacuum would otherwise run in the middle of them.
            settle(jdbc, postgres != null);
            String seller = token(base, data.userEmails.getFirst());
            if (partnersMeasured) {
                lines.add(line("Referral search (a trade near a city, " + partnerCount + " partners, "
                        + endorsementCount + " endorsements), 2,000 requests after 1,000", searchPartners(base, seller)));
            }
            if (ingestion) {
                lines.add(ingestUsage(base, seller, jdbc, postgres != null, 10, 100, 365));
            }
            if (figures) {
            long inUse = jdbc.queryForObject("select count(*) from deployment where active_since is not null",
                    Long.class);
            long closed = jdbc.queryForObject("select count(*) from deal where outcome <> 'open'", Long.class);
            List<UUID> changing = jdbc.queryForList("select id from deal fetch first 1000 rows only", UUID.class);
            int[] touched = {0};
            Runnable aDealMoves = () -> jdbc.update("update deal set updated_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC), changing.get(touched[0]++ % changing.size()));
            lines.add(line("Figures API, the last twelve months (" + closed + " closed deals, " + inUse
                    + " deployments in active use), 2,000 requests after 1,000",
                    measure(base, "/api/figures", seller, "\"owners\"", aDealMoves)));
            lines.add(line("Figures page, the last twelve months, 2,000 requests after 1,000",
                    measurePage(base, data.userEmails.getFirst(), "/figures", "figures-owners", aDealMoves, 1_000,
                            2_000)));
            if (!everything) {
                // The machine's speed in the same run (the whole run measures it below): on a small virtual machine
                // a slow moment shows here too, and tells a slow machine from a slow change.
                lines.add(line("Baseline: the signed-in user (token check, one read), 2,000 requests after 1,000",
                        measure(base, "/api/users/me", seller, "\"email\"", () -> { })));
            }
            }
            if (everything) {
            List<UUID> own = jdbc.queryForList("select id from person where owner_id = ? fetch first 500 rows only",
                    UUID.class, data.users.getFirst());
            long due = jdbc.queryForObject("select count(*) from cadence_due where assignee_id = ? and due_at <= ?",
                    Long.class, data.users.getFirst(), OffsetDateTime.now(ZoneOffset.UTC).plusDays(1));

            Histogram baseline = new Histogram(60_000_000_000L, 3);
            // Warm-ups long enough for the JIT to settle on this 2-core machine before anything is recorded.
            for (int i = 0; i < 3_000; i++) {
                long t = System.nanoTime();
                send(base, "GET", "/api/users/me", seller, null);
                if (i >= 1_000) {
                    baseline.recordValue(System.nanoTime() - t);
                }
            }
            lines.add(line("Baseline: the signed-in user (token check, one read), 2,000 requests", baseline));

            Histogram agenda = new Histogram(60_000_000_000L, 3);
            for (int i = 0; i < 3_000; i++) {
                long t = System.nanoTime();
                String body = send(base, "GET", "/api/agenda", seller, null);
                if (i >= 1_000) {
                    agenda.recordValue(System.nanoTime() - t);
                }
                if (i == 0) {
                    assertThat(body).contains("\"items\"");
                }
            }
            lines.add(line("Agenda of one user (" + due + " due or overdue of "
                    + (people / 10 / 49) + " with a cadence), 2,000 requests", agenda));

            Histogram search = new Histogram(60_000_000_000L, 3);
            Random words = new Random(11);
            // One word as typed in the search box: a number, which begins the names of about a dozen people, and
            // below 2,000 also those of a dozen organizations, whose people it finds too.
            for (int i = 0; i < 3_000; i++) {
                String word = Integer.toString(1 + words.nextInt(Math.max(1, people / 10)));
                long t = System.nanoTime();
                String body = send(base, "GET", "/api/people?q=" + word, seller, null);
                if (i >= 1_000) {
                    search.recordValue(System.nanoTime() - t);
                }
                if (i == 0) {
                    assertThat(body).contains("Person " + word);
                }
            }
            lines.add(line("People search (one word), 2,000 requests", search));

            long openDeals = jdbc.queryForObject("""
                    select count(*) from deal d where d.outcome = 'open' and (d.visibility = 'shared' or d.owner_id = ?)""",
                    Long.class, data.users.getFirst());
            // A deal changes before each request (not timed): H2 answers a query it has just answered, on tables
            // nobody changed since, from its query cache, and a board read over and over would measure that cache.
            List<UUID> dealIds = jdbc.queryForList("select id from deal fetch first 1000 rows only", UUID.class);
            int[] changed = {0};
            Runnable aDealChanges = () -> jdbc.update("update deal set updated_at = ? where id = ?",
                    OffsetDateTime.now(ZoneOffset.UTC), dealIds.get(changed[0]++ % dealIds.size()));
            lines.add(line("Pipeline board of one user (" + openDeals + " open deals they may see), 2,000 requests",
                    measure(base, "/api/pipeline/board", seller, "\"columns\"", aDealChanges)));
            lines.add(line("Deals list, first page (25 by name), 2,000 requests",
                    measure(base, "/api/deals", seller, "\"items\"", aDealChanges)));
            UUID proposal = jdbc.queryForObject("select id from pipeline_stage where name = 'Proposal'", UUID.class);
            lines.add(line("Deals list filtered (one stage, GBP, at least 2,500,000.00), first page, 2,000 requests",
                    measure(base, "/api/deals?stageId=" + proposal + "&currency=GBP&minValue=250000000", seller,
                            "\"items\"", aDealChanges)));

            Histogram log = new Histogram(60_000_000_000L, 3);
            Random random = new Random(7);
            // The longest warm-up: logging runs the most code (three modules, nine statements), and on two cores
            // the JIT compiler still takes a core now and then for thousands of requests after the first.
            for (int i = 0; i < 10_000; i++) {
                UUID person = own.get(random.nextInt(own.size()));
                String body = "{\"channel\":\"phone\",\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC)
                        + "\",\"personIds\":[\"" + person + "\"]}";
                long t = System.nanoTime();
                send(base, "POST", "/api/touchpoints", seller, body);
                if (i >= 5_000) {
                    log.recordValue(System.nanoTime() - t);
                }
            }
            lines.add(line("Logging a touchpoint with its score and due-date update, 5,000 requests", log));

            }
            String report = String.join("\n", lines);
            System.out.println("\n=== Workspace benchmark ===\n" + report + "\n");
            Path out = Path.of("target", "benchmark", "results-" + (postgres != null ? "postgresql" : "h2") + ".txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report + "\n");
        }
    }

    /**
     * The referral search as a seller types it: one of the ten commonest trades by name or synonym, near one of the
     * 200 cities; 1,000 warm-up requests, then 2,000 measured.
     */
    private Histogram searchPartners(String base, String token) throws Exception {
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        Random random = new Random(19);
        for (int i = 0; i < 3_000; i++) {
            String[] trade = BenchmarkData.TRADES[random.nextInt(10)];
            String need = java.net.URLEncoder.encode(trade[random.nextInt(2)], StandardCharsets.UTF_8);
            String near = java.net.URLEncoder.encode(BenchmarkData.cityName(random.nextInt(200)), StandardCharsets.UTF_8);
            long t = System.nanoTime();
            String body = send(base, "GET", "/api/partners/search?need=" + need + "&near=" + near, token, null);
            if (i >= 1_000) {
                histogram.recordValue(System.nanoTime() - t);
            }
            if (i == 0) {
                assertThat(body).contains("\"results\"").contains("\"paths\"");
            }
        }
        return histogram;
    }

    /** 1,000 warm-up requests, then 2,000 measured, as for the other reads; {@code before} runs untimed before each. */
    private Histogram measure(String base, String path, String token, String expected, Runnable before)
            throws Exception {
        return measure(base, path, token, expected, before, 1_000, 2_000);
    }

    private Histogram measure(String base, String path, String token, String expected, Runnable before, int warmUp,
            int measured) throws Exception {
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < warmUp + measured; i++) {
            before.run();
            long t = System.nanoTime();
            String body = send(base, "GET", path, token, null);
            if (i >= warmUp) {
                histogram.recordValue(System.nanoTime() - t);
            }
            if (i == 0) {
                assertThat(body).contains(expected);
            }
        }
        return histogram;
    }

    /** As {@link #measure}, for a page read in a signed-in browser session. */
    private Histogram measurePage(String base, String email, String path, String expected, Runnable before, int warmUp,
            int measured) {
        app.handshake.support.WebSession session = app.handshake.support.WebSession.signIn(base, email,
                BenchmarkData.PASSWORD);
        Histogram histogram = new Histogram(60_000_000_000L, 3);
        for (int i = 0; i < warmUp + measured; i++) {
            before.run();
            long t = System.nanoTime();
            var reply = session.get(path);
            if (i >= warmUp) {
                histogram.recordValue(System.nanoTime() - t);
            }
            if (i == 0) {
                assertThat(reply.statusCode()).isEqualTo(200);
                assertThat(reply.body()).contains(expected);
            }
        }
        return histogram;
    }

    /**
     * Usage ingestion: {@code deployments} deployments of {@code sites} sites each, a year of daily active users per
     * site, posted through the API in batches of 10,000 rows (a deployment's last batch may be smaller). The rows per
     * second count the whole posting: JSON over HTTP, checks, storing and working out active use.
     */
    private String ingestUsage(String base, String token, JdbcTemplate jdbc, boolean postgres, int deployments,
            int sites, int days) throws Exception {
        java.time.LocalDate last = java.time.LocalDate.now(ZoneOffset.UTC).minusDays(1);
        long rows = 0;
        long nanos = 0;
        int batches = 0;
        Random users = new Random(3);
        Map<String, List<String>> sitesOf = new java.util.LinkedHashMap<>();
        for (int d = 0; d < deployments; d++) {
            String created = send(base, "POST", "/api/deployments", token, "{\"name\":\"Rollout " + d + "\"}");
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(created);
            assertThat(id.find()).isTrue();
            String deployment = id.group(1);
            List<String> siteIds = new ArrayList<>();
            for (int s = 0; s < sites; s++) {
                String body = send(base, "POST", "/api/deployments/" + deployment + "/sites", token,
                        "{\"name\":\"Site " + s + "\",\"licensedSeats\":200}");
                // Sites come back in order: the last one listed is the one just added.
                Matcher all = Pattern.compile("\\{\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"").matcher(
                        body.substring(body.indexOf("\"sites\""), body.indexOf("\"milestones\"")));
                String found = null;
                while (all.find()) {
                    found = all.group(1);
                }
                siteIds.add(found);
            }
            assertThat(siteIds).doesNotContainNull().doesNotHaveDuplicates();
            sitesOf.put(deployment, siteIds);
        }
        // The sites are in place before their usage comes, as in a workspace in use: measured after the
        // maintenance autovacuum runs a minute after hundreds of sites are added (PostgreSQL plans the check of
        // each row's site from the site table's statistics, and those of a nearly empty table make it a scan).
        settle(jdbc, postgres);
        for (var deploymentSites : sitesOf.entrySet()) {
            String deployment = deploymentSites.getKey();
            List<String> siteIds = deploymentSites.getValue();
            StringBuilder batch = new StringBuilder();
            int inBatch = 0;
            for (String site : siteIds) {
                for (int day = days - 1; day >= 0; day--) {
                    batch.append(inBatch == 0 ? "{\"rows\":[" : ",").append("{\"siteId\":\"").append(site)
                            .append("\",\"day\":\"").append(last.minusDays(day)).append("\",\"activeUsers\":")
                            .append(100 + users.nextInt(100)).append('}');
                    if (++inBatch == 10_000) {
                        nanos += post(base, deployment, token, batch);
                        rows += inBatch;
                        batches++;
                        inBatch = 0;
                        batch.setLength(0);
                    }
                }
            }
            if (inBatch > 0) {
                nanos += post(base, deployment, token, batch);
                rows += inBatch;
                batches++;
            }
        }
        return String.format("Usage ingestion: %,d rows (%d deployments x %d sites x %d days) in %d batches: %.1f s,"
                + " %,.0f rows/s", rows, deployments, sites, days, batches, nanos / 1e9, rows / (nanos / 1e9));
    }

    private long post(String base, String deployment, String token, StringBuilder batch) throws Exception {
        String json = batch.append("]}").toString();
        long t = System.nanoTime();
        send(base, "POST", "/api/deployments/" + deployment + "/usage", token, json);
        return System.nanoTime() - t;
    }

    private static void settle(JdbcTemplate jdbc, boolean postgres) {
        if (postgres) {
            jdbc.execute("vacuum analyze");
        }
    }

    private static String line(String what, Histogram h) {
        return String.format("%s: p50 %.2f ms, p99 %.2f ms, max %.2f ms", what, h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private String token(String base, String email) throws Exception {
        String basic = Base64.getEncoder().encodeToString((email + ":" + BenchmarkData.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String body = exchange(base + "/api/tokens", "POST", "Basic " + basic, "{\"name\":\"benchmark\"}");
        Matcher matcher = TOKEN.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }

    private String send(String base, String method, String path, String token, String json) throws Exception {
        return exchange(base + path, method, "Bearer " + token, json);
    }

    /**
     * One request on the JDK's plain blocking client: it answers on the calling thread over a kept-alive
     * connection, so the load driver adds no threads and no hand-offs of its own to the two cores it shares
     * with the server and the database.
     */
    private static String exchange(String url, String method, String authorization, String json) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setRequestMethod(method);
        connection.setRequestProperty("Authorization", authorization);
        connection.setRequestProperty("Accept", "application/json");
        if (json != null) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(bytes);
            }
        }
        int status = connection.getResponseCode();
        // Read to the end and close the stream (not the connection), so that the connection is kept for the next.
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(status).as(method + " " + url + ": " + body).isBetween(200, 299);
            return body;
        }
    }

}
