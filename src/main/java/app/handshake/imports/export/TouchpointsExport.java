package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Users;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointFilter;
import app.handshake.touchpoints.Touchpoints;
import de.siegmar.fastcsv.writer.CsvWriter;
import app.handshake.people.People;
import app.handshake.shared.ContentLineWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every touchpoint the actor may see, newest first, as a spreadsheet-safe CSV or as iCalendar. */
@Component
public class TouchpointsExport {

    static final List<String> CSV_HEADER = List.of("When", "Channel", "Initiated by", "Duration (minutes)", "Topic",
            "Summary", "Notes", "People", "Team", "Logged by", "Visibility");

    private final Touchpoints touchpoints;
    private final People people;
    private final Users users;

    TouchpointsExport(Touchpoints touchpoints, People people, Users users) {
        this.touchpoints = touchpoints;
        this.people = people;
        this.users = users;
    }

    public void csv(Actor actor, Writer out) throws java.io.IOException {
        CsvWriter csv = SpreadsheetSafe.csv(out);
        csv.writeRecord(CSV_HEADER);
        forEach(actor, t -> csv.writeRecord(java.util.Arrays.asList(t.occurredAt().toString(), t.channel().name(),
                t.initiatedBy().name(), t.durationMinutes() == null ? "" : t.durationMinutes().toString(),
                t.topic().name(), t.summary(), t.notes(), names(t.people()), names(t.users()), t.ownerName(),
                t.visibility().key()).stream().map(SpreadsheetSafe::cell).toList()));
        csv.flush();
    }

    /**
     * As iCalendar, one event per touchpoint, written as it is read (a calendar object of the whole log would
     * not fit in memory). People are attendees by their first address; the channel rides along in
     * X-HANDSHAKE-CHANNEL, which Handshake's calendar import reads back.
     */
    public void icalendar(Actor actor, Writer out) throws java.io.IOException {
        // Folded at 75 octets of UTF-8; ical4j's FoldingWriter counts characters.
        ContentLineWriter folded = new ContentLineWriter(out);
        folded.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Handshake//Touchpoints//EN\r\nCALSCALE:GREGORIAN\r\n");
        Map<UUID, Optional<String>> emails = new HashMap<>();
        Map<UUID, String> team = new HashMap<>();
        users.list().forEach(u -> team.put(u.id(), u.email()));
        forEach(actor, t -> {
            String title = t.channel().label() + (t.summary() == null ? "" : ": " + t.summary());
            // No DURATION when none was logged: an event of zero minutes would come back as "0 minutes".
            VEvent event = t.durationMinutes() == null ? new VEvent(t.occurredAt().toInstant(), title)
                    : new VEvent(t.occurredAt().toInstant(), Duration.ofMinutes(t.durationMinutes()), title);
            event.add(new Uid(t.id() + "@handshake"));
            // What a calendar application shows is above; what Handshake needs to log the same touchpoint again
            // into another workspace rides along in X- properties, which calendar applications keep and ignore.
            event.add(new XProperty("X-HANDSHAKE-CHANNEL", t.channel().name()));
            event.add(new XProperty("X-HANDSHAKE-INITIATED-BY", t.initiatedBy().name()));
            event.add(new XProperty("X-HANDSHAKE-TOPIC", t.topic().name()));
            if (t.summary() != null) {
                event.add(new XProperty("X-HANDSHAKE-SUMMARY", t.summary()));
            }
            if (t.notes() != null) {
                event.add(new Description(t.notes()));
            }
            for (TouchpointDetails.Participant member : t.users()) {
                String email = team.get(member.id());
                if (email != null) {
                    Attendee attendee = new Attendee(URI.create("mailto:" + email));
                    attendee.add(new CommonName(member.name()));
                    event.add(attendee);
                }
            }
            for (TouchpointDetails.Participant person : t.people()) {
                emails.computeIfAbsent(person.id(), id -> people.find(actor, id)
                        .flatMap(p -> p.emails().stream().findFirst().map(e -> e.value())))
                        .ifPresent(email -> {
                            Attendee attendee = new Attendee(URI.create("mailto:" + email));
                            attendee.add(new CommonName(person.name()));
                            event.add(attendee);
                        });
            }
            try {
                folded.write(event.toString());
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        folded.write("END:VCALENDAR\r\n");
        folded.flush();
    }

    private void forEach(Actor actor, Consumer<TouchpointDetails> each) {
        Cursor after = null;
        TouchpointFilter everything = new TouchpointFilter(null, null, null, null, null);
        while (true) {
            Page<TouchpointDetails> page = touchpoints.list(actor, everything, new PageRequest(after, PageRequest.MAX_LIMIT));
            page.items().forEach(each);
            if (page.next() == null) {
                return;
            }
            after = Cursor.decode(page.next());
        }
    }

    private static String names(List<TouchpointDetails.Participant> participants) {
        return participants.stream().map(TouchpointDetails.Participant::name).collect(Collectors.joining("; "));
    }
}
