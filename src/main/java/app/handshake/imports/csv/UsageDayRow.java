package app.handshake.imports.csv;

import app.handshake.imports.export.SpreadsheetSafe;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingUsage;
import app.handshake.imports.incoming.Origin;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one row of a usage file, refusing what is no day or no whole number with the column named. A negative
 * count is read as written: the deployment's own rules refuse it, as they refuse usage posted through the API.
 */
final class UsageDayRow {

    private final UsageColumns columns;

    UsageDayRow(UsageColumns columns) {
        this.columns = columns;
    }

    IncomingUsage read(List<String> fields, Origin origin) {
        String site = cell(fields, columns.site());
        if (site == null) {
            throw new BadRecordException(origin, "site must not be empty");
        }
        String dayText = cell(fields, columns.day());
        if (dayText == null) {
            throw new BadRecordException(origin, "day must not be empty");
        }
        LocalDate day;
        try {
            // ISO days only, as the deals file's dates: 03/04/2026 is April to some and March to others.
            day = LocalDate.parse(dayText);
        } catch (DateTimeParseException e) {
            throw new BadRecordException(origin, "day: \"" + dayText + "\" is not a date such as 2026-03-31");
        }
        String users = cell(fields, columns.activeUsers());
        if (users == null) {
            throw new BadRecordException(origin, "active users must not be empty");
        }
        int activeUsers = (int) number(users, UsageColumns.ACTIVE_USERS, Integer.MIN_VALUE, Integer.MAX_VALUE, origin);
        Map<String, Long> events = new LinkedHashMap<>();
        for (var event : columns.events().entrySet()) {
            String count = cell(fields, event.getValue());
            if (count != null) {
                events.put(event.getKey(), number(count, event.getKey(), Long.MIN_VALUE, Long.MAX_VALUE, origin));
            }
        }
        return new IncomingUsage(origin, site, day, activeUsers, events);
    }

    private static long number(String text, String column, long min, long max, Origin origin) {
        try {
            long value = Long.parseLong(text.replace(",", "").replace(" ", ""));
            if (value < min || value > max) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRecordException(origin, column + ": \"" + text + "\" is not a whole number such as 42");
        }
    }

    private static String cell(List<String> fields, int index) {
        if (index < 0 || index >= fields.size()) {
            return null;
        }
        String value = SpreadsheetSafe.unescape(fields.get(index));
        return value == null || value.isBlank() ? null : value.strip();
    }
}
