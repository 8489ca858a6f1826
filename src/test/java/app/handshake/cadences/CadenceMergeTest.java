package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.touchpoints.Channel;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CadenceMergeTest {

    private static CadenceMerge merge(Cadence survivor, Cadence duplicate) {
        return CadenceMerge.of(Optional.ofNullable(survivor), Optional.ofNullable(duplicate), "Ada", "Ada L.");
    }

    @Test
    void theMoreFrequentCadenceWinsAndAChannelIsKept() {
        CadenceMerge merged = merge(new Cadence(30, Channel.phone, null), new Cadence(14, null, null));

        assertThat(merged.cadence()).contains(new Cadence(14, Channel.phone, null));
        assertThat(merged.from()).isEqualTo("duplicate");
        assertThat(merged.text()).contains("Every 14 days by phone call").contains("Ada L.'s").contains("every 30 days by phone call")
                .contains("the channel phone call is kept");
    }

    @Test
    void onATieTheSurvivorsCadenceAndChannelStay() {
        UUID assignee = UUID.randomUUID();
        CadenceMerge merged = merge(new Cadence(30, Channel.meal, assignee), new Cadence(30, Channel.email, null));

        assertThat(merged.cadence()).contains(new Cadence(30, Channel.meal, assignee));
        assertThat(merged.from()).isEqualTo("survivor");
        assertThat(merged.text()).contains("email gives way to");
    }

    @Test
    void aCadenceOnOnlyOneRecordIsKeptAndNoneStaysNone() {
        assertThat(merge(null, new Cadence(7, null, null)).cadence()).contains(new Cadence(7, null, null));
        assertThat(merge(null, new Cadence(7, null, null)).text()).contains("moved from Ada L.");
        assertThat(merge(new Cadence(91, null, null), null).cadence()).contains(new Cadence(91, null, null));
        assertThat(merge(null, null).cadence()).isEmpty();
        assertThat(merge(null, null).from()).isEqualTo("none");
    }
}
