package app.handshake.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address users reach Handshake at, for links used outside the request that made them, such as a
 * calendar feed's address. Never the request's Host header, which the client chooses: the configured
 * {@code handshake.base-url}; else, when the server is told to trust a proxy's forwarded headers
 * ({@code server.forward-headers-strategy}), the address the proxy forwarded; else
 * {@code http://localhost} and the server's port.
 */
@Component
public class PublicAddress {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final PublicAddressProperties properties;
    private final Environment environment;
    private final boolean behindTrustedProxy;

    PublicAddress(PublicAddressProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
        this.behindTrustedProxy = trustsForwardedHeaders(environment);
    }

    /** An absolute address: {@code of("/calendar/{secret}.ics", secret)}. */
    public String of(String pathTemplate, Object... variables) {
        return base().path(pathTemplate).buildAndExpand(variables).toUriString();
    }

    private UriComponentsBuilder base() {
        if (properties.baseUrl() != null) {
            return UriComponentsBuilder.fromUri(properties.baseUrl()).replacePath(
                    properties.baseUrl().getPath().replaceAll("/+$", ""));
        }
        if (behindTrustedProxy && RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath();
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return UriComponentsBuilder.fromUriString("http://localhost:" + port
                + environment.getProperty("server.servlet.context-path", ""));
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (properties.baseUrl() == null && !behindTrustedProxy) {
            log.info("Links used outside Handshake, such as calendar feed addresses, start with {}; set "
                    + "HANDSHAKE_BASE_URL to the address users reach", base().toUriString());
        }
    }

    /** The same decision Spring Boot makes when it applies X-Forwarded-* headers to requests. */
    private static boolean trustsForwardedHeaders(Environment environment) {
        String strategy = environment.getProperty("server.forward-headers-strategy");
        if (strategy == null) {
            CloudPlatform platform = CloudPlatform.getActive(environment);
            return platform != null && platform.isUsingForwardHeaders();
        }
        return strategy.equalsIgnoreCase("native") || strategy.equalsIgnoreCase("framework");
    }
}
