package app.handshake.deployments;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Usage as it arrives, and what follows from it: each site's and the deployment's days of reaching and losing
 * active use, counted again whenever its days or seats change (posted days, from the site's last change before
 * them; seats, from its whole series), so that a day posted late or posted again gives the same answer as if it
 * had come in order.
 */
@Service
@Transactional
public class Adoption {

    /** The most rows one batch may carry. */
    public static final int MAX_BATCH = 10_000;

    /** The audit log's record of the workspace's deployment settings. */
    private static final UUID SETTINGS_RECORD = UUID.nameUUIDFromBytes(
            "deployment settings".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private final DeploymentAccess access;
    private final DeploymentStore deployments;
    private final PartsStore parts;
    private final UsageStore usage;
    private final DeploymentSettingsStore settings;
    private final AuditTrail audit;
    private final Clock clock;

    Adoption(DeploymentAccess access, DeploymentStore deployments, PartsStore parts, UsageStore usage,
            DeploymentSettingsStore settings, AuditTrail audit, Clock clock) {
        this.access = access;
        this.deployments = deployments;
        this.parts = parts;
        this.usage = usage;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Writes a batch of days for the deployment's sites, all or nothing: a row for a site not of this deployment, a
     * negative count or a day after tomorrow refuses the batch, naming the row (counted from 1). Posting a day again
     * replaces it; within a batch the last row for a site and day wins.
     */
    public UsageReceipt post(Actor actor, UUID deploymentId, List<UsageRow> rows) {
        access.write(actor, deploymentId, null);
        if (rows.isEmpty()) {
            throw new InvalidRequestException("rows", "must have at least one row");
        }
        if (rows.size() > MAX_BATCH) {
            throw new InvalidRequestException("rows", "must have at most " + MAX_BATCH + " rows; send the rest in"
                    + " another batch");
        }
        Map<UUID, PartsStore.CountedSite> sites = new LinkedHashMap<>();
        parts.countedSites(deploymentId).forEach(site -> sites.put(site.id(), site));
        LocalDate latest = LocalDate.now(clock).plusDays(1);
        Map<SiteDay, UsageRow> unique = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            UsageRow row = rows.get(i);
            check(i, row, sites, latest);
            unique.put(new SiteDay(row.siteId(), row.day()), row);
        }
        List<UsageRow> batch = new ArrayList<>(unique.values());
        Map<UUID, UsageStore.Span> spans = new HashMap<>();
        sites.values().stream().filter(site -> site.firstUsageOn() != null).forEach(site -> spans.put(site.id(),
                new UsageStore.Span(site.firstUsageOn(), site.lastUsageOn())));
        usage.write(batch, spans);
        usage.writeEvents(batch);
        Map<UUID, TreeMap<LocalDate, Integer>> posted = new LinkedHashMap<>();
        batch.forEach(row -> posted.computeIfAbsent(row.siteId(), k -> new TreeMap<>()).put(row.day(), row.activeUsers()));
        Map<UUID, List<ActiveUse.Change>> changes = new HashMap<>();
        List<ActiveUse.Change> whole = new ArrayList<>();
        storedChanges(deploymentId, changes, whole);
        Map<UUID, LocalDate> activeSince = countPosted(deploymentId, sites, posted, changes);
        List<UsageReceipt.SiteState> states = new ArrayList<>();
        posted.keySet().forEach(id -> states.add(new UsageReceipt.SiteState(id, sites.get(id).name(), activeSince.get(id))));
        return new UsageReceipt(rows.size(), states, countDeployment(deploymentId, sites.values(), changes, whole));
    }

    private record SiteDay(UUID siteId, LocalDate day) {}

    /**
     * Counts active use again for the sites a batch posted days for, each from its last change before the first of
     * those days (see {@link ActiveUse#ofSiteAfter}): the changes before it stay, and only the days after it are
     * read, none for a site with no usage before. Answers the start of each site's current span of active use;
     * {@code sites} and {@code changes} are left as stored now.
     */
    private Map<UUID, LocalDate> countPosted(UUID deploymentId, Map<UUID, PartsStore.CountedSite> sites,
            Map<UUID, TreeMap<LocalDate, Integer>> posted, Map<UUID, List<ActiveUse.Change>> changes) {
        ActiveUseRule rule = settings.read().activeUse();
        Map<UUID, ActiveUse.Change> after = new HashMap<>();
        Map<UUID, LocalDate> readFrom = new HashMap<>();
        for (var site : posted.entrySet()) {
            LocalDate earliest = site.getValue().firstKey();
            ActiveUse.Change last = null;
            for (ActiveUse.Change change : changes.getOrDefault(site.getKey(), List.of())) {
                if (change.day().isBefore(earliest)) {
                    last = change;
                }
            }
            if (last != null) {
                after.put(site.getKey(), last);
            }
            LocalDate first = sites.get(site.getKey()).firstUsageOn();
            if (first != null) {
                readFrom.put(site.getKey(), last != null ? last.day().plusDays(1)
                        : first.isBefore(earliest) ? first : earliest);
            }
        }
        // Read after the write: the days posted before and now, as stored.
        Map<UUID, List<ActiveUse.Day>> stored = usage.daysFrom(readFrom);
        List<UsageStore.ChangesFrom> rewritten = new ArrayList<>();
        List<UsageStore.SiteState> states = new ArrayList<>();
        Map<UUID, LocalDate> activeSince = new HashMap<>();
        for (var entry : posted.entrySet()) {
            UUID id = entry.getKey();
            PartsStore.CountedSite site = sites.get(id);
            List<ActiveUse.Day> days = stored.get(id);
            if (days == null) {
                days = new ArrayList<>(entry.getValue().size());
                for (var day : entry.getValue().entrySet()) {
                    days.add(new ActiveUse.Day(day.getKey(), day.getValue()));
                }
            }
            ActiveUse.Change from = after.get(id);
            List<ActiveUse.Change> fresh = ActiveUse.ofSiteAfter(rule, site.licensedSeats(), from, days);
            List<ActiveUse.Change> before = changes.getOrDefault(id, List.of());
            List<ActiveUse.Change> all = new ArrayList<>(before.stream()
                    .filter(change -> from != null && !change.day().isAfter(from.day())).toList());
            all.addAll(fresh);
            if (!all.equals(before)) {
                rewritten.add(new UsageStore.ChangesFrom(id, from == null ? null : from.day().plusDays(1), fresh));
            }
            changes.put(id, all);
            LocalDate first = site.firstUsageOn() == null || entry.getValue().firstKey().isBefore(site.firstUsageOn())
                    ? entry.getValue().firstKey() : site.firstUsageOn();
            LocalDate last = site.lastUsageOn() == null || entry.getValue().lastKey().isAfter(site.lastUsageOn())
                    ? entry.getValue().lastKey() : site.lastUsageOn();
            LocalDate since = ActiveUse.since(all);
            activeSince.put(id, since);
            if (!first.equals(site.firstUsageOn()) || !last.equals(site.lastUsageOn())
                    || !java.util.Objects.equals(since, site.activeSince())) {
                states.add(new UsageStore.SiteState(id, first, last, since));
                sites.put(id, new PartsStore.CountedSite(id, site.name(), site.licensedSeats(), site.goLiveOn(), first,
                        last, since));
            }
        }
        usage.replaceChangesFrom(deploymentId, rewritten);
        usage.siteStates(states);
        return activeSince;
    }

    /** The stored changes of a deployment: its sites' by site, and its own. */
    private void storedChanges(UUID deploymentId, Map<UUID, List<ActiveUse.Change>> bySite,
            List<ActiveUse.Change> whole) {
        for (UsageStore.ChangeRow row : usage.changes(deploymentId)) {
            ActiveUse.Change change = new ActiveUse.Change(row.changedOn(), row.reached());
            if (row.siteId() != null) {
                bySite.computeIfAbsent(row.siteId(), k -> new ArrayList<>()).add(change);
            } else {
                whole.add(change);
            }
        }
    }

    /**
     * Counts the deployment's own active use from its sites' changes, writing its changes when they differ from
     * those stored; answers the start of its current span.
     */
    private @Nullable LocalDate countDeployment(UUID deploymentId, java.util.Collection<PartsStore.CountedSite> sites,
            Map<UUID, List<ActiveUse.Change>> changes, List<ActiveUse.Change> stored) {
        List<ActiveUse.SiteSpans> spans = sites.stream().map(site -> new ActiveUse.SiteSpans(
                site.goLiveOn() != null ? site.goLiveOn() : site.firstUsageOn(),
                changes.getOrDefault(site.id(), List.of()))).toList();
        List<ActiveUse.Change> whole = ActiveUse.ofDeployment(spans, LocalDate.now(clock));
        if (!whole.equals(stored)) {
            usage.replaceChanges(deploymentId, null, whole);
        }
        LocalDate first = whole.stream().filter(ActiveUse.Change::reached).map(ActiveUse.Change::day).findFirst()
                .orElse(null);
        LocalDate since = ActiveUse.since(whole);
        deployments.activeUse(deploymentId, since, first);
        return since;
    }

    private static void check(int index, UsageRow row, Map<UUID, PartsStore.CountedSite> sites, LocalDate latest) {
        String at = "rows[" + index + "]";
        String line = "row " + (index + 1) + ": ";
        if (row == null) {
            throw new InvalidRequestException(at, line + "is empty");
        }
        if (row.siteId() == null || !sites.containsKey(row.siteId())) {
            throw new InvalidRequestException(at + ".siteId", line + "no site " + row.siteId() + " in this deployment");
        }
        if (row.day() == null) {
            throw new InvalidRequestException(at + ".day", line + "the day is missing");
        }
        if (row.day().isAfter(latest)) {
            throw new InvalidRequestException(at + ".day", line + row.day() + " has not happened yet");
        }
        if (row.activeUsers() < 0) {
            throw new InvalidRequestException(at + ".activeUsers", line + "active users must not be negative");
        }
        if (row.events() != null) {
            for (var event : row.events().entrySet()) {
                if (event.getKey() == null || event.getKey().isBlank() || event.getKey().length() > 100) {
                    throw new InvalidRequestException(at + ".events", line + "an event's name must have 1 to 100"
                            + " characters");
                }
                if (event.getValue() == null || event.getValue() < 0) {
                    throw new InvalidRequestException(at + ".events", line + "the count of \"" + event.getKey()
                            + "\" must not be negative");
                }
            }
        }
    }

    /**
     * Counts active use again for some of a deployment's sites (all of them when null), then for the deployment.
     * The caller holds the deployment's row lock.
     */
    void recount(UUID deploymentId, @Nullable Set<UUID> siteIds) {
        ActiveUseRule rule = settings.read().activeUse();
        List<PartsStore.CountedSite> sites = new ArrayList<>(parts.countedSites(deploymentId));
        List<UUID> recount = sites.stream().map(PartsStore.CountedSite::id)
                .filter(id -> siteIds == null || siteIds.contains(id)).toList();
        Map<UUID, List<ActiveUse.Day>> days = usage.days(recount, null);
        Map<UUID, List<ActiveUse.Change>> changes = new HashMap<>();
        List<ActiveUse.Change> whole = new ArrayList<>();
        storedChanges(deploymentId, changes, whole);
        for (int i = 0; i < sites.size(); i++) {
            PartsStore.CountedSite site = sites.get(i);
            if (!recount.contains(site.id())) {
                continue;
            }
            List<ActiveUse.Day> series = days.get(site.id());
            List<ActiveUse.Change> siteChanges = ActiveUse.ofSite(rule, site.licensedSeats(), series);
            usage.replaceChanges(deploymentId, site.id(), siteChanges);
            changes.put(site.id(), siteChanges);
            LocalDate first = series.isEmpty() ? null : series.getFirst().day();
            LocalDate last = series.isEmpty() ? null : series.getLast().day();
            usage.siteState(site.id(), first, last, ActiveUse.since(siteChanges));
            sites.set(i, new PartsStore.CountedSite(site.id(), site.name(), site.licensedSeats(), site.goLiveOn(),
                    first, last, ActiveUse.since(siteChanges)));
        }
        countDeployment(deploymentId, sites, changes, whole);
    }

    /**
     * Counts again the deployments with a site that went live in the last week: a site becomes live on its day
     * with nothing posted, and the deployment is in active use only while every live site is. Answers how many.
     */
    public int recountGoneLive() {
        LocalDate today = LocalDate.now(clock);
        int counted = 0;
        for (UUID id : parts.goneLiveBetween(today.minusDays(7), today)) {
            deployments.lock(id);
            recount(id, Set.of());
            counted++;
        }
        return counted;
    }

    /** The days of a site between two days (inclusive), for its chart. */
    @Transactional(readOnly = true)
    public SiteUsage series(Actor actor, UUID deploymentId, UUID siteId, @Nullable LocalDate from,
            @Nullable LocalDate to) {
        access.read(actor, deploymentId);
        PartsStore.SiteRow site = parts.site(deploymentId, siteId)
                .orElseThrow(() -> new app.handshake.shared.RecordNotFoundException("site", siteId));
        LocalDate end = to != null ? to : site.lastUsageOn() != null ? site.lastUsageOn() : LocalDate.now(clock);
        LocalDate start = from != null ? from : end.minusDays(89);
        if (start.isAfter(end)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        if (start.plusDays(3660).isBefore(end)) {
            throw new InvalidRequestException("from", "a series covers at most ten years");
        }
        List<SiteUsage.Point> points = usage.days(List.of(siteId), start).get(siteId).stream()
                .filter(day -> !day.day().isAfter(end)).map(day -> new SiteUsage.Point(day.day(), day.activeUsers()))
                .toList();
        DeploymentSettings rule = settings.read();
        return new SiteUsage(siteId, site.name(), site.licensedSeats(), rule.activeSharePercent(),
                rule.activeUse().thresholdUsers(site.licensedSeats()), start, end, points);
    }

    /** Changes the workspace's rule (admins only); every deployment is counted again under it. */
    public DeploymentSettings changeSettings(Actor actor, DeploymentSettings changed) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an admin changes the rule of active use");
        }
        DeploymentSettings before = settings.read();
        settings.write(changed);
        audit.updated(actor.userId(), "deployment settings", SETTINGS_RECORD, "Deployment settings", before, changed);
        if (before.activeSharePercent() != changed.activeSharePercent() || before.activeDays() != changed.activeDays()) {
            for (UUID id : deployments.allIds()) {
                deployments.lock(id);
                recount(id, null);
            }
        }
        return changed;
    }
}
