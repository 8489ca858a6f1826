package app.handshake.imports.ical;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.RecordReader;
import app.handshake.imports.incoming.Warnings;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads the meetings of an iCalendar file (.ics): each occurrence of an event that has already happened,
 * from the options' {@code since} to their {@code now}, becomes one {@link IncomingMeeting}.
 */
public final class CalendarReader implements RecordReader {

    private final InputStream in;
    private final ReadOptions options;
    private final Warnings warnings = new Warnings();
    private final Queue<IncomingMeeting> ready = new ArrayDeque<>();
    private LoadedCalendar calendar;
    private int next;

    public CalendarReader(InputStream in, ReadOptions options) {
        this.in = in;
        this.options = options;
    }

    @Override
    public Incoming next() throws IOException {
        if (calendar == null) {
            // unlike other readers this one holds the whole file: calendars are small, and ical4j builds a model
            calendar = LoadedCalendar.read(in, options);
            calendar.deviations().forEach(deviation -> warn(new Origin(options.fileName(), 0, 0), deviation));
        }
        while (ready.isEmpty() && next < calendar.events().size()) {
            ready.addAll(meetings(calendar.events().get(next++)));
        }
        return ready.poll();
    }

    @Override
    public List<Notice> drainWarnings() {
        return warnings.drain();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private List<IncomingMeeting> meetings(LenientCalendarHandler.Entry entry) {
        Origin origin = new Origin(options.fileName(), calendar.lineOf(entry.ordinal()), entry.ordinal());
        try {
            return meetings(entry, origin);
        } catch (BadRecordException e) {
            throw e;
        } catch (RuntimeException e) {
            // ical4j fails on odd values in ways it does not declare; that costs the event, not the file
            throw new BadRecordException(origin, "the event cannot be read: " + e.getMessage());
        }
    }

    private List<IncomingMeeting> meetings(LenientCalendarHandler.Entry entry, Origin origin) {
        entry.deviations().forEach(deviation -> warn(origin, deviation));
        if (entry.unusable() != null) {
            throw new BadRecordException(origin, entry.unusable());
        }
        VEvent event = entry.event();
        Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            throw new BadRecordException(origin, "the event has no start (DTSTART)");
        }
        if (EventMeeting.cancelled(event)) {
            return List.of();
        }
        Temporal start = start(dtStart.get(), origin, entry.rawStart());
        if (start instanceof LocalDate) {
            warn(origin, "all-day event (a date without a time of day, such as a birthday); not a meeting, skipped");
            return List.of();
        }
        noteZone(dtStart.get(), start, origin);
        ZoneId floating = calendar.zones().fallback();
        Optional<Instant> slot = EventTimes.recurrenceId(event, floating);
        List<String> deviations = new ArrayList<>();
        List<Instant> starts = EventTimes.within(event, start, floating, options.since(), options.now(),
                slot.isPresent() ? null : calendar.replaced(uid(event)), deviations);
        deviations.forEach(deviation -> warn(origin, deviation));
        return starts.isEmpty() ? List.of() : occurrences(event, entry.rawStart(), origin, start, slot, starts);
    }

    /** One meeting per start. */
    private List<IncomingMeeting> occurrences(VEvent event, String rawStart, Origin origin, Temporal start,
            Optional<Instant> slot, List<Instant> starts) {
        EventMeeting meeting = EventMeeting.of(event, rawStart, start, calendar.zones().fallback(),
                deviation -> warn(origin, deviation));
        return starts.stream().map(at -> meeting.at(origin, at, slot)).toList();
    }

    private static Temporal start(DateProperty<Temporal> dtStart, Origin origin, String raw) {
        try {
            return dtStart.getDate();
        } catch (DateTimeException e) {
            throw new BadRecordException(origin, "its start (DTSTART) '" + raw + "' cannot be read: " + e.getMessage());
        }
    }

    private void noteZone(DateProperty<Temporal> dtStart, Temporal start, Origin origin) {
        Optional<TzId> tzId = dtStart.getParameter(Parameter.TZID);
        if (tzId.isPresent()) {
            String deviation = calendar.zones().resolve(tzId.get().getValue()).deviation();
            if (deviation != null) {
                warn(origin, deviation);
            }
        } else if (start instanceof LocalDateTime) {
            warn(origin, "floating time (no time zone); read as " + calendar.zones().fallbackName());
        }
    }

    private static String uid(VEvent event) {
        return EventMeeting.text(event, Property.UID);
    }

    private void warn(Origin origin, String message) {
        warnings.add(new Notice(origin, message));
    }
}
