package app.handshake.imports.csv;

import app.handshake.imports.export.PeopleWriters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which column holds what, recognised from the header row of the exports people actually have: Google
 * Contacts (legacy and current), Outlook, LinkedIn connections, Thunderbird, and plain spreadsheets with
 * columns such as "Name" and "Email". A mapping given by the user wins over what is recognised.
 */
final class ContactColumns {

    /** One column: what it holds, the label its values carry ("work"), and the column holding their label. */
    record Column(int index, ContactField field, String label, Integer labelIndex) {}

    // "E-mail 1 - Value" / "Phone 2 - Type" / "Address 1 - City" in both Google layouts.
    private static final Pattern NUMBERED = Pattern.compile("^(e-mail|email|phone|address|organization) (\\d+) - (.+)$");
    private static final Pattern PHONE = Pattern.compile("^(.*?)\\s*(phone|mobile|fax|pager|telephone|tel)\\s*(number|\\d+)?$");

    static final String HANDSHAKE = "Handshake";

    private final List<Column> columns;
    private final String layout;

    private ContactColumns(List<Column> columns, String layout) {
        this.columns = columns;
        this.layout = layout;
    }

    List<Column> columns() {
        return columns;
    }

    /**
     * The export the header looks like: "Handshake" (its own people export), "Google Contacts", "Outlook",
     * "LinkedIn", "Thunderbird" or "CSV".
     */
    String layout() {
        return layout;
    }

    boolean has(ContactField field) {
        return columns.stream().anyMatch(c -> c.field() == field);
    }

    static ContactColumns of(List<String> header, Map<String, ContactField> chosen) {
        List<String> names = header.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
        String layout = layout(names);
        boolean outlook = layout.equals("Outlook");
        Map<String, Integer> typeColumns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Matcher numbered = NUMBERED.matcher(names.get(i));
            if (numbered.matches() && (numbered.group(3).equals("type") || numbered.group(3).equals("label"))) {
                typeColumns.put(numbered.group(1).replace("email", "e-mail") + " " + numbered.group(2), i);
            }
        }
        Map<String, ContactField> chosenByName = new HashMap<>();
        chosen.forEach((column, field) -> chosenByName.put(column.strip().toLowerCase(Locale.ROOT), field));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            ContactField field = chosenByName.get(name);
            if (field != null) {
                if (field != ContactField.ignore) {
                    columns.add(new Column(i, field, null, null));
                }
                continue;
            }
            Column column = recognise(i, name, outlook, typeColumns);
            if (column != null) {
                columns.add(column);
            }
        }
        return new ContactColumns(columns, layout);
    }

    private static String layout(List<String> names) {
        if (names.equals(PeopleWriters.CSV_HEADER.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
            return HANDSHAKE;
        }
        if (names.contains("connected on")) {
            return "LinkedIn";
        }
        if (names.contains("e-mail 1 - value") || names.contains("group membership")) {
            return "Google Contacts";
        }
        if (names.contains("e-mail address") && names.contains("job title")) {
            return "Outlook";
        }
        if (names.contains("primary email") && names.contains("display name")) {
            return "Thunderbird";
        }
        return "CSV";
    }

    private static Column recognise(int i, String name, boolean outlook, Map<String, Integer> typeColumns) {
        Matcher numbered = NUMBERED.matcher(name);
        if (numbered.matches()) {
            String kind = numbered.group(1).replace("email", "e-mail");
            String part = numbered.group(3);
            Integer labelIndex = typeColumns.get(kind + " " + numbered.group(2));
            return switch (kind) {
                case "e-mail" -> part.equals("value") ? new Column(i, ContactField.email, null, labelIndex) : null;
                case "phone" -> part.equals("value") ? new Column(i, ContactField.phone, null, labelIndex) : null;
                case "address" -> switch (part) {
                    case "city" -> new Column(i, ContactField.city, null, null);
                    case "region" -> new Column(i, ContactField.region, null, null);
                    case "country" -> new Column(i, ContactField.country, null, null);
                    default -> null;
                };
                default -> switch (part) {
                    case "name" -> new Column(i, ContactField.organization, null, null);
                    case "title" -> new Column(i, ContactField.title, null, null);
                    default -> null;
                };
            };
        }
        ContactField field = switch (name) {
            case "name", "full name", "display name", "contact name", "contact" -> ContactField.name;
            case "name prefix", "prefix", "salutation" -> ContactField.prefix;
            case "title" -> outlook ? ContactField.prefix : ContactField.title;
            case "first name", "given name", "firstname", "first", "forename" -> ContactField.first_name;
            case "middle name", "additional name", "middle" -> ContactField.middle_name;
            case "last name", "family name", "surname", "lastname", "last" -> ContactField.last_name;
            case "name suffix", "suffix" -> ContactField.suffix;
            case "organization", "organisation", "company", "company name", "organization name", "employer",
                    "account", "account name" -> ContactField.organization;
            case "job title", "position", "organization title", "role" -> ContactField.title;
            case "notes", "note", "comments", "description" -> ContactField.notes;
            case "group membership", "labels", "categories", "tags", "groups" -> ContactField.tags;
            case "birthday", "birth date", "date of birth", "birthdate" -> ContactField.birthday;
            case "birth year" -> ContactField.birth_year;
            case "birth month" -> ContactField.birth_month;
            case "birth day" -> ContactField.birth_day;
            case "city", "town", "home city", "work city", "business city", "other city", "mailing city" ->
                ContactField.city;
            case "state", "region", "province", "home state", "work state", "business state", "other state",
                    "mailing state" -> ContactField.region;
            case "country", "home country", "work country", "business country/region", "home country/region",
                    "other country/region", "country/region", "mailing country" -> ContactField.country;
            case "connected on" -> ContactField.connected_on;
            default -> null;
        };
        if (field != null) {
            return new Column(i, field, null, null);
        }
        if (name.equals("email") || name.equals("e-mail") || name.equals("email address") || name.equals("e-mail address")
                || name.matches("^e-?mail \\d+( address)?$") || name.equals("primary email") || name.equals("secondary email")
                || name.equals("work email") || name.equals("home email")) {
            String label = name.startsWith("work") ? "work" : name.startsWith("home") ? "home" : null;
            return new Column(i, ContactField.email, label, null);
        }
        Matcher phone = PHONE.matcher(name);
        if (phone.matches() && !name.contains("yomi")) {
            String label = (phone.group(1) + " " + (phone.group(2).matches("phone|telephone|tel") ? "" : phone.group(2)))
                    .strip();
            return new Column(i, ContactField.phone, label.isEmpty() ? null : label, null);
        }
        return null;
    }
}
