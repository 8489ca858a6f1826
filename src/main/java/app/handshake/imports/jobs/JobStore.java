package app.handshake.imports.jobs;

import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportJob;
import app.handshake.imports.ImportRequest;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Import jobs and their notes. Every write commits on its own (a new transaction): progress must show
 * while the import's own transaction is still open, and a failed import must still record its failure.
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class JobStore {

    /** How many notes a job keeps; the counters still count them all. */
    static final int NOTES_KEPT = 500;

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void create(UUID id, UUID ownerId, ImportRequest request, ImportFormat format, boolean shared,
            OffsetDateTime now) {
        jdbc.sql("""
                insert into import_job (id, owner_id, file_name, format, status, dry_run, skip_bad, shared, records_read,
                    created, updated, unchanged, skipped, failed, people_created, warnings, outside_window, created_at)
                values (:id, :owner, :file, :format, 'queued', :dryRun, :skipBad, :shared, 0, 0, 0, 0, 0, 0, 0, 0, 0, :now)
                """)
                .param("id", id).param("owner", ownerId).param("file", request.fileName()).param("format", format.name())
                .param("dryRun", request.dryRun()).param("skipBad", request.skipBad()).param("shared", shared)
                .param("now", now).update();
    }

    void started(UUID id, OffsetDateTime now) {
        jdbc.sql("update import_job set status = 'running', started_at = :now where id = :id")
                .param("id", id).param("now", now).update();
    }

    /** The job is alive: its node says so every few seconds, in the database's time, which all nodes share. */
    public void beat(UUID id) {
        jdbc.sql("update import_job set heartbeat_at = current_timestamp where id = :id").param("id", id).update();
    }

    /**
     * Marks failed every queued or running job that gave no sign of life for {@code silence}: its node was
     * killed. Its transaction died with it, so nothing it read was kept, and its counts say so.
     */
    public int failAbandoned(java.time.Duration silence) {
        OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
        return jdbc.sql("""
                update import_job set status = 'failed', created = 0, updated = 0, unchanged = 0, skipped = 0,
                    skipped_automatic = 0, failed = 0, people_created = 0, finished_at = :now,
                    problem = 'The server running this import stopped before it finished; nothing was imported. Import the file again.',
                    problem_place = file_name
                 where status in ('queued', 'running') and coalesce(heartbeat_at, started_at, created_at) < :cutoff
                """).param("now", now).param("cutoff", now.minus(silence)).update();
    }

    /** Handshake was stopped while the job ran; its transaction was rolled back. */
    void cancelled(UUID id, long read, String layout, OffsetDateTime now) {
        jdbc.sql("""
                update import_job set status = 'cancelled', records_read = :read, seconds_left = null, created = 0, updated = 0,
                    unchanged = 0, skipped = 0, skipped_automatic = 0, failed = 0, people_created = 0, layout = :layout,
                    problem = 'Handshake was stopped while importing; nothing was imported. Import the file again.',
                    problem_place = file_name, finished_at = :now
                 where id = :id
                """).param("id", id).param("read", read).param("layout", layout).param("now", now).update();
    }

    void progress(UUID id, Counters counters, String layout) {
        jdbc.sql("""
                update import_job set records_read = :read, created = :created, updated = :updated,
                    unchanged = :unchanged, skipped = :skipped, skipped_automatic = :automatic, failed = :failed,
                    people_created = :people, warnings = :warnings, outside_window = :outside, layout = :layout,
                    bytes_read = :bytesRead, bytes_total = :bytesTotal, seconds_left = :secondsLeft
                 where id = :id
                """)
                .param("bytesRead", counters.bytesRead.getAsLong()).param("bytesTotal", counters.bytesTotal)
                .param("secondsLeft", counters.secondsLeft, java.sql.Types.BIGINT)
                .param("id", id).param("read", counters.read).param("created", counters.created)
                .param("updated", counters.updated).param("unchanged", counters.unchanged)
                .param("skipped", counters.skipped).param("automatic", counters.skippedAutomatic)
                .param("failed", counters.failed)
                .param("people", counters.peopleCreated).param("warnings", counters.warnings)
                .param("outside", counters.outsideWindow).param("layout", layout)
                .update();
    }

    void finished(UUID id, Counters counters, String layout, List<ImportJob.Note> notes, OffsetDateTime now) {
        progress(id, counters, layout);
        writeNotes(id, notes);
        jdbc.sql("update import_job set status = 'succeeded', seconds_left = null, finished_at = :now where id = :id")
                .param("id", id).param("now", now).update();
    }

    /**
     * The import failed and imported nothing: only what was read, the warnings met on the way and why it stopped
     * remain. {@code failed} counts the one record that stopped it, which is no skipped record.
     */
    void failed(UUID id, Counters counters, String layout, ImportJob.Problem problem, List<ImportJob.Note> notes,
            OffsetDateTime now) {
        jdbc.sql("""
                update import_job set status = 'failed', records_read = :read, created = 0, updated = 0, unchanged = 0,
                    skipped = 0, skipped_automatic = 0, failed = 1, people_created = 0, outside_window = 0,
                    warnings = :warnings, bytes_read = :bytesRead, bytes_total = :bytesTotal, seconds_left = null,
                    layout = :layout, problem = :problem, problem_place = :place, finished_at = :now
                 where id = :id
                """)
                .param("id", id).param("read", counters.read).param("layout", layout)
                .param("warnings", counters.warnings).param("bytesRead", counters.bytesRead.getAsLong())
                .param("bytesTotal", counters.bytesTotal)
                .param("problem", cut(problem.detail(), 2000)).param("place", cut(problem.place(), 500))
                .param("now", now).update();
        writeNotes(id, notes);
    }

    private void writeNotes(UUID id, List<ImportJob.Note> notes) {
        int ordinal = 0;
        for (ImportJob.Note note : notes.subList(0, Math.min(notes.size(), NOTES_KEPT))) {
            jdbc.sql("insert into import_note (job_id, ordinal, kind, place, message) values (:job, :n, :kind, :place, :message)")
                    .param("job", id).param("n", ordinal++).param("kind", note.kind()).param("place", cut(note.place(), 500))
                    .param("message", cut(note.message(), 1000)).update();
        }
    }

    @Transactional(readOnly = true)
    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from import_job where id = :id").param("id", id).query(this::row).optional()
                .map(job -> withNotes(job, notes(id)));
    }

    @Transactional(readOnly = true)
    public Optional<UUID> ownerOf(UUID id) {
        return jdbc.sql("select owner_id from import_job where id = :id").param("id", id).query(UUID.class).optional();
    }

    /** One page of a user's imports, newest first, without their notes. */
    @Transactional(readOnly = true)
    public Page<ImportJob> page(UUID ownerId, PageRequest page) {
        StringBuilder sql = new StringBuilder("select * from import_job where owner_id = :owner");
        if (page.after() != null) {
            sql.append(" and (created_at < :at or (created_at = :at and id < :afterId))");
        }
        sql.append(" order by created_at desc, id desc fetch first :fetch rows only");
        var statement = jdbc.sql(sql.toString()).param("owner", ownerId).param("fetch", page.limit() + 1);
        if (page.after() != null) {
            statement = statement.param("at", OffsetDateTime.parse(page.after().sortKey())).param("afterId", page.after().id());
        }
        return Page.of(statement.query(this::row).list(), page.limit(), j -> new Cursor(j.createdAt().toString(), j.id()));
    }

    private List<ImportJob.Note> notes(UUID id) {
        return jdbc.sql("select kind, place, message from import_note where job_id = :id order by ordinal")
                .param("id", id)
                .query((rs, n) -> new ImportJob.Note(rs.getString("kind"), rs.getString("place"), rs.getString("message")))
                .list();
    }

    private ImportJob row(ResultSet rs, int n) throws SQLException {
        String problem = rs.getString("problem");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"),
                ImportFormat.valueOf(rs.getString("format")), rs.getString("layout"),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getBoolean("dry_run"), rs.getBoolean("skip_bad"),
                rs.getBoolean("shared"), rs.getLong("records_read"), rs.getLong("created"), rs.getLong("updated"),
                rs.getLong("unchanged"), rs.getLong("skipped"), rs.getLong("skipped_automatic"), rs.getLong("failed"),
                rs.getLong("people_created"), rs.getLong("warnings"), rs.getLong("outside_window"),
                rs.getLong("bytes_read"), rs.getLong("bytes_total"), rs.getObject("seconds_left", Long.class),
                problem == null ? null : new ImportJob.Problem(problem, rs.getString("problem_place")),
                List.of(), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }

    private static ImportJob withNotes(ImportJob j, List<ImportJob.Note> notes) {
        return new ImportJob(j.id(), j.fileName(), j.format(), j.layout(), j.status(), j.dryRun(), j.skipBad(), j.shared(),
                j.recordsRead(), j.created(), j.updated(), j.unchanged(), j.skipped(), j.skippedAutomatic(), j.failed(),
                j.peopleCreated(), j.warnings(), j.outsideWindow(), j.bytesRead(), j.bytesTotal(), j.secondsLeft(),
                j.problem(), notes, j.createdAt(), j.startedAt(),
                j.finishedAt());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
