package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionLevelTest {

    @Test
    void chiefsPresidentsDirectorsAndHeadsDecide() {
        assertThat(DecisionLevel.of("CIO")).isTrue();
        assertThat(DecisionLevel.of("Chief Operating Officer")).isTrue();
        assertThat(DecisionLevel.of("VP Sales")).isTrue();
        assertThat(DecisionLevel.of("Senior Vice President, Operations")).isTrue();
        assertThat(DecisionLevel.of("Director of IT")).isTrue();
        assertThat(DecisionLevel.of("Head of Procurement")).isTrue();
        assertThat(DecisionLevel.of("Owner")).isTrue();
        assertThat(DecisionLevel.of("General Manager, Denver")).isTrue();
    }

    @Test
    void othersAndTheirAssistantsDoNot() {
        assertThat(DecisionLevel.of(null)).isFalse();
        assertThat(DecisionLevel.of("")).isFalse();
        assertThat(DecisionLevel.of("Analyst")).isFalse();
        assertThat(DecisionLevel.of("Account Manager")).isFalse();
        assertThat(DecisionLevel.of("Cisco engineer")).isFalse();
        assertThat(DecisionLevel.of("Assistant to the CEO")).isFalse();
        assertThat(DecisionLevel.of("Executive Assistant")).isFalse();
    }
}
