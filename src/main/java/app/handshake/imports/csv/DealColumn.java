package app.handshake.imports.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a deals file, by the names of the header row (any case; spaces, hyphens and underscores alike).
 * Handshake's own deals export writes these and more: the extra columns (ids, owner, dates) are not read back.
 */
public enum DealColumn {
    name, organization, stage, value, value_minor_units, currency, expected_close, outcome, loss_reason,
    outcome_note, competitor, people, notes;

    /** Which column holds what; the first column of a name wins, unknown ones are left alone. */
    static Map<DealColumn, Integer> of(List<String> header) {
        Map<DealColumn, Integer> columns = new EnumMap<>(DealColumn.class);
        for (int i = 0; i < header.size(); i++) {
            DealColumn column = named(header.get(i));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        return columns;
    }

    static DealColumn named(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return switch (key) {
            case "name", "deal", "deal_name" -> name;
            case "organization", "organisation", "company", "account" -> organization;
            case "stage" -> stage;
            case "value", "amount" -> value;
            case "value_minor_units" -> value_minor_units;
            case "currency" -> currency;
            case "expected_close", "close_date", "expected_close_date" -> expected_close;
            case "outcome", "status" -> outcome;
            case "loss_reason", "lost_reason" -> loss_reason;
            case "outcome_note", "reason" -> outcome_note;
            case "competitor", "competitors" -> competitor;
            case "people", "contacts" -> people;
            case "notes", "note" -> notes;
            default -> null;
        };
    }

    /** As the header row and error messages name it. */
    String header() {
        return name();
    }
}
