package app.handshake.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Money in integer minor units of an ISO 4217 currency. */
class MoneyTest {

    @Test
    void aWeightedShareRoundsHalfUpToAWholeMinorUnit() {
        assertThat(new Money(1_001, "GBP").percent(50)).isEqualTo(new Money(501, "GBP"));
        assertThat(new Money(1_000, "GBP").percent(25)).isEqualTo(new Money(250, "GBP"));
        assertThat(new Money(3, "EUR").percent(10)).isEqualTo(new Money(0, "EUR"));
        assertThat(new Money(5, "EUR").percent(10)).isEqualTo(new Money(1, "EUR"));
    }

    @Test
    void currenciesAreIso4217AndAmountsNeverNegativeNorMixed() {
        assertThat(new Money(1, " usd ").currency()).isEqualTo("USD");
        assertThatThrownBy(() -> new Money(1, "XYZ1")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> new Money(-1, "GBP")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Money(1, "GBP").plus(new Money(1, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Money(250_000_000L, "GBP").display()).isEqualTo("GBP 2,500,000.00");
        assertThat(new Money(1_500, "JPY").display()).isEqualTo("JPY 1,500");
    }
}
