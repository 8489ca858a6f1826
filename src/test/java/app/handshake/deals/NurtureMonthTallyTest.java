package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The figures' tally of a lost deal's months agrees with the months its own page shows: over random losses (month
 * ends, leap days, odd offsets), nurture intervals and touchpoints, including ones on a month's very edge; also when
 * some of the touchpoints come as the months they keep (those everyone may read, kept ahead) and, of the others, only
 * those that would keep a month more.
 */
class NurtureMonthTallyTest {

    @Test
    void theTallyCountsTheEndedAndKeptMonthsAsTheMonthsShowThem() {
        Random random = new Random(20261202);
        for (int run = 0; run < 2_000; run++) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 15 * 60);
            OffsetDateTime since = OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, offset)
                    .plusDays(random.nextInt(700)).plusSeconds(random.nextInt(86_400))
                    .plusNanos(random.nextInt(1_000_000) * 1_000L);
            OffsetDateTime until = since.plusDays(random.nextInt(500)).plusSeconds(random.nextInt(86_400));
            int interval = 1 + random.nextInt(120);
            List<OffsetDateTime> times = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                times.add(random.nextInt(4) == 0
                        // On a month's edge, or a microsecond either side of it.
                        ? since.plusMonths(random.nextInt(16)).plusNanos((random.nextInt(3) - 1) * 1_000L)
                        : since.plusSeconds(random.nextLong(until.toEpochSecond() - since.toEpochSecond() + 1)));
            }
            List<OffsetDateTime> sorted = times.stream().sorted().toList();

            int due = 0;
            int kept = 0;
            for (NurtureRecord.Month month : NurtureFigures.months(since, until, interval, sorted)) {
                if (!month.to().isAfter(until)) {
                    due++;
                    kept += month.state() == NurtureRecord.MonthState.kept ? 1 : 0;
                }
            }
            long[] micros = sorted.stream().mapToLong(NurtureFigures::micros).toArray();
            NurtureFigures.MonthTally tally = NurtureFigures.tally(since, until, interval, "", micros);
            assertThat(tally).as("run %d: since %s until %s every %d days, %s", run, since, until, interval, sorted)
                    .isEqualTo(new NurtureFigures.MonthTally(due, kept));

            List<OffsetDateTime> open = new ArrayList<>();
            List<OffsetDateTime> others = new ArrayList<>();
            for (OffsetDateTime at : sorted) {
                (random.nextBoolean() ? open : others).add(at);
            }
            NurtureMonths marked = NurtureMonths.keptBy(since, interval, open);
            long[] beyond = others.stream().filter(marked::keepsMoreThan).mapToLong(NurtureFigures::micros).toArray();
            assertThat(NurtureFigures.tally(since, until, interval, marked.marks(), beyond))
                    .as("run %d: open %s marked %s, others %s", run, open, marked.marks(), others)
                    .isEqualTo(new NurtureFigures.MonthTally(due, kept));
        }
    }

    @Test
    void aMonthEndsOnTheDayItsLossSteppedToEvenAtAMonthsEnd() {
        OffsetDateTime lost = OffsetDateTime.of(2025, 1, 31, 16, 0, 0, 0, ZoneOffset.ofHours(2));
        // January 31st + 1 month is February 28th: the first month has ended then, to the microsecond.
        assertThat(NurtureFigures.monthsEnded(lost, lost.withMonth(2).withDayOfMonth(28))).isEqualTo(1);
        assertThat(NurtureFigures.monthsEnded(lost, lost.withMonth(2).withDayOfMonth(28).minusNanos(1_000)))
                .isZero();
        assertThat(NurtureFigures.monthsEnded(lost, lost.plusMonths(13))).isEqualTo(13);
        assertThat(NurtureFigures.monthsEnded(lost, lost.plusMonths(13).withOffsetSameInstant(ZoneOffset.UTC)))
                .isEqualTo(13);
        assertThat(NurtureFigures.monthsEnded(lost, lost.minusDays(3))).isZero();
        assertThat(NurtureFigures.monthsEnded(lost, lost)).isZero();
    }
}
