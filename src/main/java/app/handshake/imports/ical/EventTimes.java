package app.handshake.imports.ical;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * When an event took place, and for how long. Floating times (no zone) are read in the zone the calendar
 * stands in for them; {@link SeriesExpansion} works out the occurrences of a series.
 */
final class EventTimes {

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
}
