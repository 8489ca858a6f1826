package app.handshake.imports.ical;

import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.Origin;
import app.handshake.shared.Digests;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.function.Consumer;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * What an event says about the meeting it stands for, the same for each of its occurrences: the UID that
 * names it across imports, its length, title, place, channel and people, and what Handshake's own export
 * adds. A calendar file and an invitation sent by mail make their meetings alike, so that importing both
 * finds one meeting, not two.
 */
record EventMeeting(String uid, Integer minutes, String summary, String location, String channel,
        Participants people, IncomingMeeting.Logged logged) {

    static EventMeeting of(VEvent event, String rawStart, Temporal start, ZoneId floating, Consumer<String> warn) {
        String summary = text(event, Property.SUMMARY);
        String location = text(event, Property.LOCATION);
        String uid = text(event, Property.UID);
        if (uid == null) {
            warn.accept("the event has no UID; it is told apart by its start, summary and location");
            uid = "digest:" + Digests.sha256Hex(rawStart + "|" + orEmpty(summary) + "|" + orEmpty(location));
        }
        IncomingMeeting.Logged logged = text(event, "X-HANDSHAKE-CHANNEL") == null ? null
                : new IncomingMeeting.Logged(text(event, "X-HANDSHAKE-SUMMARY"), text(event, Property.DESCRIPTION),
                        text(event, "X-HANDSHAKE-INITIATED-BY"), text(event, "X-HANDSHAKE-TOPIC"));
        return new EventMeeting(uid, durationMinutes(event, start, floating, warn), summary, location,
                MeetingChannel.of(event, summary, location), Participants.of(event), logged);
    }

    /**
     * The occurrence starting {@code at}. Its key names an override's occurrence by the slot it replaces
     * (RECURRENCE-ID), so that moving one meeting of a series does not make it a new meeting on the next import.
     */
    IncomingMeeting at(Origin origin, Instant at, Optional<Instant> slot) {
        return new IncomingMeeting(origin, uid + "|" + slot.orElse(at), at.atOffset(ZoneOffset.UTC), minutes,
                summary, location, channel, people.organizer(), people.attendees(), logged);
    }

    static boolean cancelled(VEvent event) {
        return "CANCELLED".equalsIgnoreCase(text(event, Property.STATUS));
    }

    static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
    }

    private static Integer durationMinutes(VEvent event, Temporal start, ZoneId floating, Consumer<String> warn) {
        try {
            return EventTimes.durationMinutes(event, EventTimes.instant(start, floating), floating);
        } catch (DateTimeException | ArithmeticException e) {
            warn.accept("its end (DTEND or DURATION) cannot be read (" + e.getMessage() + "); no duration");
            return null;
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
