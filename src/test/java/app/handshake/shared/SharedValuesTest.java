package app.handshake.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SharedValuesTest {

    @Test
    void idsAreVersion7AndOrderedByTime() {
        Clock earlier = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Clock later = Clock.fixed(Instant.parse("2026-01-01T00:00:01Z"), ZoneOffset.UTC);
        UUID first = Ids.newId(earlier);
        UUID second = Ids.newId(later);

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.getMostSignificantBits() >>> 16).isEqualTo(Instant.parse("2026-01-01T00:00:00Z").toEpochMilli());
        assertThat(Long.compareUnsigned(first.getMostSignificantBits(), second.getMostSignificantBits())).isNegative();
    }

    @Test
    void idsMadeInTheSameMillisecondDiffer() {
        Clock fixed = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId(fixed));
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void cursorsSurviveTheRoundTripEvenWithOddSortKeys() {
        Cursor cursor = new Cursor("o'brien, kevin — ünïcode", UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void pageBuiltFromOneExtraRowPointsToTheNextPage() {
        List<String> fetched = List.of("a", "b", "c");
        Page<String> page = Page.of(fetched, 2, s -> new Cursor(s, new UUID(0, 0)));

        assertThat(page.items()).containsExactly("a", "b");
        assertThat(Cursor.decode(page.next()).sortKey()).isEqualTo("b");
        assertThat(Page.of(List.of("a"), 2, s -> new Cursor(s, new UUID(0, 0))).next()).isNull();
    }

    @Test
    void pageSizeIsBounded() {
        assertThatThrownBy(() -> PageRequest.of(null, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> PageRequest.of(null, PageRequest.MAX_LIMIT + 1)).isInstanceOf(InvalidRequestException.class);
        assertThat(PageRequest.of(null, null).limit()).isEqualTo(PageRequest.DEFAULT_LIMIT);
    }

    @Test
    void emailAddressesAreNormalisedAndChecked() {
        assertThat(new EmailAddress("  Ada@Example.ORG ").value()).isEqualTo("ada@example.org");
        assertThat(new EmailAddress("ada@example.org").domain()).isEqualTo("example.org");
        assertThatThrownBy(() -> new EmailAddress("ada@localhost")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new EmailAddress("a b@example.org")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void searchPatternsMatchWildcardsLiterally() {
        assertThat(Text.containsPattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }

    @Test
    void coordinatesComeInPairsWithinRange() {
        assertThatThrownBy(() -> new Location(null, null, null, BigDecimal.ONE, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new Location(null, null, null, BigDecimal.ZERO, BigDecimal.valueOf(181)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("location.longitude"));
        assertThat(new Location(" Denver ", "", "US", null, null).label()).isEqualTo("Denver, US");
        assertThat(new Location(null, null, null, new BigDecimal("44.97777777"), new BigDecimal("-93.2650")).latitude())
                .isEqualByComparingTo("44.977778");
    }
}
