package app.handshake.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.HandshakeApplication;
import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.Users;
import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportJob;
import app.handshake.imports.ImportRequest;
import app.handshake.imports.Imports;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import com.sun.management.GarbageCollectionNotificationInfo;
import javax.management.openmbean.CompositeData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The import benchmark ({@code ./mvnw -Pimport-benchmark test}, not part of the test suite): a generated
 * CSV of 1,000,000 people and an mbox of 1,000,000 messages, each imported as one job into an empty
 * workspace, with the rate and the peak heap in use while the import ran, in a JVM limited to a heap
 * much smaller than the files.
 */
class ImportBenchmark {

    private static final DateTimeFormatter MAIL_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final DateTimeFormatter MBOX_DATE = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy", Locale.ROOT);
    private static final int SELLERS = 10;

    @Test
    void measure() throws Exception {
        int people = Integer.getInteger("benchmark.import.people", 1_000_000);
        int messages = Integer.getInteger("benchmark.import.messages", 1_000_000);
        String postgres = System.getenv("HANDSHAKE_TEST_DB_URL");
        String url = postgres != null ? postgres
                : "jdbc:h2:file:./target/benchmark/import-h2/handshake;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
        String user = postgres != null ? System.getenv().getOrDefault("HANDSHAKE_TEST_DB_USER", "handshake") : "sa";
        String password = postgres != null ? System.getenv().getOrDefault("HANDSHAKE_TEST_DB_PASSWORD", "") : "";
        Flyway.configure().dataSource(url, user, password).cleanDisabled(false).load().clean();
        Path folder = Files.createDirectories(Path.of("target", "benchmark"));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(HandshakeApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--handshake.scheduling.enabled=false",
                "--handshake.admin.email=bench-admin@bench.example", "--handshake.admin.password=" + BenchmarkData.PASSWORD,
                "--logging.level.app.handshake.requests=WARN", "--spring.main.banner-mode=off")) {
            Users users = app.getBean(Users.class);
            Actor admin = users.findByEmail("bench-admin@bench.example").orElseThrow().actor();
            for (int i = 0; i < SELLERS; i++) {
                users.create(admin, new Users.NewUser(seller(i), "Seller " + i, Role.member, null, BenchmarkData.PASSWORD));
            }
            Imports imports = app.getBean(Imports.class);
            List<String> lines = new ArrayList<>();
            lines.add("Database: " + (postgres != null ? "PostgreSQL" : "H2 (file)") + "; "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version().feature()
                    + ", max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");

            Path csv = peopleCsv(folder.resolve("people.csv"), people);
            lines.add(measure(imports, admin, csv, ImportFormat.csv, "people"));

            Path mbox = mbox(folder.resolve("messages.mbox"), messages);
            lines.add(measure(imports, users.findByEmail(seller(0)).orElseThrow().actor(), mbox, ImportFormat.mbox, "messages"));

            String report = String.join("\n", lines);
            System.out.println("\n== Import benchmark\n" + report + "\n");
            Files.writeString(folder.resolve("results-import-" + (postgres != null ? "postgresql" : "h2") + ".txt"), report + "\n");
        }
    }

    private static String measure(Imports imports, Actor actor, Path file, ImportFormat format, String what) throws IOException {
        long size = Files.size(file);
        HeapWatch heap = HeapWatch.start();
        long started = System.nanoTime();
        ImportJob job = imports.run(actor, new ImportRequest(file.getFileName().toString(), format, null, null, null,
                false, false, null, false, null), file);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] peak = heap.stop();
        assertThat(job.status()).as(String.valueOf(job.problem())).isEqualTo(ImportJob.Status.succeeded);
        return String.format(Locale.ROOT, "%s: %,d %s (%,d MiB) in %.0f s = %,.0f records/s; %,d created, %,d unchanged, "
                        + "%,d skipped, %,d people created; peak heap in use %,d MiB, at most %,d MiB live after a collection",
                file.getFileName(), job.recordsRead(), what, size >> 20, seconds, job.recordsRead() / seconds,
                job.created(), job.unchanged(), job.skipped(), job.peopleCreated(), peak[0] >> 20, peak[1] >> 20);
    }

    private static String seller(int i) {
        return "seller" + i + "@bench.example";
    }

    /** People as a contacts spreadsheet: a name, an address, a phone, one of 5,000 organizations, a title. */
    private static Path peopleCsv(Path file, int count) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Name,Email,Phone,Organization,Title\r\n");
            for (int i = 0; i < count; i++) {
                out.write("Person " + i + ",person" + i + "@customers.example,+1 555 " + String.format("%07d", i)
                        + ",\"Company " + (i % 5000) + ", Inc.\",Buyer\r\n");
            }
        }
        return file;
    }

    /**
     * Mail between the sellers and 50,000 correspondents over two years, in threads of three: a message,
     * a reply the same day, and a follow-up days later.
     */
    private static Path mbox(Path file, int count) throws IOException {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusYears(2).withNano(0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                int thread = i / 3;
                int step = i % 3;
                String customer = "contact" + (thread % 50_000) + "@clients.example";
                String seller = seller(thread % SELLERS);
                boolean fromUs = (thread + step) % 2 == 0;
                OffsetDateTime sent = start.plusMinutes(thread * 61L % (2 * 365 * 24 * 60)).plusHours(step == 1 ? 2 : 0)
                        .plusDays(step == 2 ? 5 : 0);
                out.write("From " + (fromUs ? seller : customer) + " " + MBOX_DATE.format(sent) + "\n");
                out.write("From: " + (fromUs ? "Seller <" + seller + ">" : "Contact " + thread % 50_000 + " <" + customer + ">") + "\n");
                out.write("To: " + (fromUs ? customer : seller) + "\n");
                out.write("Subject: " + (step == 0 ? "" : "Re: ") + "Proposal " + thread + "\n");
                out.write("Date: " + MAIL_DATE.format(sent) + "\n");
                out.write("Message-ID: <m" + i + "@bench.example>\n");
                if (step > 0) {
                    out.write("In-Reply-To: <m" + (i - 1) + "@bench.example>\n");
                    out.write("References: <m" + (thread * 3) + "@bench.example>" + (step == 2 ? " <m" + (i - 1) + "@bench.example>" : "") + "\n");
                }
                out.write("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n");
                out.write("Hello,\n\nthank you for the call about proposal " + thread + ". As discussed, the next step\n"
                        + "is a visit to the site; I will send the agenda.\n\n>From the notes: pricing by volume.\n\nBest regards\n\n");
            }
        }
        return file;
    }

    /**
     * The largest heap in use, sampled every 20 ms while the import runs (garbage not yet collected
     * included), and the largest heap still live right after a garbage collection (what the import holds).
     */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong live = new AtomicLong();
        private volatile boolean running = true;
        private final Thread thread;
        private final List<Runnable> unsubscribe = new ArrayList<>();

        private HeapWatch() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof javax.management.NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (notification, handback) -> {
                        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                            var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                    .filter(e -> heapPools().contains(e.getKey()))
                                    .mapToLong(e -> e.getValue().getUsed()).sum();
                            live.accumulateAndGet(after, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    unsubscribe.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException e) {
                            // already gone
                        }
                    });
                }
            }
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        private static java.util.Set<String> heapPools() {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                    names.add(pool.getName());
                }
            }
            return names;
        }

        static HeapWatch start() {
            System.gc();
            return new HeapWatch();
        }

        /** Stops watching; answers {peak in use, peak live after a collection}. */
        long[] stop() {
            running = false;
            thread.interrupt();
            unsubscribe.forEach(Runnable::run);
            return new long[] {peak.get(), live.get()};
        }
    }
}
