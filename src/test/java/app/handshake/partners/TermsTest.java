package app.handshake.partners;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The stems that let a need find its specialty when no term matches it word for word. */
class TermsTest {

    @Test
    void aTradeAndItsTradespersonShareAStem() {
        assertThat(Terms.stem("electrician")).isEqualTo(Terms.stem("electrical")).isEqualTo("electric");
        assertThat(Terms.stem("electricians")).isEqualTo("electric");
        assertThat(Terms.stem("optician")).isEqualTo(Terms.stem("optical"));
        assertThat(Terms.stem("roofers")).isEqualTo(Terms.stem("roofing")).isEqualTo("roof");
        assertThat(Terms.stem("plumber")).isEqualTo(Terms.stem("plumbing"));
        assertThat(Terms.stem("managed services")).isEqualTo("managed service");
    }

    @Test
    void shortWordsAndDoubleEssesKeepTheirEnds() {
        assertThat(Terms.stem("power")).isEqualTo("power");
        assertThat(Terms.stem("access")).isEqualTo("access");
        assertThat(Terms.stem("gas")).isEqualTo("gas");
        assertThat(Terms.stem("batteries")).isEqualTo("battery");
    }

    @Test
    void termsAreTrimmedLowerCasedAndTheirSpacesCollapsed() {
        assertThat(Terms.normalize("  Heating   Engineer ")).isEqualTo("heating engineer");
        assertThat(Terms.normalize("   ")).isNull();
        assertThat(Terms.normalize(null)).isNull();
    }
}
