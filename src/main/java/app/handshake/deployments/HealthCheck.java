package app.handshake.deployments;

import app.handshake.deployments.HealthReason.Kind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A deployment's health from its facts on a day. At risk: a milestone late, an obstacle open longer than the
 * setting, a site whose adoption fell day after day for the set span, a site past go-live with no usage. Stalled:
 * a blocking obstacle open longer than the stall span, or (short of active use) nothing moved for that span: no
 * usage, no change to the deployment or its sites, milestones and obstacles.
 */
final class HealthCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The facts a health needs: the deployment's parts and each site's latest days of usage, oldest first. */
    record Facts(LocalDate startedOn, LocalDate changedOn, boolean inActiveUse, List<Site> sites, List<Milestone> milestones,
            List<Obstacle> obstacles, Map<UUID, List<ActiveUse.Day>> recentUsage) {}

    /** The verdict and the reasons, worst first. */
    record Verdict(Health health, List<HealthReason> reasons) {}

    private HealthCheck() {}

    static Verdict of(Facts facts, DeploymentSettings settings, LocalDate today) {
        List<HealthReason> reasons = new ArrayList<>();
        for (Milestone milestone : facts.milestones()) {
            if (milestone.lateOn(today)) {
                int late = days(milestone.dueOn(), today);
                reasons.add(new HealthReason(Kind.milestone_late, Health.AT_RISK, "Milestone \"" + milestone.name()
                        + "\" was due " + DAY.format(milestone.dueOn()) + ": " + late + plural(late, " day") + " late",
                        milestone.id(), milestone.dueOn(), late));
            }
        }
        for (Obstacle obstacle : facts.obstacles()) {
            if (!obstacle.open()) {
                continue;
            }
            LocalDate opened = obstacle.openedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            int open = days(opened, today);
            String what = "\"" + obstacle.description() + "\"" + (obstacle.ownerName() == null ? ""
                    : " (" + obstacle.ownerName() + ")");
            if (obstacle.blocking() && open > settings.stalledDays()) {
                reasons.add(new HealthReason(Kind.blocked, Health.STALLED, "Blocked for " + open + " days by " + what
                        + (obstacle.siteName() == null ? "" : " at " + obstacle.siteName()), obstacle.id(), opened,
                        open));
            } else if (open > settings.obstacleDays()) {
                reasons.add(new HealthReason(Kind.obstacle_open, Health.AT_RISK, "Obstacle " + what + " open for "
                        + open + " days", obstacle.id(), opened, open));
            }
        }
        for (Site site : facts.sites()) {
            siteReason(site, facts.recentUsage().getOrDefault(site.id(), List.of()), settings, today)
                    .ifPresent(reasons::add);
        }
        LocalDate moved = lastMove(facts);
        int still = days(moved, today);
        if (!facts.inActiveUse() && still >= settings.stalledDays()) {
            reasons.add(new HealthReason(Kind.no_progress, Health.STALLED, "Nothing has moved for " + still
                    + " days: no usage and no change to its sites, milestones or obstacles since " + DAY.format(moved),
                    null, moved, still));
        }
        reasons.sort(Comparator.comparing(HealthReason::makes).reversed());
        Health health = reasons.stream().map(HealthReason::makes).max(Comparator.naturalOrder()).orElse(Health.ON_TRACK);
        return new Verdict(health, List.copyOf(reasons));
    }

    private static java.util.Optional<HealthReason> siteReason(Site site, List<ActiveUse.Day> recent,
            DeploymentSettings settings, LocalDate today) {
        LocalDate goLive = site.goLiveOn();
        if (goLive != null && goLive.isBefore(today)
                && (site.lastUsageOn() == null || site.lastUsageOn().isBefore(goLive))) {
            int since = days(goLive, today);
            return java.util.Optional.of(new HealthReason(Kind.no_usage, Health.AT_RISK, site.name() + " went live "
                    + DAY.format(goLive) + " and no usage has arrived since (" + since + plural(since, " day") + ")",
                    site.id(), goLive, since));
        }
        int[] users = lastDays(recent, settings.fallingDays() + 1);
        if (users == null) {
            return java.util.Optional.empty();
        }
        for (int i = 1; i < users.length; i++) {
            if (users[i] > users[i - 1]) {
                return java.util.Optional.empty();
            }
        }
        if (users[users.length - 1] >= users[0]) {
            return java.util.Optional.empty();
        }
        LocalDate from = recent.getLast().day().minusDays(settings.fallingDays());
        return java.util.Optional.of(new HealthReason(Kind.adoption_falling, Health.AT_RISK, site.name()
                + ": active users fell from " + users[0] + " to " + users[users.length - 1] + " over the last "
                + settings.fallingDays() + " days", site.id(), from, settings.fallingDays()));
    }

    /** The active users of the last {@code count} days up to the latest posted one (no post: none), or null. */
    private static int @Nullable [] lastDays(List<ActiveUse.Day> recent, int count) {
        if (recent.isEmpty()) {
            return null;
        }
        LocalDate last = recent.getLast().day();
        LocalDate first = last.minusDays(count - 1);
        if (recent.getFirst().day().isAfter(first)) {
            return null;
        }
        int[] users = new int[count];
        for (ActiveUse.Day day : recent) {
            if (!day.day().isBefore(first)) {
                users[(int) ChronoUnit.DAYS.between(first, day.day())] = day.activeUsers();
            }
        }
        return users;
    }

    private static LocalDate lastMove(Facts facts) {
        return Stream.of(Stream.of(facts.startedOn(), facts.changedOn()),
                        facts.sites().stream().map(Site::lastUsageOn),
                        facts.milestones().stream().map(Milestone::doneOn),
                        facts.obstacles().stream().map(o -> o.openedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()),
                        facts.obstacles().stream().map(o -> o.resolvedAt() == null ? null
                                : o.resolvedAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()))
                .flatMap(s -> s).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static int days(LocalDate from, LocalDate to) {
        return (int) ChronoUnit.DAYS.between(from, to);
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
