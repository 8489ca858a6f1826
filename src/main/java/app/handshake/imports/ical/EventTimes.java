package app.handshake.imports.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * When an event took place within the import window, and for how long: its start, or, for a series, each
 * occurrence its RRULE, RDATE and EXDATE give, less those that a RECURRENCE-ID override replaces. Floating
 * times (no zone) are read in the zone the calendar stands in for them.
 */
final class EventTimes {

    /** Nobody meets hourly; expanding such a rule over years would only fill memory. */
    private static final Set<Frequency> TOO_FREQUENT = EnumSet.of(Frequency.SECONDLY, Frequency.MINUTELY,
            Frequency.HOURLY);
    /** ical4j keeps occurrences that overlap the window; a day's margin, then the exact bounds, keeps none out. */
    private static final Duration MARGIN = Duration.ofDays(1);

    private EventTimes() {}

    static Instant instant(Temporal value, ZoneId floating) {
        return switch (value) {
            case Instant instant -> instant;
            case ZonedDateTime zoned -> zoned.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case LocalDateTime local -> local.atZone(floating).toInstant();
            case LocalDate date -> date.atStartOfDay(floating).toInstant();
            default -> Instant.from(value);
        };
    }

    /** The occurrence an override replaces; empty for an event that is no override (or an unreadable one). */
    static Optional<Instant> recurrenceId(VEvent event, ZoneId floating) {
        try {
            return event.<DateProperty<Temporal>>getProperty(Property.RECURRENCE_ID)
                    .map(DateProperty::getDate)
                    .map(slot -> instant(slot, floating));
        } catch (DateTimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The starts of the event's occurrences from {@code since} to {@code now}, in order. A series leaves out
     * the {@code replaced} instants; an override ({@code replaced} null) is one occurrence, its own start.
     */
    static List<Instant> within(VEvent event, Temporal start, ZoneId floating, OffsetDateTime since,
            OffsetDateTime now, Set<Instant> replaced, List<String> deviations) {
        List<Instant> starts = replaced == null ? List.of(instant(start, floating))
                : expanded(event, start, floating, since, now, deviations);
        return starts.stream()
                .filter(at -> replaced == null || !replaced.contains(at))
                .filter(at -> !at.isBefore(since.toInstant()) && !at.isAfter(now.toInstant()))
                .sorted()
                .toList();
    }

    /**
     * Minutes from the event's start to its DTEND, else its DURATION; null without either, or for an end
     * before the start.
     *
     * @throws DateTimeException when the end cannot be read
     */
    static Integer durationMinutes(VEvent event, Instant start, ZoneId floating) {
        Optional<DateProperty<Temporal>> end = event.getProperty(Property.DTEND);
        if (end.isPresent()) {
            long minutes = Duration.between(start, instant(end.get().getDate(), floating)).toMinutes();
            return minutes >= 0 ? Math.toIntExact(minutes) : null;
        }
        Optional<net.fortuna.ical4j.model.property.Duration> duration = event.getProperty(Property.DURATION);
        return duration.map(d -> minutes(d.getDuration())).orElse(null);
    }

    private static Integer minutes(TemporalAmount amount) {
        return switch (amount) {
            case Duration duration when !duration.isNegative() -> Math.toIntExact(duration.toMinutes());
            case java.time.Period period when !period.isNegative() -> Math.toIntExact(period.getDays() * 24L * 60L);
            default -> null;
        };
    }

    private static List<Instant> expanded(VEvent event, Temporal start, ZoneId floating, OffsetDateTime since,
            OffsetDateTime now, List<String> deviations) {
        Instant first = instant(start, floating);
        List<RRule<?>> rules = event.getProperties(Property.RRULE);
        if (rules.isEmpty() && event.getProperties(Property.RDATE).isEmpty()) {
            return List.of(first);
        }
        if (rules.stream().anyMatch(rule -> TOO_FREQUENT.contains(rule.getRecur().getFrequency()))) {
            deviations.add("it repeats more often than daily; only its first occurrence is taken");
            return List.of(first);
        }
        try {
            Set<Period<Temporal>> periods = event.calculateRecurrenceSet(window(start, floating, since, now));
            return periods.stream().map(period -> instant(period.getStart(), floating)).toList();
        } catch (RuntimeException e) {
            deviations.add("its repetition cannot be worked out (" + e.getMessage()
                    + "); it is taken as a single occurrence");
            return List.of(first);
        }
    }

    /** A window of the same kind as the event's start: ical4j compares floating times with floating times. */
    private static Period<Temporal> window(Temporal start, ZoneId floating, OffsetDateTime since,
            OffsetDateTime now) {
        ZonedDateTime from = since.toInstant().minus(MARGIN).atZone(ZoneOffset.UTC);
        ZonedDateTime to = now.toInstant().plus(MARGIN).atZone(ZoneOffset.UTC);
        if (start instanceof LocalDateTime) {
            return new Period<>(from.withZoneSameInstant(floating).toLocalDateTime(),
                    to.withZoneSameInstant(floating).toLocalDateTime());
        }
        return new Period<>(from, to);
    }
}
