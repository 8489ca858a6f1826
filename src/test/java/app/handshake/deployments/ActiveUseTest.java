package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Active use is reached on the last day of the span at or above the share, and lost on the last of as many below. */
class ActiveUseTest {

    private static final ActiveUseRule RULE = new ActiveUseRule(60, 14);
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    void theThresholdLineIsTheFewestUsersThatReachTheShare() {
        for (int share : new int[] {1, 33, 60, 99, 100}) {
            ActiveUseRule rule = new ActiveUseRule(share, 14);
            for (int seats = 1; seats <= 300; seats++) {
                int threshold = rule.thresholdUsers(seats);
                assertThat(rule.reaches(threshold, seats)).as("%d%% of %d seats", share, seats).isTrue();
                assertThat(rule.reaches(threshold - 1, seats)).as("%d%% of %d seats", share, seats).isFalse();
            }
        }
    }

    @Test
    void reachedOnTheFourteenthDayAtExactlySixtyPercent() {
        List<ActiveUse.Day> days = days(START, 13, 600);
        assertThat(ActiveUse.ofSite(RULE, 1000, days)).isEmpty();

        days.addAll(days(START.plusDays(13), 1, 600));
        assertThat(ActiveUse.ofSite(RULE, 1000, days)).containsExactly(new ActiveUse.Change(START.plusDays(13), true));
    }

    @Test
    void justBelowTheShareNeverReachesIt() {
        assertThat(ActiveUse.ofSite(RULE, 1000, days(START, 60, 599))).isEmpty();
    }

    @Test
    void aDayBelowStartsTheSpanAgain() {
        List<ActiveUse.Day> days = days(START, 13, 700);
        days.addAll(days(START.plusDays(13), 1, 100));
        days.addAll(days(START.plusDays(14), 13, 700));
        assertThat(ActiveUse.ofSite(RULE, 1000, days)).isEmpty();
        days.addAll(days(START.plusDays(27), 1, 700));
        assertThat(ActiveUse.ofSite(RULE, 1000, days)).containsExactly(new ActiveUse.Change(START.plusDays(27), true));
    }

    @Test
    void lostOnTheFourteenthDayBelowAndRecorded() {
        List<ActiveUse.Day> days = days(START, 14, 600);
        days.addAll(days(START.plusDays(14), 13, 599));
        assertThat(ActiveUse.since(ActiveUse.ofSite(RULE, 1000, days))).isEqualTo(START.plusDays(13));

        days.addAll(days(START.plusDays(27), 1, 0));
        List<ActiveUse.Change> changes = ActiveUse.ofSite(RULE, 1000, days);
        assertThat(changes).containsExactly(new ActiveUse.Change(START.plusDays(13), true),
                new ActiveUse.Change(START.plusDays(27), false));
        assertThat(ActiveUse.since(changes)).isNull();
    }

    @Test
    void aDayWithNothingPostedBetweenTwoThatHaveCountsAsNoOneUsingIt() {
        List<ActiveUse.Day> days = days(START, 7, 900);
        days.addAll(days(START.plusDays(8), 7, 900));
        assertThat(ActiveUse.ofSite(RULE, 1000, days)).isEmpty();
    }

    @Test
    void theDeploymentIsInActiveUseWhileEveryLiveSiteIs() {
        LocalDate leedsReached = START.plusDays(13);
        LocalDate yorkLive = START.plusDays(20);
        LocalDate yorkReached = START.plusDays(40);
        LocalDate leedsLost = START.plusDays(60);
        List<ActiveUse.Change> whole = ActiveUse.ofDeployment(List.of(
                new ActiveUse.SiteSpans(START, List.of(new ActiveUse.Change(leedsReached, true),
                        new ActiveUse.Change(leedsLost, false))),
                new ActiveUse.SiteSpans(yorkLive, List.of(new ActiveUse.Change(yorkReached, true))),
                new ActiveUse.SiteSpans(null, List.of())), START.plusDays(365));
        assertThat(whole).containsExactly(new ActiveUse.Change(leedsReached, true),
                new ActiveUse.Change(yorkLive, false), new ActiveUse.Change(yorkReached, true),
                new ActiveUse.Change(leedsLost, false));
    }

    @Test
    void whatASiteDidBeforeGoingLiveDoesNotCount() {
        LocalDate live = START.plusDays(30);
        List<ActiveUse.Change> whole = ActiveUse.ofDeployment(List.of(new ActiveUse.SiteSpans(live,
                List.of(new ActiveUse.Change(START.plusDays(13), true), new ActiveUse.Change(START.plusDays(27), false)))),
                START.plusDays(365));
        assertThat(whole).isEmpty();
    }

    @Test
    void aSiteGoingLiveLaterDoesNotCountUntilItsDay() {
        LocalDate today = START.plusDays(30);
        List<ActiveUse.SiteSpans> sites = List.of(
                new ActiveUse.SiteSpans(START, List.of(new ActiveUse.Change(START.plusDays(13), true))),
                new ActiveUse.SiteSpans(today.plusDays(1), List.of()));
        assertThat(ActiveUse.since(ActiveUse.ofDeployment(sites, today))).isEqualTo(START.plusDays(13));
        assertThat(ActiveUse.since(ActiveUse.ofDeployment(sites, today.plusDays(1)))).isNull();
    }

    @Test
    void countingOnFromAnyChangeGivesWhatCountingTheWholeSeriesGives() {
        java.util.Random random = new java.util.Random(7);
        for (int series = 0; series < 200; series++) {
            // Spans of days above or below the share, with days left out, so that changes come and go.
            List<ActiveUse.Day> days = new ArrayList<>();
            LocalDate day = START;
            while (days.size() < 200) {
                int users = random.nextBoolean() ? 600 + random.nextInt(400) : random.nextInt(600);
                for (int i = random.nextInt(30); i > 0; i--) {
                    if (random.nextInt(10) > 0) {
                        days.add(new ActiveUse.Day(day, users));
                    }
                    day = day.plusDays(1);
                }
            }
            List<ActiveUse.Change> whole = ActiveUse.ofSite(RULE, 1000, days);
            for (ActiveUse.Change after : whole) {
                List<ActiveUse.Day> later = days.stream().filter(d -> d.day().isAfter(after.day())).toList();
                assertThat(ActiveUse.ofSiteAfter(RULE, 1000, after, later))
                        .isEqualTo(whole.subList(whole.indexOf(after) + 1, whole.size()));
            }
            assertThat(ActiveUse.ofSiteAfter(RULE, 1000, null, days)).isEqualTo(whole);
        }
    }

    private static List<ActiveUse.Day> days(LocalDate from, int count, int users) {
        List<ActiveUse.Day> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(new ActiveUse.Day(from.plusDays(i), users));
        }
        return days;
    }
}
