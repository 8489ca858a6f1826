package app.handshake.imports.csv;

import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingContact;
import app.handshake.imports.incoming.Labelled;
import app.handshake.imports.incoming.Origin;
import app.handshake.imports.incoming.RecordReader.Notice;
import app.handshake.shared.EmailAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns one spreadsheet row into a contact by its recognised columns. */
final class RowContact {

    // Google puts several values in one cell separated by " ::: ".
    private static final String GOOGLE_SEPARATOR = " ::: ";
    private static final Set<String> SYSTEM_GROUPS = Set.of("my contacts", "mycontacts", "starred");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH));

    record Result(IncomingContact contact, List<Notice> notices) {}

    private final ContactColumns columns;

    RowContact(ContactColumns columns) {
        this.columns = columns;
    }

    String layout() {
        return columns.layout();
    }

    Result read(List<String> fields, Origin origin) {
        List<Notice> notices = new ArrayList<>();
        Values values = new Values(fields);
        List<Labelled> emails = new ArrayList<>();
        Set<String> seenEmails = new LinkedHashSet<>();
        List<Labelled> phones = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (ContactColumns.Column column : columns.columns()) {
            String value = values.at(column.index());
            if (value == null) {
                continue;
            }
            switch (column.field()) {
                case email -> {
                    for (String one : value.split(GOOGLE_SEPARATOR)) {
                        String address = one.strip();
                        if (!EmailAddress.isValid(address)) {
                            notices.add(new Notice(origin, "left out \"" + address + "\": not an email address"));
                        } else if (seenEmails.add(address.toLowerCase(Locale.ROOT))) {
                            emails.add(new Labelled(address, label(column, values)));
                        }
                    }
                }
                case phone -> {
                    for (String one : value.split(GOOGLE_SEPARATOR)) {
                        if (!one.isBlank()) {
                            phones.add(new Labelled(one.strip(), label(column, values)));
                        }
                    }
                }
                case tags -> tags(value).filter(t -> !tags.contains(t)).forEach(tags::add);
                default -> { }
            }
        }
        String name = values.first(ContactField.name);
        if (name == null) {
            String joined = Stream.of(ContactField.prefix, ContactField.first_name, ContactField.middle_name,
                            ContactField.last_name, ContactField.suffix)
                    .map(values::first).filter(v -> v != null).collect(Collectors.joining(" "));
            name = joined.isEmpty() ? null : joined;
        }
        String organization = values.first(ContactField.organization);
        boolean organizationOnly = false;
        if (name == null && !emails.isEmpty()) {
            name = emails.getFirst().value();
            notices.add(new Notice(origin, "the row has no name; named after its email address"));
        } else if (name == null && organization != null) {
            name = organization;
            organizationOnly = true;
        } else if (name == null) {
            throw new BadRecordException(origin, "the row has no name, no email address and no organization");
        }
        LocalDate birthday = birthday(values, origin, notices);
        LocalDate connectedOn = date(values.first(ContactField.connected_on), origin, notices, "connection date");
        return new Result(new IncomingContact(origin, null, name, values.first(ContactField.title), organization, emails,
                phones, values.first(ContactField.notes), tags, birthday, values.first(ContactField.city),
                values.first(ContactField.region), values.first(ContactField.country), connectedOn, organizationOnly),
                notices);
    }

    /**
     * Handshake's own export joins tags with " ::: " and nothing else, and every tag it wrote is one to keep;
     * other exports also use ; and , and mark groups of their own ("* starred", "My Contacts").
     */
    private Stream<String> tags(String cell) {
        if (columns.layout().equals(ContactColumns.HANDSHAKE)) {
            return Stream.of(cell.split(GOOGLE_SEPARATOR)).map(String::strip).filter(t -> !t.isEmpty());
        }
        return Stream.of(cell.split(GOOGLE_SEPARATOR + "|[;,]")).map(t -> t.strip().replaceFirst("^\\* ", ""))
                .filter(t -> !t.isEmpty() && !SYSTEM_GROUPS.contains(t.toLowerCase(Locale.ROOT)));
    }

    private String label(ContactColumns.Column column, Values values) {
        if (column.labelIndex() != null) {
            String label = values.at(column.labelIndex());
            // Google marks the primary value "* Home".
            return label == null ? null : label.replaceFirst("^\\* ", "").toLowerCase(Locale.ROOT);
        }
        return column.label();
    }

    private LocalDate birthday(Values values, Origin origin, List<Notice> notices) {
        String text = values.first(ContactField.birthday);
        if (text != null) {
            return date(text, origin, notices, "birthday");
        }
        String year = values.first(ContactField.birth_year);
        String month = values.first(ContactField.birth_month);
        String day = values.first(ContactField.birth_day);
        if (year == null || month == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (RuntimeException e) {
            notices.add(new Notice(origin, "left out the birthday " + year + "-" + month + "-" + day + ": not a date"));
            return null;
        }
    }

    private static LocalDate date(String text, Origin origin, List<Notice> notices, String what) {
        if (text == null || text.matches("0?0/0?0/0{2,4}")) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        notices.add(new Notice(origin, "left out the " + what + " \"" + text + "\": not a date this reader knows"));
        return null;
    }

    /** The row's cells, blank ones as null. */
    private final class Values {

        private final List<String> fields;

        Values(List<String> fields) {
            this.fields = fields;
        }

        String at(int index) {
            if (index >= fields.size()) {
                return null;
            }
            // A cell a spreadsheet-safe export escaped with an apostrophe stands for what follows it.
            String value = app.handshake.imports.export.SpreadsheetSafe.unescape(fields.get(index));
            return value == null || value.isBlank() ? null : value.strip();
        }

        String first(ContactField field) {
            for (ContactColumns.Column column : columns.columns()) {
                if (column.field() == field) {
                    String value = at(column.index());
                    if (value != null) {
                        return value;
                    }
                }
            }
            return null;
        }
    }
}
