package app.handshake.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Times as the viewer reads them, in their time zone: {@code ${#when.format(t.occurredAt, 'd MMM yyyy, HH:mm')}}
 * in a page. A moment (an offset or zoned date-time, an instant) is moved to the viewer's zone first; a day
 * or a local date-time (a birthday, a due day) is shown as it is. Every page gets the zone as the model
 * attribute {@value #ZONE_ATTRIBUTE}; without one (the sign-in page) times are in UTC, and say so.
 */
public final class ViewerTime {

    /** The model attribute holding the viewer's {@link ZoneId}. */
    public static final String ZONE_ATTRIBUTE = "viewerZone";

    private final ZoneId zone;
    private final Locale locale;

    ViewerTime(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    public String format(TemporalAccessor value, String pattern) {
        if (value == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale).format(inZone(value));
    }

    /** The value for a {@code datetime-local} input: the moment as a wall-clock time where the viewer is. */
    public String input(TemporalAccessor value) {
        return value == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(inZone(value));
    }

    /** The viewer's zone, e.g. Europe/London, to say which zone the times are in. */
    public String zone() {
        return zone.getId();
    }

    private TemporalAccessor inZone(TemporalAccessor value) {
        return switch (value) {
            case OffsetDateTime moment -> moment.atZoneSameInstant(zone);
            case ZonedDateTime moment -> moment.withZoneSameInstant(zone);
            case Instant moment -> moment.atZone(zone);
            default -> value;
        };
    }
}
