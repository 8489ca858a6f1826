package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Visibility;
import app.handshake.imports.ImportFormat;
import app.handshake.imports.ImportJob;
import app.handshake.imports.ImportRequest;
import app.handshake.imports.ImportSettings;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.IncomingDeal;
import app.handshake.imports.incoming.IncomingEndorsement;
import app.handshake.imports.incoming.IncomingPartner;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.IncomingMessage;
import app.handshake.imports.incoming.IncomingUsage;
import app.handshake.imports.incoming.LeftOut;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.UnreadableFileException;
import app.handshake.people.Source;
import app.handshake.shared.DuplicateRecordException;
import app.handshake.shared.InvalidRequestException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: the whole file in one transaction, so that a file that fails imports nothing and a dry
 * run rolls everything back after counting it. With "skip bad records" each record gets a savepoint: a
 * bad one is undone alone, listed with its reason, and the rest goes in.
 *
 * <p>The transaction is long, but it holds no lock that people at work wait for until its end: it inserts
 * new rows, and leaves the rows of people already there alone until the end of the file (their changes, the
 * scores and due dates of people with new touchpoints), when it locks them in the database's order for the
 * short time that writing them takes. A person's foreign key share-locks their row on PostgreSQL, which
 * the locks of people logging touchpoints do not wait for ({@link app.handshake.platform.RowLocks}).
 */
@Service
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    private static final int PROGRESS_EVERY = 500;
    /** A slow file (large records, a slow database) still shows it moves, once a second. */
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    private final Workspace workspace;
    private final JobStore jobs;
    private final ImportSettings settings;
    private final TransactionTemplate whole;
    private final TransactionTemplate perRecord;

    ImportRunner(Workspace workspace, JobStore jobs, ImportSettings settings, PlatformTransactionManager transactions) {
        this.workspace = workspace;
        this.jobs = jobs;
        this.settings = settings;
        this.whole = new TransactionTemplate(transactions);
        this.perRecord = new TransactionTemplate(transactions);
        this.perRecord.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Set when Handshake stops: running imports end at their next record, and keep nothing. */
    private volatile boolean stopping;

    /** Handshake is stopping: imports give up at their next record and roll back. */
    public void stop() {
        stopping = true;
    }

    /** Handshake stopped during the import: it rolls back and is marked cancelled. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }

    /** The import failed: why, and where. Nothing it read stays. */
    private static final class Failed extends RuntimeException {
        private final transient Origin origin;

        Failed(Origin origin, String reason) {
            super(reason);
            this.origin = origin;
        }
    }

    public void run(UUID jobId, Actor actor, ImportRequest request, ImportFormat format, boolean shared, Path file) {
        OffsetDateTime now = OffsetDateTime.now(workspace.clock());
        jobs.started(jobId, now);
        Counters counters = new Counters();
        List<ImportJob.Note> notes = new ArrayList<>();
        String[] layout = new String[1];
        try {
            whole.executeWithoutResult(status -> {
                try (CountedInput in = new CountedInput(Files.newInputStream(file));
                        RecordReader reader = Readers.open(format, in, request, new ReadOptions(request.fileName(),
                                request.charset(), now, request.since() != null ? request.since() : now.minusYears(5),
                                request.keepBodies(), settings.occurrences()))) {
                    counters.bytesRead = in::count;
                    counters.bytesTotal = Files.size(file);
                    layout[0] = Readers.layout(reader);
                    readAll(jobId, actor, request, format, shared, reader, counters, notes, layout[0]);
                } catch (IOException e) {
                    throw new Failed(new Origin(request.fileName(), 0, counters.read + 1), "the file could not be read: "
                            + e.getMessage());
                }
                if (request.dryRun()) {
                    status.setRollbackOnly();
                }
            });
            jobs.finished(jobId, counters, layout[0], notes, OffsetDateTime.now(workspace.clock()));
        } catch (Stopped e) {
            log.info("Import {} of {} cancelled: Handshake is stopping", jobId, request.fileName());
            jobs.cancelled(jobId, counters.read, layout[0], OffsetDateTime.now(workspace.clock()));
        } catch (UnreadableFileException e) {
            fail(jobId, counters, layout[0], e.origin(), e.getMessage(), notes);
        } catch (Failed e) {
            fail(jobId, counters, layout[0], e.origin, e.getMessage(), notes);
        } catch (RuntimeException e) {
            log.error("Import {} of {} stopped", jobId, request.fileName(), e);
            fail(jobId, counters, layout[0], new Origin(request.fileName(), 0, counters.read),
                    "the import stopped on an error on our side; nothing was imported", notes);
        }
    }

    /**
     * Does one record's work; with "skip bad records" in a savepoint of its own, so that a bad one is undone
     * alone and listed with its reason. Says whether it went in.
     */
    private boolean attempt(ImportRequest request, Counters counters, List<ImportJob.Note> notes,
            ContactImport contacts, Origin origin, Runnable work) {
        try {
            if (request.skipBad()) {
                perRecord.executeWithoutResult(s -> work.run());
            } else {
                work.run();
            }
            return true;
        } catch (InvalidRequestException e) {
            contacts.forget();
            skip(request, counters, notes, origin, RefusedField.describe(e));
        } catch (DuplicateRecordException e) {
            contacts.forget();
            skip(request, counters, notes, origin, e.getMessage());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            if (!request.skipBad()) {
                throw e;
            }
            // Undone by its savepoint; the database refused a value the checks above let through.
            contacts.forget();
            skip(request, counters, notes, origin, "the database refused this record");
        }
        return false;
    }

    private void fail(UUID jobId, Counters counters, String layout, Origin origin, String reason,
            List<ImportJob.Note> notes) {
        jobs.failed(jobId, counters, layout, new ImportJob.Problem(reason, origin.describe()), notes,
                OffsetDateTime.now(workspace.clock()));
    }

    private void readAll(UUID jobId, Actor actor, ImportRequest request, ImportFormat format, boolean shared,
            RecordReader reader, Counters counters, List<ImportJob.Note> notes, String layout) throws IOException {
        Source source = Source.imported(request.fileName() + " (" + (layout != null ? layout : format.name()) + ")");
        Visibility visibility = shared ? Visibility.SHARED : Visibility.PRIVATE;
        ContactImport contacts = new ContactImport(workspace, actor, source, visibility);
        ActivityImport activities = new ActivityImport(workspace, actor, source, visibility, request.keepBodies(), counters);
        DealImport deals = new DealImport(workspace, actor, visibility, contacts);
        Partnering partnering = new Partnering(new PartnerImport(workspace, actor, contacts),
                new EndorsementImport(workspace, actor));
        UsageImport usage = request.deploymentId() == null ? null
                : new UsageImport(workspace, actor, request.deploymentId(), app.handshake.deployments.Adoption.MAX_BATCH);
        OccurrenceWarnings occurrences = new OccurrenceWarnings();
        long started = System.nanoTime();
        long shown = started;
        while (true) {
            Incoming next = null;
            BadRecordException bad = null;
            try {
                next = reader.next();
            } catch (BadRecordException e) {
                bad = e;
            } finally {
                // an event's warnings go before what the reader says about the next one
                if (!occurrences.continues(next)) {
                    occurrences.flush().forEach(n -> note(counters, notes, "warning", n.origin(), n.message()));
                }
                warnings(reader, counters, notes);
                leftOut(reader, counters);
            }
            if (bad != null) {
                skip(request, counters, notes, bad.origin(), bad.getMessage());
                continue;
            }
            if (next == null) {
                break;
            }
            if (stopping) {
                throw new Stopped();
            }
            counters.read++;
            Incoming record = next;
            if (record instanceof IncomingMeeting meeting) {
                occurrences.meeting(meeting);
            }
            attempt(request, counters, notes, contacts, record.origin(),
                    () -> apply(record, contacts, activities, deals, partnering, usage, counters, notes, occurrences));
            if (usage != null && usage.full()) {
                post(request, counters, notes, usage);
            }
            long now = System.nanoTime();
            if (counters.read % PROGRESS_EVERY == 0 || now - shown >= PROGRESS_INTERVAL_NANOS) {
                shown = now;
                counters.secondsLeft = secondsLeft(counters, now - started);
                showProgress(jobId, counters, layout);
            }
        }
        if (usage != null) {
            post(request, counters, notes, usage);
        }
        for (ContactImport.PersonChange change : contacts.changesToMake()) {
            if (!attempt(request, counters, notes, contacts, change.origin(), change::make)) {
                counters.updated--;
            }
        }
        activities.finish();
    }

    /**
     * Posts the usage held: as any record, a refused row fails the whole file, or with "skip bad records" is listed
     * and left out, each try of a batch in a savepoint of its own so that a refused one leaves nothing behind.
     */
    private void post(ImportRequest request, Counters counters, List<ImportJob.Note> notes, UsageImport usage) {
        usage.flush(work -> {
            if (request.skipBad()) {
                perRecord.executeWithoutResult(s -> work.run());
            } else {
                work.run();
            }
        }, (origin, reason) -> skip(request, counters, notes, origin, reason), counters);
    }

    /** The bytes still to read at the rate so far; unknown in the first second, when the rate says little. */
    static Long secondsLeft(Counters counters, long elapsedNanos) {
        long read = counters.bytesRead.getAsLong();
        if (read <= 0 || elapsedNanos < PROGRESS_INTERVAL_NANOS) {
            return null;
        }
        long left = Math.max(0, counters.bytesTotal - read);
        return (long) Math.ceil(left * (elapsedNanos / 1e9) / read);
    }

    /**
     * Progress commits on a connection of its own; when none is free at that moment the import goes on
     * without it (the next one, or the outcome, will show): a progress line must never fail an import.
     */
    private void showProgress(UUID jobId, Counters counters, String layout) {
        try {
            jobs.progress(jobId, counters, layout);
        } catch (RuntimeException e) {
            log.warn("Import {}: progress not shown this time ({})", jobId, e.getClass().getSimpleName());
        }
    }

    /** The partners' two files, read through one import each. */
    private record Partnering(PartnerImport partners, EndorsementImport endorsements) {}

    private void apply(Incoming record, ContactImport contacts, ActivityImport activities, DealImport deals,
            Partnering partnering, UsageImport usage, Counters counters, List<ImportJob.Note> notes, OccurrenceWarnings occurrences) {
        java.util.function.Consumer<String> warn = record instanceof IncomingMeeting meeting
                ? message -> occurrences.warn(meeting, message)
                : message -> note(counters, notes, "warning", record.origin(), message);
        switch (record) {
            case IncomingContact contact -> {
                switch (contacts.apply(contact, warn)) {
                    case created -> {
                        counters.created++;
                        counters.peopleCreated++;
                    }
                    case updated -> counters.updated++;
                    case unchanged -> counters.unchanged++;
                }
            }
            case IncomingMeeting meeting -> count(activities.meeting(meeting, warn), counters);
            case IncomingMessage message -> {
                ActivityImport.Outcome outcome = activities.message(message, warn);
                if (outcome == ActivityImport.Outcome.automatic) {
                    counters.skippedAutomatic++;
                    note(counters, notes, "skipped", message.origin(), "automatic mail: " + message.automatic());
                }
                count(outcome, counters);
            }
            case IncomingDeal deal -> {
                switch (deals.apply(deal, warn)) {
                    case created -> counters.created++;
                    case unchanged -> counters.unchanged++;
                }
            }
            case IncomingPartner partner -> {
                switch (partnering.partners().apply(partner)) {
                    case created -> counters.created++;
                    case updated -> counters.updated++;
                    case unchanged -> counters.unchanged++;
                }
            }
            case IncomingEndorsement endorsement -> {
                switch (partnering.endorsements().apply(endorsement)) {
                    case created -> counters.created++;
                    case unchanged -> counters.unchanged++;
                }
            }
            // Counted when its batch is written.
            case IncomingUsage day -> usage.add(day);
        }
    }

    private static void count(ActivityImport.Outcome outcome, Counters counters) {
        switch (outcome) {
            case created -> counters.created++;
            case unchanged -> counters.unchanged++;
            case skipped, automatic -> counters.skipped++;
        }
    }

    private void skip(ImportRequest request, Counters counters, List<ImportJob.Note> notes, Origin origin, String reason) {
        if (!request.skipBad()) {
            throw new Failed(origin, reason);
        }
        counters.failed++;
        note(counters, notes, "skipped", origin, reason);
    }

    /** Records the reader left out on purpose were read all the same: they count as read, and as skipped. */
    private static void leftOut(RecordReader reader, Counters counters) {
        LeftOut left = reader.leftOut();
        long newlySkipped = left.skipped() - counters.skippedByReader;
        counters.skippedByReader = left.skipped();
        counters.read += newlySkipped;
        counters.skipped += newlySkipped;
        counters.outsideWindow = left.outsideWindow();
    }

    private void warnings(RecordReader reader, Counters counters, List<ImportJob.Note> notes) {
        for (RecordReader.Notice notice : reader.drainWarnings()) {
            note(counters, notes, "warning", notice.origin(), notice.message());
        }
    }

    private static void note(Counters counters, List<ImportJob.Note> notes, String kind, Origin origin, String message) {
        if ("warning".equals(kind)) {
            counters.warnings++;
        }
        if (notes.size() < JobStore.NOTES_KEPT) {
            notes.add(new ImportJob.Note(kind, origin.describe(), message));
        }
    }
}
