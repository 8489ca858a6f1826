package app.handshake.imports.ical;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** How a meeting most likely happened, from what its event says: a video call, a meal, else in person. */
final class MeetingChannel {

    private static final List<String> CONFERENCE_PROPERTIES = List.of("CONFERENCE", "X-GOOGLE-CONFERENCE",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL");
    private static final Pattern VIDEO_LINK = Pattern.compile("(?i)\\b(?:meet\\.google\\.com"
            + "|(?:[a-z0-9-]+\\.)*zoom(?:gov)?\\.(?:us|com)/|teams\\.microsoft\\.com|teams\\.live\\.com"
            + "|(?:[a-z0-9-]+\\.)*webex\\.com|meet\\.jit\\.si|(?:[a-z0-9-]+\\.)*jitsi\\.)");
    /** Matched against text without accents, so "dîner" and "Frühstück" are "diner" and "fruhstuck". */
    private static final Pattern MEAL = Pattern.compile("\\b(?:breakfasts?|brunch(?:es)?|lunch(?:es)?|dinners?"
            + "|suppers?|coffees?|restaurants?|cafes?|mittagessen|abendessen|fruhstuck|kaffee"
            + "|petit[- ]dejeuner|dejeuner|diner|souper|almuerzo|cena|desayuno|comida|middag|frukost|fika)\\b");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private MeetingChannel() {}

    static String of(VEvent event, String summary, String location) {
        // Handshake's own export says how the touchpoint happened: a phone call stays a phone call.
        String own = text(event, "X-HANDSHAKE-CHANNEL");
        if (own != null && java.util.Arrays.stream(app.handshake.touchpoints.Channel.values())
                .anyMatch(c -> c.name().equals(own.strip()))) {
            return own.strip();
        }
        boolean conference = CONFERENCE_PROPERTIES.stream().anyMatch(name -> event.getProperty(name).isPresent());
        if (conference || hasVideoLink(location) || hasVideoLink(text(event, Property.URL))
                || hasVideoLink(text(event, Property.DESCRIPTION))) {
            return "video";
        }
        if (isMeal(summary) || isMeal(location)) {
            return "meal";
        }
        return "in_person";
    }

    static boolean hasVideoLink(String text) {
        return text != null && VIDEO_LINK.matcher(text).find();
    }

    static boolean isMeal(String text) {
        if (text == null) {
            return false;
        }
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return MEAL.matcher(plain.toLowerCase(Locale.ROOT)).find();
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElse(null);
    }
}
