package app.handshake.imports.incoming;

import java.time.LocalDate;
import java.util.Map;

/**
 * A day of a deployment's usage from a spreadsheet: the site as the file names it (its name or its id), before it
 * is matched to the deployment's sites, the active users and the named usage events of the further columns.
 */
public record IncomingUsage(Origin origin, String site, LocalDate day, int activeUsers, Map<String, Long> events)
        implements Incoming {

    public IncomingUsage {
        events = events == null ? Map.of() : Map.copyOf(events);
    }
}
