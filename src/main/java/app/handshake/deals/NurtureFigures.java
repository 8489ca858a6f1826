package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import app.handshake.touchpoints.TouchpointTimes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Works out a lost deal's {@link NurtureRecord} from its history and the touchpoints the reader may see. */
@Component
class NurtureFigures {

    private final DealHistory history;
    private final DealQueries queries;
    private final Pipeline pipeline;
    private final People people;
    private final TouchpointTimes touchpoints;
    private final Clock clock;

    NurtureFigures(DealHistory history, DealQueries queries, Pipeline pipeline, People people,
            TouchpointTimes touchpoints, Clock clock) {
        this.history = history;
        this.queries = queries;
        this.pipeline = pipeline;
        this.people = people;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    NurtureRecord of(Actor actor, Deal deal) {
        OffsetDateTime since = null;
        OffsetDateTime ended = null;
        // The latest loss, and the reopening that ended its nurture if one did.
        for (DealHistoryEntry event : history.of(deal.id())) {
            if (event.kind().equals(DealOutcome.lost.name())) {
                since = event.occurredAt();
                ended = null;
            } else if (since != null && ended == null && event.kind().equals("reopened")) {
                ended = event.occurredAt();
            }
        }
        int interval = deal.nurtureEveryDays() != null ? deal.nurtureEveryDays() : pipeline.nurtureEveryDays();
        List<DealDetails.Person> nurtured = nurtured(actor, deal);
        if (since == null) {
            return new NurtureRecord(deal.id(), NurtureRecord.Status.none, null, null, interval, nurtured, List.of(),
                    0, 0, false, deal.wonBack());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime until = ended != null && ended.isBefore(now) ? ended : now;
        List<OffsetDateTime> times = touchpoints.with(actor,
                nurtured.stream().map(DealDetails.Person::personId).distinct().toList(), since, until);
        List<NurtureRecord.Month> months = months(since, until, interval, times);
        int kept = (int) months.stream().filter(m -> m.state() == NurtureRecord.MonthState.kept).count();
        int missed = (int) months.stream().filter(m -> m.state() == NurtureRecord.MonthState.missed).count();
        boolean keptUp = months.stream().filter(m -> m.state() != NurtureRecord.MonthState.running
                        && !m.to().isAfter(until)).reduce((first, second) -> second)
                .map(m -> m.state() == NurtureRecord.MonthState.kept).orElse(true);
        return new NurtureRecord(deal.id(), ended == null ? NurtureRecord.Status.running : NurtureRecord.Status.ended,
                since, ended, interval, nurtured, months, kept, missed, keptUp, deal.wonBack());
    }

    /** Month by month from the loss up to {@code until}; the last month may not have ended. */
    static List<NurtureRecord.Month> months(OffsetDateTime since, OffsetDateTime until, int interval,
            List<OffsetDateTime> times) {
        List<NurtureRecord.Month> months = new ArrayList<>();
        for (int i = 0; since.plusMonths(i).isBefore(until); i++) {
            OffsetDateTime from = since.plusMonths(i);
            OffsetDateTime to = since.plusMonths(i + 1);
            boolean over = !to.isAfter(until);
            OffsetDateTime end = over ? to : until;
            // Less often than monthly, a touchpoint keeps every month that ends within the interval after it.
            OffsetDateTime window = to.minusDays(interval).isBefore(from) ? to.minusDays(interval) : from;
            int count = (int) times.stream().filter(t -> !t.isBefore(from) && t.isBefore(end)).count();
            boolean kept = times.stream().anyMatch(t -> !t.isBefore(window) && t.isBefore(end));
            months.add(new NurtureRecord.Month(i + 1, from, to, count, kept ? NurtureRecord.MonthState.kept
                    : over ? NurtureRecord.MonthState.missed : NurtureRecord.MonthState.running));
        }
        return months;
    }

    /**
     * Of the months since the loss that had ended by {@code until}, how many there were and how many were kept, as
     * {@link #months} marks them, without building them: the figures tally every lost deal of a period on each read.
     * A month is kept when {@code marks} (see {@link NurtureMonths}) say so, or by one of {@code times}: touchpoints'
     * moments in epoch microseconds, sorted.
     */
    static MonthTally tally(OffsetDateTime since, OffsetDateTime until, int interval, String marks, long[] times) {
        int due = monthsEnded(since, until);
        int kept = 0;
        for (int i = 0; i < due; i++) {
            if (NurtureMonths.kept(marks, i)) {
                kept++;
            } else if (times.length > 0) {
                OffsetDateTime from = since.plusMonths(i);
                OffsetDateTime to = since.plusMonths(i + 1);
                OffsetDateTime window = to.minusDays(interval).isBefore(from) ? to.minusDays(interval) : from;
                // The first touchpoint at or after the window's start keeps the month if it came before its end.
                int first = firstAtOrAfter(times, micros(window));
                kept += first < times.length && times[first] < micros(to) ? 1 : 0;
            }
        }
        return new MonthTally(due, kept);
    }

    /**
     * How many months since the loss had ended by {@code until}: the most n with since + n months not after it, as
     * {@link #months} steps them (a loss on the 31st has months ending on the 30th, the 28th...). Counted, then
     * checked, instead of stepped month by month: the figures count this for every lost deal of a period.
     */
    static int monthsEnded(OffsetDateTime since, OffsetDateTime until) {
        int ended = (int) Math.max(0, ChronoUnit.MONTHS.between(since, until));
        while (ended > 0 && since.plusMonths(ended).isAfter(until)) {
            ended--;
        }
        while (!since.plusMonths(ended + 1).isAfter(until)) {
            ended++;
        }
        return ended;
    }

    /** A lost deal's months that had ended, and of them those kept. */
    record MonthTally(int due, int kept) {}

    static long micros(OffsetDateTime at) {
        return Math.addExact(Math.multiplyExact(at.toEpochSecond(), 1_000_000L), at.getNano() / 1_000);
    }

    private static int firstAtOrAfter(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The deal's decision makers and champions whom the reader may see, by name. */
    private List<DealDetails.Person> nurtured(Actor actor, Deal deal) {
        List<UUID> ids = deal.nurtured();
        Map<UUID, String> names = queries.visiblePeople(people.readFilter(actor), ids);
        List<DealDetails.Person> nurtured = new ArrayList<>();
        names.forEach((id, name) -> deal.people().stream()
                .filter(p -> p.personId().equals(id) && p.role().nurtured())
                .sorted(Comparator.comparing(Deal.DealPerson::role))
                .forEach(p -> nurtured.add(new DealDetails.Person(id, name, p.role()))));
        return nurtured;
    }
}
