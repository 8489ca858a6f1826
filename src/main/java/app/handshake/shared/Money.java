package app.handshake.shared;

import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in the integer minor units of its ISO 4217 currency (pence for GBP, yen for JPY): never
 * floating point, so that no sum loses a cent. Amounts of different currencies are never added together.
 */
public record Money(long amount, String currency) {

    public Money {
        if (amount < 0) {
            throw new InvalidRequestException("value.amount", "must not be negative");
        }
        currency = code(currency);
    }

    /** The upper-case ISO 4217 code, or a refusal naming the field. */
    public static String code(String currency) {
        if (currency == null || currency.isBlank()) {
            throw new InvalidRequestException("value.currency", "must be an ISO 4217 code, such as GBP");
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("value.currency", "is not an ISO 4217 currency code: " + currency.strip());
        }
        return code;
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Adding " + other.currency + " to " + currency);
        }
        return new Money(Math.addExact(amount, other.amount), currency);
    }

    /** The share of this amount, by a percentage, rounded half up to a whole minor unit. */
    public Money percent(int percent) {
        return new Money(Math.addExact(Math.multiplyExact(amount, percent), 50) / 100, currency);
    }

    /** The amount as people read it: "GBP 2,500,000.00". */
    public String display() {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        java.math.BigDecimal major = java.math.BigDecimal.valueOf(amount, digits);
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return currency + " " + format.format(major);
    }
}
