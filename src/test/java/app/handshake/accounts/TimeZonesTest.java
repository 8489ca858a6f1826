package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.handshake.shared.InvalidRequestException;
import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Each user's days and times are in their own time zone: Today ends at their midnight, pages show their clock. */
@HandshakeTest
class TimeZonesTest {

    private static final ZoneId SAMOA = ZoneId.of("Pacific/Pago_Pago"); // UTC-11
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati"); // UTC+14

    @Autowired
    Api api;

    @Autowired
    TimeZones zones;

    @Test
    void todayEndsAtMidnightWhereTheUserIs() {
        // Pago Pago (UTC-11) and Kiritimati (UTC+14) are 25 hours apart, so their days end an hour apart on the
        // clock: for most of the day Pago Pago's today ends last, but in the hour after Kiritimati's midnight it is
        // Kiritimati's new today that ends last. A minute before the later of the two midnights is today for the user
        // who lives there and not yet due for the other.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime westMidnight = LocalDate.now(SAMOA).plusDays(1).atStartOfDay(SAMOA).toOffsetDateTime();
        OffsetDateTime eastMidnight = LocalDate.now(KIRITIMATI).plusDays(1).atStartOfDay(KIRITIMATI).toOffsetDateTime();
        boolean westEndsLast = westMidnight.isAfter(eastMidnight);
        OffsetDateTime due = (westEndsLast ? westMidnight : eastMidnight).minusMinutes(1);
        assertThat(due).isAfter(westEndsLast ? eastMidnight : westMidnight);

        NewUser west = userIn(SAMOA);
        NewUser east = userIn(KIRITIMATI);
        String westPerson = dueAt(west, "West Wanda", due, now);
        String eastPerson = dueAt(east, "East Erin", due, now);

        NewUser later = westEndsLast ? west : east;
        NewUser earlier = westEndsLast ? east : west;
        assertThat(agendaIds(later)).contains(westEndsLast ? westPerson : eastPerson);
        assertThat(agendaIds(earlier)).doesNotContain(westEndsLast ? eastPerson : westPerson);
    }

    @Test
    void onlyRegionNamesAreTakenAndAChosenZoneIsNotOverriddenByABrowser() {
        NewUser user = api.newUser("member", null);
        Actor actor = new Actor(user.id(), Role.member);
        assertThatThrownBy(() -> zones.choose(actor, "+02:00")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("time zone name");
        assertThatThrownBy(() -> zones.choose(actor, "Mars/Olympus")).isInstanceOf(InvalidRequestException.class);
        assertThat(zones.chosen(user.id())).isEmpty();

        assertThat(zones.takeFromBrowser(actor, "Asia/Kolkata")).isTrue();
        zones.choose(actor, "Europe/Lisbon");
        assertThat(zones.takeFromBrowser(actor, "Asia/Tokyo")).isFalse();
        assertThat(zones.zoneOf(user.id())).isEqualTo(ZoneId.of("Europe/Lisbon"));
    }

    @Test
    void theFirstPageTakesTheBrowsersZoneAndTheAccountPageChangesIt() throws IOException {
        NewUser user = api.newUser("member", null);
        ChromeDriver browser = Browser.start(390, 844);
        try {
            browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Europe/Berlin"));
            Browser.signIn(browser, api.baseUrl(), user.email(), Api.PASSWORD);
            new WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                    .until(page -> page.findElement(By.cssSelector("footer")).getText().contains("Europe/Berlin"));
            assertThat(zones.chosen(user.id())).contains(ZoneId.of("Europe/Berlin"));

            browser.get(api.baseUrl() + "/account");
            new Select(browser.findElement(By.id("timeZone"))).selectByVisibleText("America/Chicago");
            Browser.clickAndWait(browser, By.cssSelector("#time-zone button[type=submit]"));
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("America/Chicago");
            assertThat(browser.findElement(By.cssSelector("footer")).getText()).contains("Times in America/Chicago");
            assertThat(zones.zoneOf(user.id())).isEqualTo(ZoneId.of("America/Chicago"));
            Browser.screenshot(browser, "account-time-zone-phone");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aZoneChosenElsewhereShowsOnTheNextPageOfAnOpenSessionAndTheNextApiCall() {
        NewUser user = api.newUser("member", null);
        WebSession session = WebSession.signIn(api.baseUrl(), user.email(), Api.PASSWORD);
        assertThat(session.get("/people").body()).contains("data-zone=\"" + zones.workspaceZone().getId() + "\"");

        // Chosen on another device or node, while this session holds the user as they signed in. The two zones are
        // 25 hours apart, so their todays always differ: the figures' default period ends on the reader's today.
        for (ZoneId zone : List.of(KIRITIMATI, SAMOA)) {
            zones.choose(new Actor(user.id(), Role.member), zone.getId());

            assertThat(session.get("/people").body()).contains("data-zone=\"" + zone.getId() + "\"");
            LocalDate before = LocalDate.now(zone);
            String to = user.client().get("/api/figures").body().get("to").asText();
            assertThat(to).isIn(before.toString(), LocalDate.now(zone).toString());
        }
    }

    @Test
    void pagesShowTimesOnTheUsersClockAndTheLogFormReadsThemThere() throws IOException {
        NewUser user = userIn(ZoneId.of("Asia/Kolkata")); // UTC+05:30
        String person = user.client().post("/api/people", Map.of("name", "Clock Carla " + UUID.randomUUID())).id();
        String touchpoint = user.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", "2026-01-10T10:00:00Z")).id();
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, api.baseUrl(), user.email(), Api.PASSWORD);
            browser.get(api.baseUrl() + "/touchpoints/" + touchpoint);
            assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("10 Jan 2026, 15:30");

            // Typed as 09:15 in Kolkata: 03:45 UTC.
            browser.get(api.baseUrl() + "/touchpoints/new?personId=" + person);
            assertThat(browser.findElement(By.cssSelector("label[for=occurredAt]")).getText()).contains("Asia/Kolkata");
            browser.executeScript("document.getElementById('occurredAt').value = '2026-02-03T09:15'");
            Browser.clickAndWait(browser, By.cssSelector("main form.log-form button[type=submit]"));
        } finally {
            browser.quit();
        }
        List<String> times = new java.util.ArrayList<>();
        user.client().get("/api/people/" + person + "/timeline").body().get("items")
                .forEach(item -> times.add(OffsetDateTime.parse(item.get("occurredAt").asText())
                        .withOffsetSameInstant(ZoneOffset.UTC).toString()));
        assertThat(times).contains("2026-02-03T03:45Z");
    }

    private NewUser userIn(ZoneId zone) {
        NewUser user = api.newUser("member", null);
        zones.choose(new Actor(user.id(), Role.member), zone.getId());
        return user;
    }

    /** A person of this user whose one-day cadence falls due at that moment. */
    private String dueAt(NewUser user, String name, OffsetDateTime due, OffsetDateTime now) {
        String person = user.client().post("/api/people", Map.of("name", name + " " + UUID.randomUUID())).id();
        user.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 1), "*");
        OffsetDateTime last = due.minusDays(1);
        assertThat(last).isBefore(now);
        assertThat(user.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", last.toString())).status()).isEqualTo(201);
        return person;
    }

    private List<String> agendaIds(NewUser user) {
        List<String> ids = new java.util.ArrayList<>();
        user.client().get("/api/agenda").body().get("items").forEach(item -> ids.add(item.get("personId").asText()));
        return ids;
    }
}
