package app.handshake.imports.csv;

import java.util.Locale;

/** What a column of a contacts spreadsheet holds; the names are what a user types in a column mapping. */
public enum ContactField {
    name, prefix, first_name, middle_name, last_name, suffix, email, phone, organization, title, notes, tags,
    birthday, birth_year, birth_month, birth_day, city, region, country, connected_on, ignore;

    /** The field a user named in a mapping, or null when there is none by that name. */
    public static ContactField named(String text) {
        if (text == null) {
            return null;
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (ContactField field : values()) {
            if (field.name().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
