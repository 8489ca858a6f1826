package app.handshake.imports.incoming;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One occurrence of a calendar event. {@code key} is stable across re-imports: the UID and the
 * occurrence's start (or, without a UID, a digest of what the event says). {@code channel} is one of
 * the touchpoint channels: in_person, meal or video.
 */
public record IncomingMeeting(Origin origin, String key, OffsetDateTime start, Integer durationMinutes,
        String summary, String location, String channel, Address organizer, List<Address> attendees)
        implements Incoming {

    public IncomingMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
