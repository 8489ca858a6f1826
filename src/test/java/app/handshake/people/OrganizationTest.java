package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.shared.InvalidRequestException;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    @Test
    void domainsAreReducedToTheirName() {
        assertThat(Organization.normalDomain("https://www.Acme.com/contact")).isEqualTo("acme.com");
        assertThat(Organization.normalDomain(" shop.acme.co.uk ")).isEqualTo("shop.acme.co.uk");
        assertThat(Organization.normalDomain("  ")).isNull();
        assertThat(Organization.normalDomain("Bücher.de")).isEqualTo("xn--bcher-kva.de");
        assertThat(Organization.normalDomain("acme.com:8443")).isEqualTo("acme.com");
    }

    @Test
    void somethingThatIsNoDomainIsRefused() {
        assertThatThrownBy(() -> Organization.normalDomain("acme corp"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("domain"));
        assertThatThrownBy(() -> Organization.normalDomain("localhost")).isInstanceOf(InvalidRequestException.class);
    }
}
