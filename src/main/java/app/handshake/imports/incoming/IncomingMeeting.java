package app.handshake.imports.incoming;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One occurrence of a calendar event. {@code key} is stable across re-imports: the UID and the
 * occurrence's start (or, without a UID, a digest of what the event says). {@code channel} is one of
 * the touchpoint channels. {@code logged} is what Handshake's own calendar export says about the
 * touchpoint the event stands for, or null for anybody else's calendar.
 */
public record IncomingMeeting(Origin origin, String key, OffsetDateTime start, Integer durationMinutes,
        String summary, String location, String channel, Address organizer, List<Address> attendees,
        Logged logged) implements Incoming {

    /** The touchpoint as Handshake exported it: its own summary, notes, who reached out and the topic. */
    public record Logged(String summary, String notes, String initiatedBy, String topic) {}

    public IncomingMeeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
