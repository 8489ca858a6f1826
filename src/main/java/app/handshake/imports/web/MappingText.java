package app.handshake.imports.web;

import app.handshake.imports.csv.ContactField;
import app.handshake.shared.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A column mapping as typed on the page: one "Column = field" per line. */
final class MappingText {

    private MappingText() {}

    static Map<String, String> parse(String text) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (text == null) {
            return mapping;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.lastIndexOf('=');
            String field = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (eq <= 0 || ContactField.named(field) == null) {
                throw new InvalidRequestException("mapping", "\"" + line.strip() + "\" is not \"Column = field\" with a"
                        + " field such as name, email, phone, organization, title, notes, tags, city, country");
            }
            mapping.put(line.substring(0, eq).strip(), field);
        }
        return mapping;
    }
}
