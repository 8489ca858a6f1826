package app.handshake.deployments;

import app.handshake.shared.Ids;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Days of usage per site, and the days sites and deployments reached or lost active use. */
@Repository
class UsageStore {

    /** Rows per statement: past a few hundred rows a statement the round trips stop mattering. */
    private static final int CHUNK = 1000;

    record SiteDay(UUID siteId, LocalDate usedOn, int activeUsers) {}

    record ChangeRow(@Nullable UUID siteId, LocalDate changedOn, boolean reached) {}

    /** A site's first and last day of usage and the start of its current span of active use. */
    record SiteState(UUID siteId, @Nullable LocalDate first, @Nullable LocalDate last, @Nullable LocalDate activeSince) {}

    /** A site's changes on and after a day (all of them when null), to be replaced by {@code changes}. */
    record ChangesFrom(UUID siteId, @Nullable LocalDate from, List<ActiveUse.Change> changes) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UsageStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes the days, replacing any posted before for the same site and day: the days that may have been posted
     * before (within the span a site already has usage for) are deleted first, then every day is inserted, many
     * rows a statement. A MERGE would do both at once, but PostgreSQL joins its rows against the whole table.
     */
    void write(List<UsageRow> rows, Map<UUID, Span> posted) {
        Map<UUID, List<LocalDate>> again = new LinkedHashMap<>();
        for (UsageRow row : rows) {
            Span span = posted.get(row.siteId());
            if (span != null && span.covers(row.day())) {
                again.computeIfAbsent(row.siteId(), s -> new ArrayList<>()).add(row.day());
            }
        }
        for (var site : again.entrySet()) {
            List<LocalDate> days = site.getValue();
            for (int from = 0; from < days.size(); from += CHUNK) {
                jdbc.sql("delete from deployment_usage where site_id = :site and used_on in (:days)")
                        .param("site", site.getKey()).param("days", days.subList(from, Math.min(days.size(), from + CHUNK)))
                        .update();
            }
        }
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<UsageRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            StringBuilder values = new StringBuilder();
            List<Object> params = new ArrayList<>(chunk.size() * 3);
            for (UsageRow row : chunk) {
                values.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?)");
                params.add(row.siteId());
                params.add(row.day());
                params.add(row.activeUsers());
            }
            jdbc.sql("insert into deployment_usage (site_id, used_on, active_users) values " + values).params(params)
                    .update();
        }
    }

    /** The days a site has usage for, first to last: a day outside was never posted. */
    record Span(LocalDate first, LocalDate last) {

        boolean covers(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    /** Replaces the named events of the days posted, when the batch has any or the sites had some before. */
    void writeEvents(List<UsageRow> rows) {
        boolean posted = rows.stream().anyMatch(row -> row.events() != null && !row.events().isEmpty());
        Map<UUID, List<LocalDate>> days = new LinkedHashMap<>();
        rows.forEach(row -> days.computeIfAbsent(row.siteId(), s -> new ArrayList<>()).add(row.day()));
        boolean stored = jdbc.sql("select count(*) from deployment_usage_event where site_id in (:sites)")
                .param("sites", days.keySet()).query(Long.class).single() > 0;
        if (!posted && !stored) {
            return;
        }
        for (var site : days.entrySet()) {
            List<LocalDate> list = site.getValue();
            for (int from = 0; from < list.size(); from += CHUNK) {
                jdbc.sql("delete from deployment_usage_event where site_id = :site and used_on in (:days)")
                        .param("site", site.getKey()).param("days", list.subList(from, Math.min(list.size(), from + CHUNK)))
                        .update();
            }
        }
        for (UsageRow row : rows) {
            if (row.events() == null) {
                continue;
            }
            for (var event : row.events().entrySet()) {
                jdbc.sql("insert into deployment_usage_event (site_id, used_on, name, times) values (:site, :day, :name, :count)")
                        .param("site", row.siteId()).param("day", row.day()).param("name", event.getKey())
                        .param("count", event.getValue()).update();
            }
        }
    }

    /** Every posted day of these sites, by site, oldest first. */
    Map<UUID, List<ActiveUse.Day>> days(Collection<UUID> siteIds, @Nullable LocalDate from) {
        Map<UUID, List<ActiveUse.Day>> bySite = new LinkedHashMap<>();
        if (siteIds.isEmpty()) {
            return bySite;
        }
        siteIds.forEach(id -> bySite.put(id, new ArrayList<>()));
        jdbc.sql("select site_id, used_on, active_users from deployment_usage where site_id in (:sites)"
                        + (from == null ? "" : " and used_on >= :from") + " order by site_id, used_on")
                .param("sites", siteIds).param("from", from).query(SiteDay.class)
                .stream().forEach(row -> bySite.get(row.siteId()).add(new ActiveUse.Day(row.usedOn(), row.activeUsers())));
        return bySite;
    }

    /** The posted days of sites from a day on, each site from its own (the map's value), by site, oldest first. */
    Map<UUID, List<ActiveUse.Day>> daysFrom(Map<UUID, LocalDate> fromDays) {
        Map<UUID, List<ActiveUse.Day>> bySite = new LinkedHashMap<>();
        if (fromDays.isEmpty()) {
            return bySite;
        }
        fromDays.keySet().forEach(id -> bySite.put(id, new ArrayList<>()));
        LocalDate from = fromDays.values().stream().min(LocalDate::compareTo).orElseThrow();
        jdbc.sql("select site_id, used_on, active_users from deployment_usage where site_id in (:sites) and used_on >= :from"
                        + " order by site_id, used_on").param("sites", fromDays.keySet()).param("from", from)
                .query(SiteDay.class).stream()
                .filter(row -> !row.usedOn().isBefore(fromDays.get(row.siteId())))
                .forEach(row -> bySite.get(row.siteId()).add(new ActiveUse.Day(row.usedOn(), row.activeUsers())));
        return bySite;
    }

    /** The latest days of usage of sites: those on or after each site's last day (the map's value) less {@code span}. */
    Map<UUID, List<ActiveUse.Day>> recent(Map<UUID, LocalDate> lastDays, int span) {
        Map<UUID, List<ActiveUse.Day>> bySite = new LinkedHashMap<>();
        if (lastDays.isEmpty()) {
            return bySite;
        }
        lastDays.keySet().forEach(id -> bySite.put(id, new ArrayList<>()));
        LocalDate from = lastDays.values().stream().min(LocalDate::compareTo).orElseThrow().minusDays(span);
        jdbc.sql("select site_id, used_on, active_users from deployment_usage where site_id in (:sites) and used_on >= :from"
                        + " order by site_id, used_on").param("sites", lastDays.keySet()).param("from", from)
                .query(SiteDay.class).stream()
                .filter(row -> !row.usedOn().isBefore(lastDays.get(row.siteId()).minusDays(span)))
                .forEach(row -> bySite.get(row.siteId()).add(new ActiveUse.Day(row.usedOn(), row.activeUsers())));
        return bySite;
    }

    /** The named events of a site's days, for its chart's tooltips and the export. */
    List<Map<String, Object>> events(UUID siteId, LocalDate from, LocalDate to) {
        return jdbc.sql("select used_on, name, times from deployment_usage_event where site_id = :site and used_on between :from and :to"
                + " order by used_on, name").param("site", siteId).param("from", from).param("to", to).query().listOfRows();
    }

    /** A site's first and last day of usage and the start of its current span of active use. */
    void siteState(UUID siteId, @Nullable LocalDate first, @Nullable LocalDate last, @Nullable LocalDate activeSince) {
        jdbc.sql("update deployment_site set first_usage_on = :first, last_usage_on = :last, active_since = :since"
                        + " where id = :id").param("id", siteId).param("first", first).param("last", last)
                .param("since", activeSince).update();
    }

    /** Writes the state of many sites, one round trip. */
    void siteStates(List<SiteState> states) {
        if (states.isEmpty()) {
            return;
        }
        batch.batchUpdate("update deployment_site set first_usage_on = ?, last_usage_on = ?, active_since = ? where id = ?",
                states, states.size(), (ps, state) -> {
                    ps.setObject(1, state.first());
                    ps.setObject(2, state.last());
                    ps.setObject(3, state.activeSince());
                    ps.setObject(4, state.siteId());
                });
    }

    /** Replaces the later changes of many sites, a round trip for the deletes and one for the inserts. */
    void replaceChangesFrom(UUID deploymentId, List<ChangesFrom> sites) {
        if (sites.isEmpty()) {
            return;
        }
        // Changes are of days 0001-01-01 to 9999-12-31: from the first of them is all of a site's.
        batch.batchUpdate("delete from deployment_active_use where deployment_id = ? and changed_on >= ? and site_id = ?",
                sites, sites.size(), (ps, site) -> {
                    ps.setObject(1, deploymentId);
                    ps.setObject(2, site.from() != null ? site.from() : LocalDate.of(1, 1, 1));
                    ps.setObject(3, site.siteId());
                });
        List<Object[]> rows = new ArrayList<>();
        for (ChangesFrom site : sites) {
            for (ActiveUse.Change change : site.changes()) {
                rows.add(new Object[] {Ids.newId(), deploymentId, site.siteId(), change.day(), change.reached()});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into deployment_active_use (id, deployment_id, site_id, changed_on, reached)"
                    + " values (?, ?, ?, ?, ?)", rows);
        }
    }

    /** Replaces the changes of a site (or, with a null site, of the deployment itself). */
    void replaceChanges(UUID deploymentId, @Nullable UUID siteId, List<ActiveUse.Change> changes) {
        if (siteId == null) {
            jdbc.sql("delete from deployment_active_use where deployment_id = :deployment and site_id is null")
                    .param("deployment", deploymentId).update();
        } else {
            jdbc.sql("delete from deployment_active_use where site_id = :site").param("site", siteId).update();
        }
        for (ActiveUse.Change change : changes) {
            jdbc.sql("insert into deployment_active_use (id, deployment_id, site_id, changed_on, reached)"
                            + " values (:id, :deployment, :site, :day, :reached)")
                    .param("id", Ids.newId()).param("deployment", deploymentId).param("site", siteId)
                    .param("day", change.day()).param("reached", change.reached()).update();
        }
    }

    /** The changes of a deployment and its sites, oldest first. */
    List<ChangeRow> changes(UUID deploymentId) {
        return jdbc.sql("select site_id, changed_on, reached from deployment_active_use where deployment_id = :deployment"
                        + " order by changed_on, site_id nulls first").param("deployment", deploymentId)
                .query(ChangeRow.class).list();
    }
}
