package app.handshake.imports.jobs;

import app.handshake.accounts.Actor;
import app.handshake.deployments.Adoption;
import app.handshake.deployments.Site;
import app.handshake.deployments.SiteUsage;
import app.handshake.deployments.UsageRow;
import app.handshake.imports.incoming.IncomingUsage;
import app.handshake.imports.incoming.Origin;
import app.handshake.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a usage file into one deployment through the deployments' own door, {@link Adoption#post}, in batches of
 * at most {@link Adoption#MAX_BATCH} rows, so that active use is counted as for usage posted through the API. A
 * site is named by its name (any case) or its id. A batch is written whole or not at all; the row it refuses is
 * named by the file's line, and, when bad records are skipped, left out while the rest of its batch goes in.
 *
 * <p>A day posted again replaces the one before: the same file imported again changes nothing, and its days count
 * as unchanged (by their active users: a day's usage events are replaced with it, not compared).
 */
final class UsageImport {

    /** Adoption names a refused row by its index in the batch: "rows[6].siteId". */
    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]");
    private static final Pattern ROW_PREFIX = Pattern.compile("^row \\d+: ");
    /** The longest span one read of a site's days may cover. */
    private static final int SERIES_DAYS = 3000;

    /** The import fails with this row, or — when bad records are skipped — lists it and goes on. */
    interface Refusal {
        void refuse(Origin origin, String reason);
    }

    private record Pending(Origin origin, UsageRow row) {}

    private final Workspace workspace;
    private final Actor actor;
    private final UUID deploymentId;
    private final int batchSize;
    private final List<Pending> pending = new ArrayList<>();
    private Map<String, UUID> sites;

    UsageImport(Workspace workspace, Actor actor, UUID deploymentId, int batchSize) {
        this.workspace = workspace;
        this.actor = actor;
        this.deploymentId = deploymentId;
        this.batchSize = batchSize;
    }

    /** Holds the day for the next batch; a site the deployment does not have refuses it at once. */
    void add(IncomingUsage usage) {
        UUID site = sites().get(usage.site().toLowerCase(Locale.ROOT));
        if (site == null) {
            throw new InvalidRequestException(null, "no site " + usage.site() + " in this deployment");
        }
        pending.add(new Pending(usage.origin(), new UsageRow(site, usage.day(), usage.activeUsers(),
                usage.events().isEmpty() ? null : usage.events())));
    }

    boolean full() {
        return pending.size() >= batchSize;
    }

    /**
     * Posts the days held; {@code attempt} runs each try (in a savepoint of its own when bad records are skipped).
     * A refused row goes to {@code refusal}, which fails the import or lists the row; the batch is then tried
     * again without it.
     */
    void flush(Consumer<Runnable> attempt, Refusal refusal, Counters counters) {
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = new ArrayList<>(pending);
        pending.clear();
        Map<String, Integer> before = posted(batch);
        while (!batch.isEmpty()) {
            List<UsageRow> rows = batch.stream().map(Pending::row).toList();
            try {
                attempt.accept(() -> workspace.adoption().post(actor, deploymentId, rows));
            } catch (InvalidRequestException e) {
                int index = rowIndex(e);
                if (index < 0 || index >= batch.size()) {
                    throw e;
                }
                Pending refused = batch.remove(index);
                refusal.refuse(refused.origin(), ROW_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst(""));
                continue;
            }
            for (Pending written : batch) {
                Integer was = before.get(key(written.row().siteId(), written.row().day()));
                if (was == null) {
                    counters.created++;
                } else if (was == written.row().activeUsers()) {
                    counters.unchanged++;
                } else {
                    counters.updated++;
                }
            }
            return;
        }
    }

    /** The active users already posted for the batch's sites and days, to tell new days from replaced ones. */
    private Map<String, Integer> posted(List<Pending> batch) {
        Map<UUID, LocalDate[]> spans = new HashMap<>();
        for (Pending p : batch) {
            LocalDate[] span = spans.computeIfAbsent(p.row().siteId(), s -> new LocalDate[] {p.row().day(), p.row().day()});
            span[0] = p.row().day().isBefore(span[0]) ? p.row().day() : span[0];
            span[1] = p.row().day().isAfter(span[1]) ? p.row().day() : span[1];
        }
        Map<String, Integer> posted = new HashMap<>();
        for (var site : spans.entrySet()) {
            for (LocalDate from = site.getValue()[0]; !from.isAfter(site.getValue()[1]);
                    from = from.plus(SERIES_DAYS, ChronoUnit.DAYS)) {
                LocalDate to = from.plusDays(SERIES_DAYS - 1L);
                SiteUsage usage = workspace.adoption().series(actor, deploymentId, site.getKey(), from,
                        to.isAfter(site.getValue()[1]) ? site.getValue()[1] : to);
                usage.days().forEach(point -> posted.put(key(site.getKey(), point.day()), point.activeUsers()));
            }
        }
        return posted;
    }

    private Map<String, UUID> sites() {
        if (sites == null) {
            sites = new HashMap<>();
            for (Site site : workspace.deployments().get(actor, deploymentId).sites()) {
                sites.put(site.id().toString(), site.id());
                sites.putIfAbsent(site.name().toLowerCase(Locale.ROOT), site.id());
            }
        }
        return sites;
    }

    private static int rowIndex(InvalidRequestException e) {
        Matcher matcher = ROW.matcher(e.field() == null ? "" : e.field());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static String key(UUID site, LocalDate day) {
        return site + "/" + day;
    }
}
