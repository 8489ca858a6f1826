package app.handshake.imports.ical;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.LeftOut;
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
    private final LeftOutEvents leftOut;
    private LoadedCalendar calendar;
    private SeriesExpansion expansion;
    private int next;
    private boolean ended;

    public CalendarReader(InputStream in, ReadOptions options) {
        this.in = in;
        this.options = options;
        this.leftOut = new LeftOutEvents(options);
    }

    @Override
    public Incoming next() throws IOException {
        if (calendar == null) {
            // unlike other readers this one holds the whole file: calendars are small, and ical4j builds a model
            calendar = LoadedCalendar.read(in, options);
            calendar.deviations().forEach(deviation -> warn(deviation.line(), 0, deviation.message()));
            expansion = new SeriesExpansion(options.occurrences(), calendar.zones().fallback(), options.since(),
                    options.now());
        }
        while (ready.isEmpty() && next < calendar.events().size()) {
            ready.addAll(meetings(calendar.events().get(next++)));
        }
        if (ready.isEmpty() && !ended) {
            ended = true;
            leftOut.summary().forEach(summary -> warn(0, 0, summary));
        }
        return ready.poll();
    }

    @Override
    public List<Notice> drainWarnings() {
        return warnings.drain();
    }

    @Override
    public LeftOut leftOut() {
        return leftOut.counts();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private List<IncomingMeeting> meetings(LenientCalendarHandler.Entry entry) {
        Origin origin = new Origin(options.fileName(), entry.line(), entry.ordinal());
        if (expansion.fileLimitReached()) {
            leftOut.afterFileLimit();
            return List.of();
        }
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
        entry.deviations().forEach(deviation -> warn(deviation.line(), entry.ordinal(), deviation.message()));
        if (entry.unusable() != null) {
            throw new BadRecordException(at(entry.unusable().line(), entry), entry.unusable().message());
        }
        VEvent event = entry.event();
        Optional<DateProperty<Temporal>> dtStart = event.getProperty(Property.DTSTART);
        if (dtStart.isEmpty()) {
            throw new BadRecordException(origin, "the event has no start (DTSTART)");
        }
        if (EventMeeting.cancelled(event)) {
            // a cancelled meeting is no deviation, so no warning; it is counted as skipped all the same
            leftOut.skipped();
            return List.of();
        }
        Origin startLine = at(entry.lineOf(Property.DTSTART), entry);
        Temporal start = start(dtStart.get(), startLine, entry.rawStart());
        if (start instanceof LocalDate) {
            leftOut.skipped();
            warn(startLine, "all-day event (a date without a time of day, such as a birthday); not a meeting, skipped");
            return List.of();
        }
        noteZone(dtStart.get(), start, startLine);
        Optional<Instant> slot = EventTimes.recurrenceId(event, calendar.zones().fallback());
        SeriesExpansion.Occurrences occurrences = expansion.of(event, start,
                slot.isPresent() ? null : calendar.replaced(uid(event)), name(event));
        if (occurrences.deviation() != null) {
            warn(at(entry.lineOf(event.getProperty(Property.RRULE).isPresent() ? Property.RRULE : Property.RDATE),
                    entry), occurrences.deviation());
        }
        List<Instant> starts = occurrences.starts();
        if (starts.isEmpty()) {
            if (!occurrences.excluded()) {
                leftOut.outsideWindow(EventTimes.instant(start, calendar.zones().fallback()));
            }
            return List.of();
        }
        return occurrences(entry, origin, start, slot, starts);
    }

    /** One meeting per start; a warning about its end is told at the line of DTEND or DURATION. */
    private List<IncomingMeeting> occurrences(LenientCalendarHandler.Entry entry, Origin origin, Temporal start,
            Optional<Instant> slot, List<Instant> starts) {
        VEvent event = entry.event();
        Origin endLine = at(entry.lineOf(event.getProperty(Property.DTEND).isPresent() ? Property.DTEND
                : Property.DURATION), entry);
        EventMeeting meeting = EventMeeting.of(event, entry.rawStart(), start, calendar.zones().fallback(),
                deviation -> warn(deviation.startsWith("its end") ? endLine : origin, deviation));
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

    /** How a warning names an event: its summary and UID, as far as it has them. */
    private static String name(VEvent event) {
        String summary = EventMeeting.text(event, Property.SUMMARY);
        String uid = uid(event);
        if (summary == null) {
            return uid == null ? "the event" : "the event with UID " + uid;
        }
        return "\"" + summary + "\"" + (uid == null ? "" : " (UID " + uid + ")");
    }

    private static String uid(VEvent event) {
        return EventMeeting.text(event, Property.UID);
    }

    private Origin at(long line, LenientCalendarHandler.Entry entry) {
        return new Origin(options.fileName(), line, entry.ordinal());
    }

    private void warn(long line, long record, String message) {
        warn(new Origin(options.fileName(), line, record), message);
    }

    private void warn(Origin origin, String message) {
        warnings.add(new Notice(origin, message));
    }
}
