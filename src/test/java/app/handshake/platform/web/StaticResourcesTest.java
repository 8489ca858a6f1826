package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The static files are served where the pages point at them, the libraries without their versions; and no resource
 * handler catches every path, so that a page's links to other pages are not looked for on the class path each time a
 * page is drawn.
 */
@HandshakeTest
class StaticResourcesTest {

    @Autowired
    Api api;
    @Autowired
    ResourceUrlProvider resourceUrls;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stylesScriptsIconAndLibrariesAreServedAndNothingElseIsTakenForAFile() throws Exception {
        assertServed("/css/handshake.css", "text/css");
        assertServed("/js/navigation.js", "javascript");
        assertServed("/favicon.svg", "image/svg+xml");
        assertServed("/webjars/chart.js/dist/chart.umd.min.js", "javascript");
        assertServed("/webjars/htmx.org/dist/htmx.min.js", "javascript");

        assertThat(resourceUrls.getHandlerMap()).containsKeys("/css/**", "/js/**", "/webjars/**")
                .doesNotContainKey("/**");
        assertThat(resourceUrls.getForLookupPath("/people")).isNull();
        assertThat(resourceUrls.getForLookupPath("/css/handshake.css")).isEqualTo("/css/handshake.css");

        // A page still links its styles and libraries where they are served.
        WebSession session = WebSession.signIn(api.baseUrl(), api.newUser("member", null).email(), Api.PASSWORD);
        String figures = session.get("/figures").body();
        assertThat(figures).contains("\"/css/handshake.css\"", "\"/js/figures-chart.js\"");
        for (String library : java.util.List.of("htmx.org/[^\"]*/htmx.min.js", "chart.js/[^\"]*/chart.umd.min.js")) {
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("\"(/webjars/" + library + ")\"")
                    .matcher(figures);
            assertThat(link.find()).as(library).isTrue();
            assertServed(link.group(1), "javascript");
        }
    }

    private void assertServed(String path, String type) throws Exception {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(path).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).as(path).contains(type);
        assertThat(reply.body()).as(path).isNotBlank();
    }
}
