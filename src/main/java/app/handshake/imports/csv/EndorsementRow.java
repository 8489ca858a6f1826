package app.handshake.imports.csv;

import app.handshake.imports.export.SpreadsheetSafe;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingEndorsement;
import app.handshake.imports.incoming.Origin;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads one row of an endorsements file, refusing with the column named a rating that is not 1 to 5 and a date
 * that is no ISO date. The date is needed: with the partner and the endorser it tells one endorsement from another,
 * so that the same file imported twice adds nothing.
 */
final class EndorsementRow {

    private final Map<EndorsementColumn, Integer> columns;

    EndorsementRow(Map<EndorsementColumn, Integer> columns) {
        this.columns = columns;
    }

    IncomingEndorsement read(List<String> fields, Origin origin) {
        String partner = cell(fields, EndorsementColumn.partner);
        if (partner == null) {
            throw bad(origin, EndorsementColumn.partner, "must not be empty");
        }
        String endorser = cell(fields, EndorsementColumn.endorser);
        if (endorser == null) {
            throw bad(origin, EndorsementColumn.endorser, "must not be empty");
        }
        String dateText = cell(fields, EndorsementColumn.date);
        if (dateText == null) {
            throw bad(origin, EndorsementColumn.date, "must not be empty");
        }
        LocalDate date;
        try {
            // ISO days only, as the other files' dates: 03/04/2026 is April to some and March to others.
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw bad(origin, EndorsementColumn.date, "\"" + dateText + "\" is not a date such as 2026-03-31");
        }
        String ratingText = cell(fields, EndorsementColumn.rating);
        int rating;
        try {
            rating = ratingText == null ? 0 : Integer.parseInt(ratingText);
        } catch (NumberFormatException e) {
            rating = 0;
        }
        if (rating < 1 || rating > 5) {
            throw bad(origin, EndorsementColumn.rating, ratingText == null ? "must not be empty"
                    : "\"" + ratingText + "\" is not a whole number from 1 to 5");
        }
        return new IncomingEndorsement(origin, partner, endorser, date, rating, cell(fields, EndorsementColumn.said),
                cell(fields, EndorsementColumn.specialty));
    }

    private String cell(List<String> fields, EndorsementColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = SpreadsheetSafe.unescape(fields.get(index));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BadRecordException bad(Origin origin, EndorsementColumn column, String reason) {
        return new BadRecordException(origin, column.name() + (reason.startsWith("\"") ? ": " : " ") + reason);
    }
}
