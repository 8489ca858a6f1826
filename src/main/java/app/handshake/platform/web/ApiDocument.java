package app.handshake.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what it is (name and version of the build), how a client
 * signs in, and the parts every operation shares. {@link OperationRules} and {@link RecordSchemas}
 * make the operations and schemas say what the server really answers.
 *
 * <p>The server is named by a path relative to where the document is served: springdoc's default is an
 * absolute address built from the request's Host header, which the client chooses.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

    /** Names of the security schemes and shared headers, as operations refer to them. */
    static final String BEARER = "bearerAuth";
    static final String BASIC = "basicAuth";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String CONTENT_DISPOSITION = "Content-Disposition";

    @Bean
    OpenAPI openApi(@Value("${server.servlet.context-path:}") String contextPath,
            @Value("${spring.application.name:handshake}") String applicationName,
            ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String title = properties != null && properties.getName() != null ? properties.getName() : applicationName;
        return new OpenAPI()
                .info(new Info()
                        .title(title)
                        .version(version(properties))
                        .description(description(properties)))
                .addServersItem(new Server().url(contextPath.isEmpty() ? "/" : contextPath))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("hs_...")
                                .description("An API token (hs_...) made on the account page or with POST /api/tokens"))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Email and password; accepted by POST /api/tokens only"))
                        .addHeaders(ETAG, new Header().required(true)
                                .description("The record's version; send it back in If-Match to change or delete it")
                                .schema(OpenApiSchemas.string().example("\"3\"")))
                        .addHeaders(LOCATION, new Header().required(true)
                                .description("The address of the new record or job")
                                .schema(OpenApiSchemas.string().format("uri-reference")))
                        .addHeaders(CONTENT_DISPOSITION, new Header().required(true)
                                .description("attachment, with the name the file is saved under")
                                .schema(OpenApiSchemas.string())))
                // Every operation in the document needs a token; POST /api/tokens also takes a password.
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Every tag the operations use, listed once (springdoc lists only tags given a description). */
    @Bean
    OpenApiCustomizer tagsListed() {
        return api -> {
            java.util.Set<String> names = new java.util.TreeSet<>();
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().stream()
                        .filter(operation -> operation.getTags() != null).forEach(o -> names.addAll(o.getTags())));
            }
            if (api.getTags() != null) {
                api.getTags().forEach(tag -> names.remove(tag.getName()));
            }
            names.forEach(name -> api.addTagsItem(new Tag().name(name)));
        };
    }

    /** The build's version; without build information (run from an IDE), the jar's, else "development". */
    static String version(BuildProperties build) {
        if (build != null && build.getVersion() != null) {
            return build.getVersion();
        }
        String manifest = ApiDocument.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "development";
    }

    private static String description(BuildProperties build) {
        String what = build != null && build.get("description") != null ? build.get("description") + ". " : "";
        return what + "Every operation needs `Authorization: Bearer hs_...` (an API token); POST /api/tokens also "
                + "takes the password over HTTP Basic. Errors are RFC 9457 problem details "
                + "(application/problem+json) with a stable `type`. Reading a record returns its version as an ETag; "
                + "PUT needs it back in If-Match (428 without it, 412 when the record changed meanwhile).";
    }
}
