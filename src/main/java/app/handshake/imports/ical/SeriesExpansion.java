package app.handshake.imports.ical;

import app.handshake.imports.incoming.OccurrenceLimits;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.TreeSet;
import java.util.function.Predicate;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.DateListProperty;
import net.fortuna.ical4j.model.property.ExRule;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The starts of an event's occurrences within the import window, in order: its start, or for a series each
 * occurrence its RRULE and RDATE give, less its EXDATEs and EXRULEs and the occurrences that overrides
 * elsewhere in the file replace. ical4j's own recurrence set is worked out whole, and looks every exclusion up
 * in a list; here dates are taken one at a time against the limits, exclusions are a set, and a rule that
 * would try too many dates is cut off, so that neither time nor memory grows with what a file asks for.
 * One per file: the file's limit is shared by its events.
 */
final class SeriesExpansion {

    /**
     * Starts taken, and what was cut or could not be worked out (null when nothing was). {@code excluded}:
     * occurrences in the window were left out by an EXDATE, EXRULE or override (so the event is no stranger
     * to the window even when it gives nothing).
     */
    record Occurrences(List<Instant> starts, String deviation, boolean excluded) {}

    /** Nobody meets hourly; expanding such a rule over years would only fill memory. */
    private static final Set<Frequency> TOO_FREQUENT = EnumSet.of(Frequency.SECONDLY, Frequency.MINUTELY,
            Frequency.HOURLY);
    /** ical4j keeps occurrences that overlap the window; a day's margin, then the exact bounds, keeps none out. */
    private static final Duration MARGIN = Duration.ofDays(1);
    /**
     * Dates a rule may try for each occurrence it may give: a COUNT rule that began long ago runs through its
     * dates before the window, and a rule may try dates that do not match.
     */
    private static final int TRIES_PER_OCCURRENCE = 10;

    private final OccurrenceLimits limits;
    private final ZoneId floating;
    private final Instant since;
    private final Instant now;
    private final Period<Temporal> utcWindow;
    private final Period<Temporal> floatingWindow;
    private long fileLeft;
    private long fileTriesLeft;
    private long eventTriesLeft;

    SeriesExpansion(OccurrenceLimits limits, ZoneId floating, OffsetDateTime since, OffsetDateTime now) {
        this.limits = limits;
        this.floating = floating;
        this.since = since.toInstant();
        this.now = now.toInstant();
        this.fileLeft = limits.perFile();
        this.fileTriesLeft = (long) limits.perFile() * TRIES_PER_OCCURRENCE;
        // a window of the same kind as the event's start: ical4j compares floating times with floating times
        ZonedDateTime from = this.since.minus(MARGIN).atZone(ZoneOffset.UTC);
        ZonedDateTime to = this.now.plus(MARGIN).atZone(ZoneOffset.UTC);
        this.utcWindow = new Period<>(from, to);
        this.floatingWindow = new Period<>(from.withZoneSameInstant(floating).toLocalDateTime(),
                to.withZoneSameInstant(floating).toLocalDateTime());
    }

    /** The file has given as many meetings as it may: the events after are left out. */
    boolean fileLimitReached() {
        return fileLeft <= 0;
    }

    /**
     * The starts of {@code event}'s occurrences in the window. A series leaves out the {@code replaced}
     * instants; an override ({@code replaced} null) is one occurrence, its own start. {@code name} names the
     * event in deviations.
     */
    Occurrences of(VEvent event, Temporal start, Set<Instant> replaced, String name) {
        Instant first = EventTimes.instant(start, floating);
        List<RRule<Temporal>> rules = event.getProperties(Property.RRULE);
        List<RDate<Temporal>> dates = event.getProperties(Property.RDATE);
        if (replaced == null || rules.isEmpty() && dates.isEmpty()) {
            return single(first, replaced, null);
        }
        if (rules.stream().anyMatch(rule -> TOO_FREQUENT.contains(rule.getRecur().getFrequency()))) {
            return single(first, replaced, "it repeats more often than daily; only its first occurrence is taken");
        }
        int limit = (int) Math.min(limits.perEvent(), fileLeft);
        eventTriesLeft = (long) limit * TRIES_PER_OCCURRENCE;
        List<ExRule<Temporal>> exceptionRules = event.getProperties(Property.EXRULE);
        boolean crowded = rules.stream().anyMatch(rule -> perPeriod(rule.getRecur()) > eventTriesLeft)
                || exceptionRules.stream().anyMatch(rule -> perPeriod(rule.getRecur()) > eventTriesLeft);
        if (crowded) {
            return single(first, replaced, "its rule gives more than " + count(eventTriesLeft)
                    + " dates at a time; only its first occurrence is taken");
        }
        try {
            Set<Instant> excluded = new HashSet<>(replaced);
            event.<DateListProperty<Temporal>>getProperties(Property.EXDATE)
                    .forEach(exdate -> exdate.getDates().forEach(at -> excluded.add(EventTimes.instant(at, floating))));
            boolean whole = true;
            for (ExRule<Temporal> rule : exceptionRules) {
                whole &= feed(rule.getRecur(), start, at -> excluded.add(at) || true);
            }
            Taken taken = new Taken(limit, excluded);
            if (rules.isEmpty()) {
                taken.offer(first);
            }
            for (RDate<Temporal> rdate : dates) {
                starts(rdate).forEach(taken::offer);
            }
            for (RRule<Temporal> rule : rules) {
                whole &= feed(rule.getRecur(), start, taken::offer);
            }
            return taken(List.copyOf(taken.starts), deviation(name, limit, taken, whole), taken.excludedAny);
        } catch (RuntimeException e) {
            return single(first, replaced, "its repetition cannot be worked out (" + e.getMessage()
                    + "); it is taken as a single occurrence");
        }
    }

    private String deviation(String name, int limit, Taken taken, boolean whole) {
        String last = taken.starts.isEmpty() ? null : taken.starts.last().atOffset(ZoneOffset.UTC).toLocalDate()
                .toString();
        if (!whole) {
            return "working out when " + name + " repeats would take too long (more than "
                    + count((long) limit * TRIES_PER_OCCURRENCE) + " dates tried); only the "
                    + count(taken.starts.size()) + " occurrences found by then are taken";
        }
        if (!taken.more) {
            return null;
        }
        if (limit < limits.perEvent()) {
            return "the file gives more than " + count(limits.perFile()) + " meetings, the most one file may give: "
                    + name + " is taken up to " + last + ", and the events after it are left out"
                    + " (setting handshake.imports.occurrences-per-file)";
        }
        return name + " repeats more than " + count(limit) + " times in the import window; only its first "
                + count(limit) + " occurrences, up to " + last + ", are taken"
                + " (setting handshake.imports.occurrences-per-event)";
    }

    private Occurrences taken(List<Instant> starts, String deviation, boolean excluded) {
        fileLeft -= starts.size();
        return new Occurrences(starts, deviation, excluded);
    }

    private Occurrences single(Instant first, Set<Instant> replaced, String deviation) {
        boolean inWindow = !first.isBefore(since) && !first.isAfter(now);
        boolean excluded = inWindow && replaced != null && replaced.contains(first);
        return taken(inWindow && !excluded && fileLeft > 0 ? List.of(first) : List.of(), deviation, excluded);
    }

    private List<Instant> starts(RDate<Temporal> rdate) {
        List<Instant> starts = new ArrayList<>();
        if (rdate.getParameter(Parameter.VALUE).equals(Optional.of(Value.PERIOD))) {
            rdate.getPeriods().orElse(Set.of())
                    .forEach(period -> starts.add(EventTimes.instant(period.getStart(), floating)));
        } else {
            rdate.getDates().forEach(at -> starts.add(EventTimes.instant(at, floating)));
        }
        return starts;
    }

    /** Feeds a rule's dates in the window to {@code take} until it declines one; false when the tries ran out. */
    private boolean feed(Recur<Temporal> rule, Temporal seed, Predicate<Instant> take) {
        Period<Temporal> window = seed instanceof LocalDateTime ? floatingWindow : utcWindow;
        Spliterator<Temporal> dates = rule.getDatesAsStream(seed, window.getStart(), window.getEnd(), -1)
                .spliterator();
        boolean[] more = {true};
        while (more[0]) {
            if (eventTriesLeft <= 0 || fileTriesLeft <= 0) {
                return false;
            }
            eventTriesLeft--;
            fileTriesLeft--;
            // a try that finds a date before the window (or before the seed) gives nothing, and still counts
            if (!dates.tryAdvance(date -> more[0] = take.test(EventTimes.instant(date, floating)))) {
                return true;
            }
        }
        return true;
    }

    /** At most how many dates ical4j builds at once for one period of the rule (it builds them all together). */
    private static long perPeriod(Recur<?> rule) {
        long days = switch (rule.getFrequency()) {
            case YEARLY -> 366;
            case MONTHLY -> 31;
            case WEEKLY -> 7;
            default -> 1;
        };
        return days * Math.max(1, rule.getHourList().size()) * Math.max(1, rule.getMinuteList().size())
                * Math.max(1, rule.getSecondList().size());
    }

    private static String count(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** The earliest starts in the window, never more than the limit; remembers that there were more. */
    private final class Taken {

        private final TreeSet<Instant> starts = new TreeSet<>();
        private final int limit;
        private final Set<Instant> excluded;
        private boolean more;
        private boolean excludedAny;

        Taken(int limit, Set<Instant> excluded) {
            this.limit = limit;
            this.excluded = excluded;
        }

        /** False once the limit is reached below {@code at}: a rule's later dates need not be tried. */
        boolean offer(Instant at) {
            if (at.isBefore(since) || at.isAfter(now)) {
                return true;
            }
            if (excluded.contains(at)) {
                excludedAny = true;
                return true;
            }
            if (starts.size() >= limit && at.isAfter(starts.last())) {
                more = true;
                return false;
            }
            if (starts.add(at) && starts.size() > limit) {
                starts.pollLast();
                more = true;
            }
            return true;
        }
    }
}
