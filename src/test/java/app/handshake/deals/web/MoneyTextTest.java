package app.handshake.deals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.Money;
import org.junit.jupiter.api.Test;

/** A value typed in major units becomes exact minor units, in the currency's own number of decimals. */
class MoneyTextTest {

    @Test
    void majorUnitsBecomeExactMinorUnits() {
        assertThat(MoneyText.parse("2,500,000.50", "gbp")).isEqualTo(new Money(250_000_050L, "GBP"));
        assertThat(MoneyText.parse(" 0.1 ", "EUR")).isEqualTo(new Money(10L, "EUR"));
        assertThat(MoneyText.parse("19.99", "USD")).isEqualTo(new Money(1_999L, "USD"));
        assertThat(MoneyText.parse("1 000 000", "JPY")).isEqualTo(new Money(1_000_000L, "JPY"));
        assertThat(MoneyText.parse("1.234", "KWD")).isEqualTo(new Money(1_234L, "KWD"));
        assertThat(MoneyText.parse("92233720368547758.07", "EUR")).isEqualTo(new Money(Long.MAX_VALUE, "EUR"));
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefusedNotRounded() {
        assertThatThrownBy(() -> MoneyText.parse("10.005", "EUR")).isInstanceOf(InvalidRequestException.class)
                .hasMessage("has at most 2 decimals in EUR").extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> MoneyText.parse("100.5", "JPY")).hasMessage("has no decimals in JPY");
        assertThatThrownBy(() -> MoneyText.parse("1.2345", "KWD")).hasMessage("has at most 3 decimals in KWD");
    }

    @Test
    void whatIsNotAnAmountOrACurrencyIsRefusedNamingItsField() {
        assertThatThrownBy(() -> MoneyText.parse("-5", "EUR")).extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> MoneyText.parse("1e6", "EUR")).extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> MoneyText.parse("12,5", "EUR")).hasMessage("must be a number such as 25000 or 25,000.50");
        assertThatThrownBy(() -> MoneyText.parse("1,2345", "JPY")).extracting("field").isEqualTo("amount");
        assertThatThrownBy(() -> MoneyText.parse("92233720368547758.08", "EUR")).hasMessage("is too large");
        assertThatThrownBy(() -> MoneyText.parse("10", "XYZ1")).extracting("field").isEqualTo("currency");
        assertThatThrownBy(() -> MoneyText.parse("10", "")).extracting("field").isEqualTo("currency");
    }

    @Test
    void aValueIsShownBackInTheFormWithAllItsDecimals() {
        assertThat(MoneyText.format(new Money(250_000_050L, "GBP"))).isEqualTo("2500000.50");
        assertThat(MoneyText.format(new Money(1_000_000L, "JPY"))).isEqualTo("1000000");
        assertThat(MoneyText.parse(MoneyText.format(new Money(7L, "EUR")), "EUR")).isEqualTo(new Money(7L, "EUR"));
    }
}
