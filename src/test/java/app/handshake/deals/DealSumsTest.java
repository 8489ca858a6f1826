package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Money;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Sums of deal values never lose a cent and never mix currencies. */
class DealSumsTest {

    @Test
    void sumsArePerCurrencyAndExactToTheMinorUnit() {
        Random random = new Random(5);
        List<DealSummary> deals = new ArrayList<>();
        long pence = 0;
        long yen = 0;
        for (int i = 0; i < 10_000; i++) {
            long amount = random.nextLong(1, 1_000_000_000L);
            String currency = i % 3 == 0 ? "JPY" : "GBP";
            if (currency.equals("JPY")) {
                yen += amount;
            } else {
                pence += amount;
            }
            deals.add(deal(new Money(amount, currency)));
        }
        deals.add(deal(null));
        assertThat(Deals.sumsByCurrency(deals)).containsExactly(new Money(pence, "GBP"), new Money(yen, "JPY"));
    }

    private static DealSummary deal(Money value) {
        return new DealSummary(UUID.randomUUID(), "d", null, null, UUID.randomUUID(), "o", UUID.randomUUID(), "s",
                value, null, DealOutcome.open, null, false, Visibility.SHARED, OffsetDateTime.now(), false);
    }
}
