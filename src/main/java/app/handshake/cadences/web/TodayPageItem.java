package app.handshake.cadences.web;

import app.handshake.cadences.Agenda;
import app.handshake.people.PersonDetails;
import app.handshake.people.PersonDraft.LabelledValue;
import app.handshake.touchpoints.TouchpointDetails;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One person on Today with what it takes to act where they stand: their organization, the ways to reach
 * them (only the numbers and addresses the user may see on the person) and the last touchpoint.
 */
record TodayPageItem(Agenda.Item agenda, UUID organizationId, String organizationName, List<Reach> reaches,
        TouchpointDetails last, String lastWhen) {

    /** A link that starts a call, a text or an email; {@code what} names the number or address for screen readers. */
    record Reach(String kind, String label, String href, String what) {}

    private static final int MOST_OF_EACH = 2;

    static TodayPageItem of(Agenda.Item agenda, PersonDetails person, TouchpointDetails last, LocalDate today,
            ZoneId zone) {
        List<Reach> reaches = new ArrayList<>();
        if (person != null) {
            for (LabelledValue phone : person.phones().stream().limit(MOST_OF_EACH).toList()) {
                String number = phone.value().replaceAll("[^0-9+*#]", "");
                if (number.isEmpty()) {
                    continue;
                }
                String label = phone.label() == null || phone.label().isBlank() ? "" : " " + phone.label().strip();
                reaches.add(new Reach("call", "Call" + label, "tel:" + number, phone.value()));
                // A fax takes no text message.
                if (!label.toLowerCase(Locale.ROOT).contains("fax")) {
                    reaches.add(new Reach("text", "Text" + label, "sms:" + number, phone.value()));
                }
            }
            for (LabelledValue email : person.emails().stream().limit(MOST_OF_EACH).toList()) {
                String label = email.label() == null || email.label().isBlank() ? "" : " " + email.label().strip();
                reaches.add(new Reach("email", "Email" + label, "mailto:" + email.value(), email.value()));
            }
        }
        return new TodayPageItem(agenda, person == null ? null : person.organizationId(),
                person == null ? null : person.organizationName(), reaches, last,
                last == null ? null : when(last.occurredAt().atZoneSameInstant(zone).toLocalDate(), today));
    }

    private static String when(LocalDate day, LocalDate today) {
        long days = ChronoUnit.DAYS.between(day, today);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days > 1 && days < 60) {
            return days + " days ago";
        }
        return day.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    }
}
