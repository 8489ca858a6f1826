package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.RawHttp;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HandshakeTest
class CalendarFeedTest {

    @Autowired
    Api api;

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void feedIsValidICalendarWithDueTouchpointsAndNeedsItsSecret() throws Exception {
        NewUser seller = api.newUser("member", null);
        String name = "Feed Person " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 7), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(10).toString()));

        String url = seller.client().post("/api/calendar-feed", Map.of()).body().get("url").asString();
        HttpResponse<String> response = fetch(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(response.body()));
        // Published to subscribe to, not an invitation to answer; valid as RFC 5546 defines PUBLISH.
        assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
        assertThat(calendar.validate().getEntries()).isEmpty();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        assertThat(events.getFirst().getSummary().getValue()).contains(name);
        assertThat(events.getFirst().getUid().orElseThrow().getValue()).isEqualTo(person + "@handshake");
        assertThat(events.getFirst().getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:" + seller.email());

        assertThat(fetch(url.replaceAll("cal_[^.]+", "cal_guessed")).statusCode()).isEqualTo(404);
        String renewed = seller.client().post("/api/calendar-feed", Map.of()).body().get("url").asString();
        assertThat(fetch(url).statusCode()).isEqualTo(404);
        assertThat(fetch(renewed).statusCode()).isEqualTo(200);
        seller.client().delete("/api/calendar-feed", null);
        assertThat(fetch(renewed).statusCode()).isEqualTo(404);
    }

    @Test
    void feedAddressIgnoresTheHostTheRequestClaims() {
        String token = api.admin().post("/api/tokens", Map.of("name", "host")).body().get("token").asString();
        int port = Integer.parseInt(api.baseUrl().substring(api.baseUrl().lastIndexOf(':') + 1));

        String answer = RawHttp.send(port, "POST", "/api/calendar-feed", "Host: evil.example\r\n"
                + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\n", "{}");

        assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain("evil.example")
                .contains("\"url\":\"" + api.baseUrl() + "/calendar/cal_");
    }
}
