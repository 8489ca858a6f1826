package app.handshake.imports.ical;

import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * A calendar sent by mail (a text/calendar part, as Exchange, Teams and Google send invitations): its iTIP
 * method (REQUEST, REPLY, CANCEL ...) and the meeting its first event stands for, at that event's own start.
 * A series' later occurrences are left to the calendar's import: an invitation is one message about one
 * meeting. The meeting is keyed as the calendar import keys it, so that importing both makes it once.
 */
public record Invitation(String method, IncomingMeeting meeting) {

    /** Whether the invitation asks to a meeting it names (METHOD:REQUEST, or ADD for another occurrence). */
    public boolean asksToAMeeting() {
        return meeting != null && ("REQUEST".equals(method) || "ADD".equals(method));
    }

    /**
     * Reads the calendar of a message found at {@code origin}; {@code charset} is the part's, or null. Returns
     * null, with a warning, when it cannot be read: the message is then read as the mail it also is.
     */
    public static Invitation read(InputStream calendar, Charset charset, Origin origin, Consumer<String> warn)
            throws IOException {
        Consumer<String> told = deviation -> warn.accept("in the calendar the message carries: " + deviation);
        try {
            LoadedCalendar loaded = LoadedCalendar.read(calendar, new ReadOptions(origin.file(), charset, null, null,
                    false));
            loaded.deviations().forEach(deviation -> told.accept(deviation.message()));
            for (LenientCalendarHandler.Entry entry : loaded.events()) {
                IncomingMeeting meeting = meeting(entry, loaded.zones().fallback(), origin, told);
                if (meeting != null) {
                    return new Invitation(loaded.method(), meeting);
                }
            }
            return new Invitation(loaded.method(), null);
        } catch (RuntimeException e) {
            // an unreadable calendar (UnreadableFileException), or ical4j failing on odd values in ways it does
            // not declare: that costs the calendar, not the message
            warn.accept("the calendar the message carries cannot be read (" + e.getMessage() + "); read as mail");
            return null;
        }
    }

    private static IncomingMeeting meeting(LenientCalendarHandler.Entry entry, ZoneId floating, Origin origin,
            Consumer<String> warn) {
        VEvent event = entry.event();
        if (entry.unusable() != null || event == null || EventMeeting.cancelled(event)) {
            return null;
        }
        Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            return null;
        }
        Temporal start = dtStart.get().getDate();
        if (start instanceof LocalDate) {
            // a day off or a holiday: an all-day event is no meeting
            return null;
        }
        entry.deviations().forEach(deviation -> warn.accept(deviation.message()));
        return EventMeeting.of(event, entry.rawStart(), start, floating, warn)
                .at(origin, EventTimes.instant(start, floating), EventTimes.recurrenceId(event, floating));
    }
}
