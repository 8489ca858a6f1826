package app.handshake.imports;

import app.handshake.accounts.Actor;
import app.handshake.deployments.Deployments;
import app.handshake.platform.Heartbeats;
import app.handshake.imports.jobs.ImportRunner;
import app.handshake.imports.jobs.JobStore;
import app.handshake.shared.Ids;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.RecordNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Service;

/**
 * Imports files into the workspace as jobs: each runs in the background, shows its progress, and either
 * imports everything it could understand or — when it fails — nothing at all. Only the one who started a
 * job sees it.
 */
@Service
public class Imports implements AutoCloseable {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Imports.class);

    private final JobStore jobs;
    private final ImportRunner runner;
    private final Heartbeats heartbeats;
    private final Clock clock;
    private final Deployments deployments;
    // Two at a time: each import holds a database connection for its whole file, and the pool is shared.
    private final ExecutorService background = Executors.newFixedThreadPool(2, Thread.ofVirtual().name("import-", 0)
            .factory());

    Imports(JobStore jobs, ImportRunner runner, Heartbeats heartbeats, Clock clock, Deployments deployments) {
        this.deployments = deployments;
        this.heartbeats = heartbeats;
        this.jobs = jobs;
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * Starts importing a file that has been saved to {@code file}; the job owns the file from here on and
     * deletes it when done. Returns the job as it stands (queued).
     */
    public ImportJob start(Actor actor, ImportRequest request, Path file) {
        ImportFormat format = formatOf(request, file);
        checkDeployment(actor, request, format);
        boolean shared = request.shared() != null ? request.shared() : format.sharedByDefault();
        UUID id = Ids.newId(clock);
        jobs.create(id, actor.userId(), request, format, shared, OffsetDateTime.now(clock));
        // Alive from the moment it is queued: a job whose node dies is found and marked failed by any node.
        Heartbeats.Beat beat = heartbeats.keep("heartbeat of import " + id, () -> jobs.beat(id));
        background.submit(() -> {
            try {
                runner.run(id, actor, request, format, shared, file);
            } finally {
                beat.close();
                deleteQuietly(file);
            }
        });
        return jobs.find(id).orElseThrow();
    }

    /** Imports a file and waits for the outcome: for the command line. */
    public ImportJob run(Actor actor, ImportRequest request, Path file) {
        ImportFormat format = formatOf(request, file);
        checkDeployment(actor, request, format);
        boolean shared = request.shared() != null ? request.shared() : format.sharedByDefault();
        UUID id = Ids.newId(clock);
        jobs.create(id, actor.userId(), request, format, shared, OffsetDateTime.now(clock));
        try (Heartbeats.Beat beat = heartbeats.keep("heartbeat of import " + id, () -> jobs.beat(id))) {
            runner.run(id, actor, request, format, shared, file);
        }
        return jobs.find(id).orElseThrow();
    }

    public ImportJob get(Actor actor, UUID id) {
        return jobs.ownerOf(id).filter(owner -> owner.equals(actor.userId())).flatMap(owner -> jobs.find(id))
                .orElseThrow(() -> new RecordNotFoundException("import", id));
    }

    public Page<ImportJob> list(Actor actor, PageRequest page) {
        return jobs.page(actor.userId(), page);
    }

    /**
     * Usage goes into a deployment the importer may see (one they may not is not found, as if it did not exist);
     * no other file goes into one.
     */
    private void checkDeployment(Actor actor, ImportRequest request, ImportFormat format) {
        if (!format.needsDeployment()) {
            if (request.deploymentId() != null) {
                throw new InvalidRequestException("deploymentId", "only a usage file goes into a deployment; "
                        + request.fileName() + " reads as " + format.label());
            }
            return;
        }
        if (request.deploymentId() == null) {
            throw new InvalidRequestException("deploymentId", "choose the deployment the usage in "
                    + request.fileName() + " is for");
        }
        deployments.get(actor, request.deploymentId());
    }

    private static ImportFormat formatOf(ImportRequest request, Path file) {
        if (request.format() != null) {
            return request.format();
        }
        try (InputStream in = Files.newInputStream(file)) {
            ImportFormat detected = ImportFormat.detect(request.fileName(), in.readNBytes(4096));
            if (detected == null) {
                throw new InvalidRequestException("format", "could not tell the format of " + request.fileName()
                        + "; choose one of vcard, csv, ical, mbox, eml, deals, usage, partners, endorsements");
            }
            return detected;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system cleans it up if we cannot
        }
    }

    /**
     * Every node looks for imports whose node died (no heartbeat for a while) and marks them failed, and
     * removes uploads that such imports left in the temporary folder.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void watchForAbandonedImports() {
        heartbeats.sweep("the search for abandoned imports", () -> {
            int abandoned = jobs.failAbandoned(heartbeats.settings().abandonedAfter());
            if (abandoned > 0) {
                log.warn("Marked {} imports failed: the server running them stopped before they finished", abandoned);
            }
            removeLeftUploads();
        });
    }

    /** Uploads are deleted when their import ends; one still there a day later belonged to a killed node. */
    private static void removeLeftUploads() {
        java.time.Instant dayAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        try (var files = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                UPLOAD_PREFIX + "*" + UPLOAD_SUFFIX)) {
            for (Path left : files) {
                if (Files.getLastModifiedTime(left).toInstant().isBefore(dayAgo)) {
                    deleteQuietly(left);
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for left uploads: {}", e.getMessage());
        }
    }

    /** The temporary file an upload is saved to before its import starts. */
    public static Path newUpload() throws IOException {
        return Files.createTempFile(UPLOAD_PREFIX, UPLOAD_SUFFIX);
    }

    static final String UPLOAD_PREFIX = "handshake-import-";
    static final String UPLOAD_SUFFIX = ".upload";

    /**
     * A normal stop (SIGTERM): the API is already closed; running imports give up at their next record and
     * roll back (marked cancelled), within the grace period, after which their threads are interrupted.
     */
    @Override
    public void close() {
        runner.stop();
        background.shutdown();
        try {
            if (!background.awaitTermination(heartbeats.settings().stopGrace().toMillis(), TimeUnit.MILLISECONDS)) {
                background.shutdownNow();
            }
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
