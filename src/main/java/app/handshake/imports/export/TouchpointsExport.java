package app.handshake.imports.export;

import app.handshake.accounts.Actor;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointFilter;
import app.handshake.touchpoints.Touchpoints;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every touchpoint the actor may see, newest first, as a spreadsheet-safe CSV. */
@Component
public class TouchpointsExport {

    static final List<String> CSV_HEADER = List.of("When", "Channel", "Initiated by", "Duration (minutes)", "Topic",
            "Summary", "Notes", "People", "Team", "Logged by", "Visibility");

    private final Touchpoints touchpoints;

    TouchpointsExport(Touchpoints touchpoints) {
        this.touchpoints = touchpoints;
    }

    public void csv(Actor actor, Writer out) throws java.io.IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(CSV_HEADER);
        Cursor after = null;
        TouchpointFilter everything = new TouchpointFilter(null, null, null, null, null);
        while (true) {
            Page<TouchpointDetails> page = touchpoints.list(actor, everything, new PageRequest(after, PageRequest.MAX_LIMIT));
            for (TouchpointDetails t : page.items()) {
                csv.writeRecord(java.util.Arrays.asList(t.occurredAt().toString(), t.channel().name(), t.initiatedBy().name(),
                        t.durationMinutes() == null ? "" : t.durationMinutes().toString(), t.topic().name(),
                        t.summary(), t.notes(), names(t.people()), names(t.users()), t.ownerName(),
                        t.visibility().key()).stream().map(SpreadsheetSafe::cell).toList());
            }
            if (page.next() == null) {
                csv.flush();
                return;
            }
            after = Cursor.decode(page.next());
        }
    }

    private static String names(List<TouchpointDetails.Participant> participants) {
        return participants.stream().map(TouchpointDetails.Participant::name).collect(Collectors.joining("; "));
    }
}
