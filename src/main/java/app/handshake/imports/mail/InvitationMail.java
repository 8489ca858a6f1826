package app.handshake.imports.mail;

import app.handshake.imports.ical.Invitation;
import app.handshake.imports.incoming.Address;
import app.handshake.imports.incoming.Incoming;
import app.handshake.imports.incoming.IncomingMeeting;
import app.handshake.imports.incoming.IncomingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A message that invites to a meeting is that meeting, not an email: it happened at the event's start,
 * with the event's people, and on video when the event has a Teams, Meet or Zoom link. Calendar services
 * send invitations on the organizer's behalf, often from a no-reply address or marked as generated, so
 * the invitation counts whatever its header says about its sender. Anything else stays the message.
 */
final class InvitationMail {

    private InvitationMail() {}

    static Incoming of(IncomingMessage message, Invitation invitation) {
        if (invitation == null || !invitation.asksToAMeeting()) {
            return message;
        }
        IncomingMeeting meeting = invitation.meeting();
        Address organizer = meeting.organizer();
        List<Address> attendees = meeting.attendees();
        if (organizer == null && attendees.isEmpty()) {
            // an event that names nobody: the invitation's own sender and recipients are its people
            attendees = new ArrayList<>(message.to());
            attendees.addAll(message.cc());
        }
        if (organizer == null) {
            organizer = message.from();
        }
        return new IncomingMeeting(message.origin(), meeting.key(), meeting.start(), meeting.durationMinutes(),
                meeting.summary(), meeting.location(), meeting.channel(), organizer, attendees, meeting.logged());
    }
}
