package app.handshake.cadences;

import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The least value of an open deal whose decision makers a rule keeps in touch with, written as people write it
 * ("GBP 100000.00", "GBP 100,000") and stored as the currency and the plain amount. Deals in other currencies
 * never meet it: amounts of different currencies are not compared.
 */
record DealThreshold(Money minimum) {

    private static final Pattern WRITTEN = Pattern.compile("([A-Za-z]{3})\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)");

    static DealThreshold parse(String value) {
        Matcher written = WRITTEN.matcher(value == null ? "" : value.strip());
        if (!written.matches()) {
            throw new InvalidRequestException("value", "give a currency and an amount, such as GBP 100000.00");
        }
        String currency;
        try {
            currency = Money.code(written.group(1));
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("value", "is not an ISO 4217 currency code: " + written.group(1));
        }
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        BigDecimal amount = new BigDecimal(written.group(2).replace(",", ""));
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new InvalidRequestException("value", currency + " has " + digits + " decimal places at most");
        }
        try {
            return new DealThreshold(new Money(amount.movePointRight(digits).longValueExact(), currency));
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("value", "the amount is too large");
        }
    }

    /** As stored and read back: "GBP 100000.00". */
    String value() {
        int digits = Math.max(0, Currency.getInstance(minimum.currency()).getDefaultFractionDigits());
        return minimum.currency() + " " + BigDecimal.valueOf(minimum.amount(), digits).toPlainString();
    }

    /** Whether a deal of this value meets it; a deal without a value does not. */
    boolean metBy(Money value) {
        return value != null && value.currency().equals(minimum.currency()) && value.amount() >= minimum.amount();
    }
}
