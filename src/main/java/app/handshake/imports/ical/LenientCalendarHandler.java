package app.handshake.imports.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.data.DefaultContentHandler;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RRule;

/**
 * Builds ical4j's model as its default handler does, but one property or event that ical4j rejects costs only
 * itself instead of the whole file, and every deviation accepted on the way is written down for the event it
 * belongs to, at the line of the property it concerns. Also keeps what the model loses: where each event and
 * its properties begin, an event's raw DTSTART, the calendar's X-WR-TIMEZONE and METHOD.
 */
final class LenientCalendarHandler extends DefaultContentHandler {

    /** Something accepted or refused on the way, at the line of the property (or component) it concerns. */
    record Deviation(long line, String message) {}

    /**
     * One VEVENT as the file gave it, beginning at {@code line}; {@code event} is null when it could not be
     * built at all, and {@code unusable} then says why. {@code propertyLines}: where the event's own
     * properties begin, by name (the first of each).
     */
    record Entry(int ordinal, long line, VEvent event, String rawStart, List<Deviation> deviations,
            Deviation unusable, Map<String, Long> propertyLines) {

        /** The line of the event's first property of this name, or of the event when it has none. */
        long lineOf(String property) {
            return propertyLines.getOrDefault(property, line);
        }
    }

    private static final Set<String> DATE_PROPERTIES = Set.of("DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "RDATE",
            "EXDATE");
    /** Google writes all-day RDATEs as "20131210Z": a date with the UTC marker only date-times may carry. */
    private static final Pattern DATES_WITH_Z = Pattern.compile("\\d{8}Z(,\\d{8}Z)*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final LongSupplier lines;
    private final List<Entry> events = new ArrayList<>();
    private final List<Deviation> fileDeviations = new ArrayList<>();
    private final Deque<Long> componentLines = new ArrayDeque<>();
    private boolean calendarStarted;
    private String wrTimezone;
    private String method;

    private boolean inEvent;
    private int ordinal;
    private List<Deviation> deviations = fileDeviations;
    private Map<String, Long> propertyLines = new HashMap<>();
    private String rawStart;
    private Deviation unusable;
    private String propertyName = "";
    private long propertyLine;
    private String rawValue = "";

    /** {@code lines} tells the line the parser has reached. */
    LenientCalendarHandler(EventZones zones, LongSupplier lines) {
        super(calendar -> {}, zones, new ContentHandlerContext());
        this.lines = lines;
    }

    List<Entry> events() {
        return events;
    }

    List<Deviation> fileDeviations() {
        return fileDeviations;
    }

    boolean calendarStarted() {
        return calendarStarted;
    }

    String wrTimezone() {
        return wrTimezone;
    }

    /** The calendar's METHOD (REQUEST, REPLY, CANCEL ... in an invitation sent by mail), or null. */
    String method() {
        return method;
    }

    @Override
    public void startCalendar() {
        calendarStarted = true;
        super.startCalendar();
    }

    @Override
    public void startComponent(String name) {
        componentLines.push(lines.getAsLong());
        super.startComponent(name);
        if (components.size() == 1 && "VEVENT".equalsIgnoreCase(name)) {
            inEvent = true;
            ordinal++;
            deviations = new ArrayList<>();
            propertyLines = new HashMap<>();
            rawStart = null;
            unusable = null;
        }
    }

    @Override
    public void endComponent(String name) {
        boolean closesEvent = inEvent && components.size() == 1;
        long line = componentLines.isEmpty() ? 0 : componentLines.pop();
        boolean built = true;
        try {
            super.endComponent(name);
        } catch (RuntimeException e) {
            built = false;
            if (closesEvent) {
                unusable = new Deviation(line, "the event cannot be read: " + e.getMessage());
            } else {
                deviations.add(new Deviation(line, name + " cannot be read (" + e.getMessage() + "); ignored"));
            }
        }
        if (closesEvent) {
            VEvent event = built && calendarComponents.getLast() instanceof VEvent v ? v : null;
            events.add(new Entry(ordinal, line, event, rawStart, List.copyOf(deviations), unusable,
                    Map.copyOf(propertyLines)));
            inEvent = false;
            deviations = fileDeviations;
        }
    }

    @Override
    public void startProperty(String name) {
        propertyName = name.toUpperCase(Locale.ROOT);
        propertyLine = lines.getAsLong();
        if (inEvent && components.size() == 1) {
            propertyLines.putIfAbsent(propertyName, propertyLine);
        }
        rawValue = "";
        super.startProperty(name);
    }

    @Override
    public void parameter(String name, String value) {
        if ("RRULE".equals(propertyName) && "TZID".equalsIgnoreCase(name)) {
            deviation("RRULE carries a TZID parameter, which rules do not have; ignored");
            return;
        }
        try {
            super.parameter(name, value);
        } catch (RuntimeException e) {
            deviation("parameter " + name + "=" + value + " of " + propertyName + " cannot be read ("
                    + e.getMessage() + "); ignored");
        }
    }

    @Override
    public void propertyValue(String value) {
        rawValue = value;
        String accepted = value;
        if (DATE_PROPERTIES.contains(propertyName) && DATES_WITH_Z.matcher(value).matches()) {
            accepted = value.replace("Z", "");
            deviation(propertyName + " date value '" + value
                    + "' ends in 'Z', which only date-times may carry; read as the date");
        }
        if ("RRULE".equals(propertyName) && WHITESPACE.matcher(value).find()) {
            deviation("RRULE '" + value + "' has spaces between its parts; read without them");
        }
        if (inEvent && components.size() == 1 && "DTSTART".equals(propertyName)) {
            rawStart = value;
        }
        super.propertyValue(accepted);
    }

    @Override
    public void endProperty(String name) {
        if (components.isEmpty() && "X-WR-TIMEZONE".equals(propertyName) && wrTimezone == null) {
            wrTimezone = rawValue.strip();
        }
        if (components.isEmpty() && "METHOD".equals(propertyName) && method == null) {
            method = rawValue.strip().toUpperCase(Locale.ROOT);
        }
        try {
            super.endProperty(name);
        } catch (RuntimeException e) {
            rejected(e.getMessage());
        }
    }

    private void rejected(String reason) {
        boolean eventProperty = inEvent && components.size() == 1;
        if (eventProperty && "DTSTART".equals(propertyName)) {
            unusable = new Deviation(propertyLine, "its start (DTSTART) '" + rawValue + "' cannot be read: "
                    + reason);
        } else if (eventProperty && "RRULE".equals(propertyName)) {
            relaxedRule(reason);
        } else {
            deviation(propertyName + " '" + rawValue + "' cannot be read (" + reason + "); ignored");
        }
    }

    /** Rules with parts no standard defines still repeat the way their known parts say. */
    private void relaxedRule(String reason) {
        try {
            Recur<?> recur = new Recur<>(WHITESPACE.matcher(rawValue).replaceAll(""), true);
            getComponentBuilder().property(new RRule<>(recur));
            if (!recur.getExperimentalValues().isEmpty()) {
                deviation("RRULE '" + rawValue + "' has parts that are not standard ("
                        + String.join(", ", recur.getExperimentalValues().keySet()) + "); they are ignored");
            }
        } catch (RuntimeException e) {
            deviation("RRULE '" + rawValue + "' cannot be read (" + reason
                    + "); the event is taken as a single occurrence");
        }
    }

    private void deviation(String message) {
        deviations.add(new Deviation(propertyLine, message));
    }
}
