package app.handshake.imports.ical;

import app.handshake.imports.ical.LenientCalendarHandler.Deviation;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.ReadOptions;
import app.handshake.imports.incoming.TextDecoding;
import app.handshake.imports.incoming.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.data.UnfoldingReader;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A whole calendar file read into ical4j's model. Calendar files are small, so the file is held in memory at
 * once; each event and property keeps the line it begins on.
 */
record LoadedCalendar(List<LenientCalendarHandler.Entry> events, EventZones zones,
        Map<String, Set<Instant>> replaced, List<Deviation> deviations, String method) {

    static LoadedCalendar read(InputStream in, ReadOptions options) throws IOException {
        String file = options.fileName();
        TextDecoding.Decoded decoded = TextDecoding.open(in, options.charset(), file);
        String text = readAll(decoded.reader());
        if (text.isBlank()) {
            throw new UnreadableFileException(new Origin(file, 0, 0), "the file is empty");
        }
        EventZones zones = new EventZones();
        PhysicalLines lines = new PhysicalLines(new UnfoldingReader(new StringReader(text), true));
        LenientCalendarHandler handler = new LenientCalendarHandler(zones, lines::line);
        try {
            // relaxed parsing and unfolding, scoped to this parser: no global ical4j hint is changed
            new CalendarParserImpl(true).parse(lines, handler);
        } catch (ParserException e) {
            throw unreadable(file, text, handler, e, lines.line());
        }
        List<Deviation> deviations = new ArrayList<>();
        if (decoded.warning() != null) {
            deviations.add(new Deviation(0, decoded.warning()));
        }
        deviations.addAll(handler.fileDeviations());
        String fallback = zones.settle(handler.wrTimezone());
        if (fallback != null) {
            deviations.add(new Deviation(0, fallback));
        }
        return new LoadedCalendar(handler.events(), zones, replacedByUid(handler.events(), zones), deviations,
                handler.method());
    }

    /** Occurrences of a series that overrides elsewhere in the file replace, by UID. */
    Set<Instant> replaced(String uid) {
        return uid == null ? Set.of() : replaced.getOrDefault(uid, Set.of());
    }

    private static Map<String, Set<Instant>> replacedByUid(List<LenientCalendarHandler.Entry> events,
            EventZones zones) {
        Map<String, Set<Instant>> byUid = new HashMap<>();
        for (LenientCalendarHandler.Entry entry : events) {
            VEvent event = entry.event();
            String uid = event == null ? null : event.getProperty(Property.UID).map(Property::getValue)
                    .map(String::strip).filter(text -> !text.isEmpty()).orElse(null);
            if (uid != null) {
                EventTimes.recurrenceId(event, zones.fallback())
                        .ifPresent(slot -> byUid.computeIfAbsent(uid, any -> new HashSet<>()).add(slot));
            }
        }
        return byUid;
    }

    private static String readAll(Reader reader) throws IOException {
        StringWriter text = new StringWriter();
        try (reader) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    /** ical4j's own line numbers miss folded lines when it does not read from its UnfoldingReader directly. */
    private static UnreadableFileException unreadable(String file, String text, LenientCalendarHandler handler,
            ParserException e, long line) {
        Origin where = new Origin(file, line, 0);
        if (!handler.calendarStarted()) {
            String start = text.strip().toUpperCase(Locale.ROOT);
            return new UnreadableFileException(where, start.startsWith("BEGIN:VCARD")
                    ? "this is a vCard address book, not a calendar; import it as contacts"
                    : "this is not an iCalendar file: it does not begin with BEGIN:VCALENDAR");
        }
        if (!text.toUpperCase(Locale.ROOT).contains("END:VCALENDAR")) {
            return new UnreadableFileException(where, "the calendar is cut off: it stops at line " + line
                    + " without END:VCALENDAR; export it again");
        }
        return new UnreadableFileException(where, "the calendar cannot be read past line " + line + ": "
                + e.getMessage());
    }
}
