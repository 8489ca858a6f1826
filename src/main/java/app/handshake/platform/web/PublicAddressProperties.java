package app.handshake.platform.web;

import java.net.URI;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where users reach Handshake, under {@code handshake.base-url} ({@code HANDSHAKE_BASE_URL}).
 *
 * @param baseUrl scheme, host, optional port and path, such as {@code https://crm.example.com}; null when not set
 */
@ConfigurationProperties("handshake")
record PublicAddressProperties(URI baseUrl) {

    PublicAddressProperties {
        if (baseUrl != null && (baseUrl.getHost() == null || baseUrl.getScheme() == null
                || !Set.of("http", "https").contains(baseUrl.getScheme()) || baseUrl.getQuery() != null
                || baseUrl.getFragment() != null)) {
            throw new IllegalArgumentException("handshake.base-url must be an http or https address such as "
                    + "https://crm.example.com, not " + baseUrl);
        }
    }
}
