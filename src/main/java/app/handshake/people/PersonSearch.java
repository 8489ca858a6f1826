package app.handshake.people;

import app.handshake.shared.Text;
import java.util.Locale;
import java.util.UUID;

/**
 * What to look for in the people list: free text (name, email or organization name), a tag, an
 * organization. Absent parts do not filter.
 */
public record PersonSearch(String text, String tag, UUID organizationId) {

    public static final PersonSearch EVERYONE = new PersonSearch(null, null, null);

    public PersonSearch {
        text = Text.trimToNull(text);
        text = text == null ? null : text.toLowerCase(Locale.ROOT);
        tag = Text.trimToNull(tag);
        tag = tag == null ? null : tag.toLowerCase(Locale.ROOT);
    }

    public static PersonSearch inOrganization(UUID organizationId) {
        return new PersonSearch(null, null, organizationId);
    }
}
