package app.handshake.people;

import app.handshake.shared.Text;
import java.util.Locale;
import java.util.UUID;

/**
 * What to look for in the people list: free text (words that begin the name, an email, a tag or the organization
 * name), a tag, an
 * organization, a relationship tier; and the order, by name or by strength. Absent parts do not filter.
 */
public record PersonSearch(String text, String tag, UUID organizationId, String tier, Order order) {

    public static final PersonSearch EVERYONE = new PersonSearch(null, null, null);

    /** How the list is ordered: by name, or strongest relationship first. */
    public enum Order {
        name, strength
    }

    public PersonSearch {
        text = Text.trimToNull(text);
        text = text == null ? null : text.toLowerCase(Locale.ROOT);
        tag = Text.trimToNull(tag);
        tag = tag == null ? null : tag.toLowerCase(Locale.ROOT);
        tier = Text.trimToNull(tier);
        order = order == null ? Order.name : order;
    }

    public PersonSearch(String text, String tag, UUID organizationId) {
        this(text, tag, organizationId, null, Order.name);
    }

    public static PersonSearch inOrganization(UUID organizationId) {
        return new PersonSearch(null, null, organizationId);
    }
}
