package app.handshake.imports.jobs;

import app.handshake.platform.web.FormFields;
import app.handshake.shared.InvalidRequestException;

/**
 * A record's refused value in words that name its field ("email address 'ada@' is not an email address", "name
 * must not be empty"): the rule alone ("must not be empty") does not say which of a card's values to fix.
 */
final class RefusedField {

    private RefusedField() {}

    static String describe(InvalidRequestException e) {
        String message = e.getMessage() == null ? "is not valid" : e.getMessage().strip();
        String field = words(e.field());
        if (field.isEmpty()) {
            return message;
        }
        return FormFields.name(field, message);
    }

    /** "emails[0].address" is "email address", "location.latitude" is "latitude", "organizationId" is "organization". */
    static String words(String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String part : field.split("\\.")) {
            String name = part;
            if (name.matches(".+\\[\\d+]")) {
                name = name.replaceFirst("\\[\\d+]$", "").replaceFirst("s$", "");
            }
            if (name.equals("location")) {
                continue;
            }
            name = name.replaceFirst("Id$", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            text.append(text.isEmpty() ? "" : " ").append(name);
        }
        return text.toString();
    }
}
