package app.handshake.deployments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Works out, from the days of usage, when a site reached and lost active use, and from its sites' spans when the
 * whole deployment did. A day with no usage posted between two that have some counts as no one using it.
 */
final class ActiveUse {

    /** A site reached ({@code reached}) or lost active use on that day. */
    record Change(LocalDate day, boolean reached) {}

    /** One day's active users at a site. */
    record Day(LocalDate day, int activeUsers) {}

    /** What the deployment-level sweep needs of one site. */
    record SiteSpans(@Nullable LocalDate liveFrom, List<Change> changes) {}

    private ActiveUse() {}

    /** The site's changes, oldest first, from its usage sorted by day. */
    static List<Change> ofSite(ActiveUseRule rule, int seats, List<Day> usage) {
        return ofSiteAfter(rule, seats, null, usage);
    }

    /**
     * The site's changes after {@code after} (from the start of its usage when null), from its usage of the days
     * after it sorted by day. A change leaves no run of days behind it, so what came before it never counts
     * again: a batch of new days needs only the days since the site's last change before them.
     */
    static List<Change> ofSiteAfter(ActiveUseRule rule, int seats, @Nullable Change after, List<Day> usage) {
        List<Change> changes = new ArrayList<>();
        if (usage.isEmpty()) {
            return changes;
        }
        boolean active = after != null && after.reached();
        int run = 0;
        int next = 0;
        LocalDate last = usage.getLast().day();
        for (LocalDate day = after != null ? after.day().plusDays(1) : usage.getFirst().day(); !day.isAfter(last);
                day = day.plusDays(1)) {
            int users = 0;
            if (next < usage.size() && usage.get(next).day().equals(day)) {
                users = usage.get(next++).activeUsers();
            }
            // While in active use a run counts the days below, while out of it the days at or above.
            run = rule.reaches(users, seats) != active ? run + 1 : 0;
            if (run == rule.days()) {
                active = !active;
                run = 0;
                changes.add(new Change(day, active));
            }
        }
        return changes;
    }

    /** The day of the current span of active use, or null when the last change lost it (or there is none). */
    static @Nullable LocalDate since(List<Change> changes) {
        return changes.isEmpty() || !changes.getLast().reached() ? null : changes.getLast().day();
    }

    /**
     * The deployment is in active use on a day when it has a live site and every site live that day is in active
     * use; a site is live from its go-live day (or first day of usage) on, and what it did before does not count.
     * A site going live after {@code today} is not live yet: it counts from the day it does (a daily job counts
     * again then).
     */
    static List<Change> ofDeployment(List<SiteSpans> sites, LocalDate today) {
        // Per day: change in live sites, change in live sites in active use.
        TreeMap<LocalDate, int[]> events = new TreeMap<>();
        for (SiteSpans site : sites) {
            LocalDate live = site.liveFrom();
            if (live == null || live.isAfter(today)) {
                continue;
            }
            events.computeIfAbsent(live, d -> new int[2])[0]++;
            LocalDate start = null;
            for (Change change : site.changes()) {
                if (change.reached()) {
                    start = change.day();
                } else if (start != null) {
                    span(events, start, change.day(), live);
                    start = null;
                }
            }
            if (start != null) {
                span(events, start, null, live);
            }
        }
        List<Change> changes = new ArrayList<>();
        int live = 0;
        int active = 0;
        boolean was = false;
        for (var day : events.entrySet()) {
            live += day.getValue()[0];
            active += day.getValue()[1];
            boolean is = live > 0 && active == live;
            if (is != was) {
                changes.add(new Change(day.getKey(), is));
                was = is;
            }
        }
        return changes;
    }

    /** Active use from {@code from} until (not including) {@code until}, counted from the site's live day. */
    private static void span(TreeMap<LocalDate, int[]> events, LocalDate from, @Nullable LocalDate until,
            LocalDate live) {
        LocalDate start = from.isBefore(live) ? live : from;
        if (until != null && !until.isAfter(start)) {
            return;
        }
        events.computeIfAbsent(start, d -> new int[2])[1]++;
        if (until != null) {
            events.computeIfAbsent(until, d -> new int[2])[1]--;
        }
    }
}
