package app.handshake.imports.jobs;

import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.RecordReader.Notice;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings about the meetings of one calendar event, one per message for the whole event rather than one per
 * occurrence: a weekly meeting among team members gave 261 identical warnings that named no date. The
 * occurrences of an event come one after the other, so their warnings are held until the event ends and
 * then say how many occurrences they concern, and from when to when.
 */
final class OccurrenceWarnings {

    private static final class Concerned {
        private int occurrences;
        private LocalDate first;
        private LocalDate last;
    }

    private Origin event;
    private int occurrences;
    private final Map<String, Concerned> byMessage = new LinkedHashMap<>();

    /** Whether {@code next} is one more occurrence of the event held: if not, {@link #flush()} first. */
    boolean continues(Incoming next) {
        return next instanceof IncomingMeeting meeting && meeting.origin().equals(event);
    }

    /** The meeting about to be applied, of the event held (or of the first event). */
    void meeting(IncomingMeeting meeting) {
        event = meeting.origin();
        occurrences++;
    }

    void warn(IncomingMeeting meeting, String message) {
        LocalDate day = meeting.start().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        Concerned concerned = byMessage.computeIfAbsent(message, any -> new Concerned());
        concerned.occurrences++;
        concerned.first = concerned.first == null ? day : concerned.first;
        concerned.last = day;
    }

    /** The held event's warnings, each once, and nothing held any more. */
    List<Notice> flush() {
        List<Notice> notices = new ArrayList<>();
        byMessage.forEach((message, concerned) -> notices.add(new Notice(event, occurrences == 1 ? message
                : message + " (" + (concerned.occurrences == occurrences ? "all " + occurrences
                        : concerned.occurrences + " of " + occurrences) + " occurrences, " + concerned.first
                        + (concerned.last.equals(concerned.first) ? "" : " to " + concerned.last) + ")")));
        byMessage.clear();
        event = null;
        occurrences = 0;
        return notices;
    }
}
