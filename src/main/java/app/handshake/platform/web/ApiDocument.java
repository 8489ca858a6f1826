package app.handshake.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document names its server by a path relative to where the document is served: springdoc's
 * default is an absolute address built from the request's Host header, which the client chooses.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    @Bean
    OpenAPI openApi(@Value("${server.servlet.context-path:}") String contextPath) {
        return new OpenAPI().addServersItem(new Server().url(contextPath.isEmpty() ? "/" : contextPath));
    }
}
