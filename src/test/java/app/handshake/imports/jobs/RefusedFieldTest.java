package app.handshake.imports.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class RefusedFieldTest {

    @Test
    void aRefusedValueIsNamedByItsFieldInWords() {
        assertThat(RefusedField.describe(new InvalidRequestException("name", "must not be empty")))
                .isEqualTo("name must not be empty");
        assertThat(RefusedField.describe(new InvalidRequestException("emails[1].address", "'ada@' is not an email address")))
                .isEqualTo("email address: 'ada@' is not an email address");
        assertThat(RefusedField.describe(new InvalidRequestException("location.latitude", "must be between -90 and 90")))
                .isEqualTo("latitude must be between -90 and 90");
        assertThat(RefusedField.describe(new InvalidRequestException("organizationId", "no such organization")))
                .isEqualTo("organization: no such organization");
        assertThat(RefusedField.describe(new InvalidRequestException(null, "A rule")))
                .isEqualTo("A rule");
    }
}
