package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.shared.InvalidRequestException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A cadence to try reads as people say it, falls on the days it names, and refuses what makes no sense. */
class WhatIfCadenceTest {

    private static final OffsetDateTime END_OF_JANUARY = OffsetDateTime.parse("2027-01-31T09:00:00Z");

    @Test
    void aCadenceReadsAsPeopleSayIt() {
        assertThat(words("phone", "P30D", null)).isEqualTo("Calling monthly");
        assertThat(words("phone", "P1M", null)).isEqualTo("Calling monthly");
        assertThat(words("email", "P7D", null)).isEqualTo("Emailing weekly");
        assertThat(words("video", "P2W", null)).isEqualTo("A video call every 2 weeks");
        assertThat(words("in_person", "P3M", null)).isEqualTo("Meeting in person quarterly");
        assertThat(words("meal", "P91D", "personal")).isEqualTo("Sharing a meal quarterly on a personal note");
        assertThat(words("message", "P45D", null)).isEqualTo("Messaging every 45 days");
        assertThat(words("event", "P6M", null)).isEqualTo("Meeting at an event every 6 months");
        assertThat(words("phone", "PT36H", null)).isEqualTo("Calling every 36 hours");
        assertThat(words("phone", "none", null)).isEqualTo("No further touch");
        assertThat(words(null, null, null)).isEqualTo("No further touch");
    }

    @Test
    void monthlyTouchesFallOnTheSameDayOfEachMonthAndStopAtTheEnd() {
        WhatIfCadence monthly = WhatIfCadence.parse("phone", "P1M", null, null);
        assertThat(monthly.touches(END_OF_JANUARY, END_OF_JANUARY.plusMonths(3))).containsExactly(
                OffsetDateTime.parse("2027-02-28T09:00:00Z"), OffsetDateTime.parse("2027-03-31T09:00:00Z"),
                OffsetDateTime.parse("2027-04-30T09:00:00Z"));
        assertThat(WhatIfCadence.parse("phone", "none", null, null).touches(END_OF_JANUARY, END_OF_JANUARY.plusYears(1)))
                .isEmpty();
        assertThat(monthly.months(END_OF_JANUARY)).as("a year by default").isEqualTo(12);
        assertThat(WhatIfCadence.parse("phone", "P1M", "P3Y", null).months(END_OF_JANUARY)).isEqualTo(36);
        assertThat(WhatIfCadence.parse("phone", "P1M", "P100D", null).months(END_OF_JANUARY)).isEqualTo(3);
    }

    @Test
    void whatMakesNoSenseIsRefusedNamingTheParameter() {
        assertRefused(() -> WhatIfCadence.parse("phone", "PT23H", null, null), "every");
        assertRefused(() -> WhatIfCadence.parse("phone", "P0D", null, null), "every");
        assertRefused(() -> WhatIfCadence.parse("phone", "every month", null, null), "every");
        assertRefused(() -> WhatIfCadence.parse("fax", "P1M", null, null), "channel");
        assertRefused(() -> WhatIfCadence.parse(null, "P1M", null, null), "channel");
        assertRefused(() -> WhatIfCadence.parse("phone", "P1M", null, "gossip"), "topic");
        assertRefused(() -> WhatIfCadence.parse("phone", "P1M", "-P1Y", null), "for");
        assertRefused(() -> WhatIfCadence.parse("phone", "P1M", "P3Y1D", null).months(END_OF_JANUARY), "for");
        assertRefused(() -> WhatIfCadence.parse("phone", "P1M", "P27D", null).months(END_OF_JANUARY), "for");
    }

    private static String words(String channel, String every, String topic) {
        return WhatIfCadence.parse(channel, every, null, topic).words();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
