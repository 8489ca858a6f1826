package app.handshake.imports.csv;

import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealRole;
import app.handshake.imports.export.SpreadsheetSafe;
import app.handshake.imports.incoming.BadRecordException;
import app.handshake.imports.incoming.IncomingDeal;
import app.handshake.imports.incoming.Origin;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one row of a deals file into a deal, refusing a value it cannot understand with the column named: a
 * value that is no amount, a date that is no ISO date, an outcome or a role that does not exist.
 */
final class DealRow {

    private final Map<DealColumn, Integer> columns;

    DealRow(Map<DealColumn, Integer> columns) {
        this.columns = columns;
    }

    IncomingDeal read(List<String> fields, Origin origin) {
        String name = cell(fields, DealColumn.name);
        if (name == null) {
            throw bad(origin, DealColumn.name, "must not be empty");
        }
        return new IncomingDeal(origin, name, cell(fields, DealColumn.organization), cell(fields, DealColumn.stage),
                value(fields, origin), date(fields, origin), outcome(fields, origin),
                cell(fields, DealColumn.loss_reason), cell(fields, DealColumn.outcome_note),
                list(cell(fields, DealColumn.competitor)), people(fields, origin), cell(fields, DealColumn.notes));
    }

    private Money value(List<String> fields, Origin origin) {
        String major = cell(fields, DealColumn.value);
        String minor = cell(fields, DealColumn.value_minor_units);
        String currency = cell(fields, DealColumn.currency);
        if (major == null && minor == null) {
            return null;
        }
        DealColumn column = minor != null ? DealColumn.value_minor_units : DealColumn.value;
        if (currency == null) {
            throw bad(origin, DealColumn.currency, "must be given with a value (an ISO 4217 code, such as GBP)");
        }
        String code;
        try {
            code = Money.code(currency);
        } catch (InvalidRequestException e) {
            throw bad(origin, DealColumn.currency, "\"" + currency + "\" is not an ISO 4217 currency code, such as GBP");
        }
        try {
            if (minor != null) {
                return new Money(Long.parseLong(minor), code);
            }
            // "2,500,000.00" or "2500000": thousands separated by commas, a point before the minor units.
            BigDecimal amount = new BigDecimal(major.replace(",", "").replace(" ", ""));
            int digits = Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
            if (amount.scale() > digits) {
                throw bad(origin, column, "\"" + major + "\" has more decimals than " + code + " has (" + digits + ")");
            }
            return new Money(amount.movePointRight(digits).longValueExact(), code);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(origin, column, "\"" + (minor != null ? minor : major) + "\" is not an amount, such as 25000.00");
        } catch (InvalidRequestException e) {
            throw bad(origin, column, "must not be negative");
        }
    }

    private LocalDate date(List<String> fields, Origin origin) {
        String text = cell(fields, DealColumn.expected_close);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw bad(origin, DealColumn.expected_close, "\"" + text + "\" is not a date such as 2026-03-31");
        }
    }

    private DealOutcome outcome(List<String> fields, Origin origin) {
        String text = cell(fields, DealColumn.outcome);
        if (text == null) {
            return DealOutcome.open;
        }
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(DealOutcome.values()).filter(o -> o.name().equals(key)).findFirst()
                .orElseThrow(() -> bad(origin, DealColumn.outcome, "\"" + text
                        + "\" is not an outcome; use open, won, lost or walked away"));
    }

    /** "dana@x.example:decision_maker; sam@x.example:champion". */
    private List<IncomingDeal.Participant> people(List<String> fields, Origin origin) {
        List<IncomingDeal.Participant> people = new ArrayList<>();
        for (String entry : list(cell(fields, DealColumn.people))) {
            int colon = entry.lastIndexOf(':');
            String address = colon < 0 ? entry : entry.substring(0, colon).strip();
            if (colon < 0 || address.isEmpty()) {
                throw bad(origin, DealColumn.people, "\"" + entry + "\" needs an address and a role, such as"
                        + " dana@example.com:decision_maker");
            }
            String roleText = entry.substring(colon + 1).strip();
            String key = roleText.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            DealRole role = Arrays.stream(DealRole.values()).filter(r -> r.name().equals(key)).findFirst()
                    .orElseThrow(() -> bad(origin, DealColumn.people, "\"" + roleText + "\" (for " + address
                            + ") is not a role; use decision_maker, champion, influencer, user or blocker"));
            people.add(new IncomingDeal.Participant(address, role));
        }
        return people;
    }

    private static List<String> list(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String cell(List<String> fields, DealColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = SpreadsheetSafe.unescape(fields.get(index));
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static BadRecordException bad(Origin origin, DealColumn column, String reason) {
        // As a refused field of the deals' own rules reads: "stage: "Nowhere" is not ...", "name must not be empty".
        return new BadRecordException(origin, column.header() + (reason.startsWith("\"") ? ": " : " ") + reason);
    }
}
