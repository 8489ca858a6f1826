package app.handshake.imports.ical;

import app.handshake.imports.incoming.Address;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Who an event names, by e-mail address: its organizer, and its attendees without the organizer (invitations
 * list the organizer among the attendees too). Rooms and other non-mailto addresses are left out.
 */
record Participants(Address organizer, List<Address> attendees) {

    private static final String MAILTO = "mailto:";

    static Participants of(VEvent event) {
        Address organizer = event.getProperty(Property.ORGANIZER).map(Participants::address).orElse(null);
        Map<String, Address> attendees = new LinkedHashMap<>();
        for (Property attendee : event.getProperties(Property.ATTENDEE)) {
            Address address = address(attendee);
            if (address != null && (organizer == null || !organizer.email().equals(address.email()))) {
                attendees.putIfAbsent(address.email(), address);
            }
        }
        return new Participants(organizer, List.copyOf(attendees.values()));
    }

    private static Address address(Property property) {
        String value = property.getValue() == null ? "" : property.getValue().strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(MAILTO)) {
            return null;
        }
        String email = value.substring(MAILTO.length()).strip();
        if (email.indexOf('@') < 1) {
            return null;
        }
        String name = property.getParameter(Parameter.CN).map(Parameter::getValue).orElse(null);
        return new Address(email, name);
    }
}
