package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Absolute links come from configuration or a trusted proxy, never from the Host header a client sends. */
class PublicAddressTest {

    private final MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "8123");

    @BeforeEach
    void requestClaimingAnotherHost() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/calendar-feed");
        request.setServerName("evil.example");
        request.setServerPort(443);
        request.setScheme("https");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private PublicAddress address(String baseUrl) {
        return new PublicAddress(new PublicAddressProperties(baseUrl == null ? null : URI.create(baseUrl)), environment);
    }

    @Test
    void theConfiguredBaseUrlWins() {
        environment.setProperty("server.forward-headers-strategy", "native");

        assertThat(address("https://crm.example.com/handshake/").of("/calendar/{secret}.ics", "cal_x"))
                .isEqualTo("https://crm.example.com/handshake/calendar/cal_x.ics");
    }

    @Test
    void withoutConfigurationTheRequestHostIsNotTrusted() {
        assertThat(address(null).of("/calendar/{secret}.ics", "cal_x"))
                .isEqualTo("http://localhost:8123/calendar/cal_x.ics");
        environment.setProperty("server.forward-headers-strategy", "none");
        assertThat(address(null).of("/calendar/{secret}.ics", "cal_x")).doesNotContain("evil.example");
    }

    @Test
    void behindATrustedProxyTheForwardedAddressIsUsed() {
        environment.setProperty("server.forward-headers-strategy", "framework");

        assertThat(address(null).of("/calendar/{secret}.ics", "cal_x"))
                .isEqualTo("https://evil.example/calendar/cal_x.ics");
    }

    @Test
    void aBaseUrlMustBeAnHttpAddress() {
        assertThatIllegalArgumentException().isThrownBy(() -> address("crm.example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> address("ftp://crm.example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> address("https://crm.example.com/?a=b"));
    }
}
