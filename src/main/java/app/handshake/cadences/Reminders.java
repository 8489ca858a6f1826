package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.Users;
import app.handshake.platform.Heartbeats;
import app.handshake.platform.JobLocks;
import app.handshake.relationships.RelationshipScores;
import app.handshake.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The daily reminder run, inside the application (no cron to forget): refreshes every score and due date
 * (scores decay, tiers move, rules by tier follow), then counts who is due for whom. Every run is recorded,
 * with what it produced, for the admin page and API.
 */
@Service
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    static final String JOB = "reminders";

    private final RelationshipScores scores;
    private final DueDates dueDates;
    private final CadenceStore store;
    private final Users users;
    private final JdbcClient jdbc;
    private final JobLocks locks;
    private final Heartbeats heartbeats;
    private final TimeZones zones;
    private final Clock clock;

    Reminders(RelationshipScores scores, DueDates dueDates, CadenceStore store, Users users, JdbcClient jdbc,
            JobLocks locks, Heartbeats heartbeats, TimeZones zones, Clock clock) {
        this.zones = zones;
        this.locks = locks;
        this.heartbeats = heartbeats;
        this.scores = scores;
        this.dueDates = dueDates;
        this.store = store;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One run of a job: when, how it ended, what it produced. */
    public record Run(UUID id, String job, OffsetDateTime startedAt, OffsetDateTime finishedAt, String outcome,
            String summary) {}

    /**
     * The schedule fires on every node; only the node that takes the lock runs, and the lock stays taken for
     * an hour at least, so a node whose clock is a few minutes late does not run it again.
     */
    @Scheduled(cron = "${handshake.cadences.reminders-cron:0 0 5 * * *}", zone = "${handshake.cadences.zone:UTC}")
    void daily() {
        locks.runOnce(JOB, Duration.ofHours(6), Duration.ofHours(1), () -> run(null));
    }

    /** Runs now (an admin asked, or the schedule fired); returns the recorded run. */
    public Run run(Actor requestedBy) {
        if (requestedBy != null && !requestedBy.isAdmin()) {
            throw new app.handshake.shared.ForbiddenException("Only admins run the reminders by hand");
        }
        UUID id = Ids.newId(clock);
        OffsetDateTime started = OffsetDateTime.now(clock);
        jdbc.sql("insert into job_run (id, job, started_at, outcome) values (:id, :job, :started, 'running')")
                .param("id", id).param("job", JOB).param("started", started).update();
        String outcome;
        String summary;
        Heartbeats.Beat beat = heartbeats.keep("heartbeat of the reminder run", () -> jdbc
                .sql("update job_run set heartbeat_at = current_timestamp where id = :id").param("id", id).update());
        try {
            long scored = scores.recomputeAll();
            int withCadence = dueDates.refreshEveryone();
            Map<UUID, Long> duePerUser = duePerUser();
            String perUser = duePerUser.entrySet().stream()
                    .map(e -> users.find(e.getKey()).map(UserView::displayName).orElse("?") + " " + e.getValue())
                    .sorted().collect(Collectors.joining(", "));
            summary = scored + " scores refreshed; " + withCadence + " people with a cadence; due today: "
                    + (perUser.isEmpty() ? "nobody" : perUser);
            outcome = "succeeded";
        } catch (RuntimeException e) {
            log.error("The reminder run failed", e);
            summary = "Failed: " + e.getClass().getSimpleName() + " (see the server log)";
            outcome = "failed";
        } finally {
            beat.close();
        }
        OffsetDateTime finished = OffsetDateTime.now(clock);
        jdbc.sql("update job_run set finished_at = :finished, outcome = :outcome, summary = :summary where id = :id")
                .param("finished", finished).param("outcome", outcome)
                .param("summary", summary.length() > 4000 ? summary.substring(0, 3999) : summary)
                .param("id", id).update();
        log.info("Reminder run {}: {}", outcome, summary);
        return new Run(id, JOB, started, finished, outcome, summary);
    }

    /** Every node marks failed the runs whose node died mid-run (no heartbeat for a while). */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void watchForAbandonedRuns() {
        heartbeats.sweep("the search for abandoned reminder runs", () -> {
            OffsetDateTime now = jdbc.sql("select current_timestamp").query(OffsetDateTime.class).single();
            int abandoned = jdbc.sql("""
                    update job_run set outcome = 'failed', finished_at = :now,
                        summary = 'The server running it stopped before it finished; the next run does it all again'
                     where outcome = 'running' and coalesce(heartbeat_at, started_at) < :cutoff
                    """).param("now", now).param("cutoff", now.minus(heartbeats.settings().abandonedAfter())).update();
            if (abandoned > 0) {
                log.warn("Marked {} reminder runs failed: the server running them stopped", abandoned);
            }
        });
    }

    /** The latest runs, newest first (admins). */
    public List<Run> recent(Actor actor, int limit) {
        if (!actor.isAdmin()) {
            throw new app.handshake.shared.ForbiddenException("Only admins read the job runs");
        }
        return jdbc.sql("""
                select id, job, started_at, finished_at, outcome, summary from job_run
                 order by started_at desc, id desc fetch first :limit rows only
                """).param("limit", limit).query(Run.class).list();
    }

    /**
     * How many people each user is due to reach out to by the end of their own today, in their time zone:
     * the latest end of a today anywhere is less than two days away.
     */
    private Map<UUID, Long> duePerUser() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<UUID, OffsetDateTime> endOfToday = new java.util.HashMap<>();
        return store.assigneesDue(now.plusDays(2)).stream()
                .filter(due -> !due.dueAt().isAfter(endOfToday.computeIfAbsent(due.assigneeId(), user -> {
                    java.time.ZoneId zone = zones.zoneOf(user);
                    return java.time.LocalDate.now(clock.withZone(zone)).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
                })))
                .collect(Collectors.groupingBy(CadenceStore.Assignment::assigneeId, Collectors.counting()));
    }
}
