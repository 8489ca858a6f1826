package app.handshake.deals.web;

import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * A value as people type it, in major units ("2,500,000.50 GBP"), read exactly into minor units: never through
 * floating point, and never rounding away a decimal the currency does not have.
 */
final class MoneyText {

    /** Digits, or digits grouped in threes by commas or spaces; a dot before the decimals. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,3}([, '\u00a0]\\d{3})+)(\\.\\d+)?");

    private MoneyText() {}

    /** The amount in the currency, or a refusal naming the form's field ("amount" or "currency"). */
    static Money parse(String amount, String currency) {
        String code;
        try {
            code = Money.code(currency);
        } catch (InvalidRequestException e) {
            throw new InvalidRequestException("currency", e.getMessage());
        }
        // Group separators carry no value, but only in groups of three: "12,5" may mean twelve and a half, so it
        // is refused rather than read as 125. A dot is the only decimal mark.
        String typed = amount.strip();
        if (!AMOUNT.matcher(typed).matches()) {
            throw new InvalidRequestException("amount", "must be a number such as 25000 or 25,000.50");
        }
        String clean = typed.replaceAll("[, '\u00a0]", "");
        BigDecimal major = new BigDecimal(clean);
        int digits = fractionDigits(code);
        if (major.scale() > digits) {
            throw new InvalidRequestException("amount", digits == 0 ? "has no decimals in " + code
                    : "has at most " + digits + (digits == 1 ? " decimal" : " decimals") + " in " + code);
        }
        try {
            return new Money(major.movePointRight(digits).longValueExact(), code);
        } catch (ArithmeticException e) {
            throw new InvalidRequestException("amount", "is too large");
        }
    }

    /** The amount in major units as the form shows it back: "2500000.50", no grouping, all the currency's digits. */
    static String format(Money money) {
        return BigDecimal.valueOf(money.amount(), fractionDigits(money.currency())).toPlainString();
    }

    private static int fractionDigits(String code) {
        return Math.max(0, Currency.getInstance(code).getDefaultFractionDigits());
    }
}
