package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.PageProblems;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The relationship chart on a phone: drawn from the history (Chart.js from the jar, our own script, the strict
 * Content-Security-Policy untouched), a mark tells what its touchpoint added when tapped, and the organization
 * page shows how many of its decision makers the team holds; neither page scrolls sideways.
 */
@HandshakeTest
class RelationshipChartBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonsChartIsDrawnAndTellsWhatATouchpointAddedOnAPhone() throws IOException {
        NewUser seller = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = seller.client().post("/api/organizations", Map.of("name",
                "Northwind Telekommunikationsdienstleistungen " + marker)).id();
        String person = person(seller, "Grace Chartwell " + marker, "Chief Information Officer", organization);
        person(seller, "Victor Vee " + marker, "VP Operations", organization);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        log(seller, person, "meal", now.minusDays(200), "Dinner after the kick-off " + marker);
        log(seller, person, "email", now.minusDays(120), "Sent the proposal");
        log(seller, person, "phone", now.minusDays(60), "Call about the pilot");
        log(seller, person, "in_person", now.minusDays(14), "Site visit at the Denver office");
        log(seller, person, "meal", now.minusDays(3), "Lunch to close the pilot " + marker);

        browser = Browser.start(390, 844);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/people/" + person);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            Object drawn = browser.executeScript(
                    "var c = document.getElementById('relationship-canvas'); return c && c.getAttribute('data-drawn');");
            return drawn != null && !"loading".equals(drawn);
        });
        String drawn = (String) browser.executeScript(
                "return document.getElementById('relationship-canvas').getAttribute('data-drawn');");
        assertThat(drawn).as("datasets drawn: the line and one set of marks per channel").isEqualTo("5");
        assertThat(((Number) browser.executeScript("""
                var c = document.getElementById('relationship-canvas');
                var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                var painted = 0;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
                return painted;
                """)).longValue()).as("pixels painted on the canvas").isGreaterThan(2000);

        // The large marks of meals and meetings in person, and what the last lunch added when tapped.
        @SuppressWarnings("unchecked")
        Map<String, Object> lunch = (Map<String, Object>) browser.executeScript("""
                var chart = Chart.getChart('relationship-canvas');
                var found = null;
                chart.data.datasets.forEach(function (set, i) {
                    set.data.forEach(function (point, j) {
                        if (point.mark && point.mark.summary && point.mark.summary.indexOf('Lunch to close') === 0) {
                            var element = chart.getDatasetMeta(i).data[j];
                            found = { x: element.x, y: element.y, radius: set.pointRadius, style: set.pointStyle };
                        }
                    });
                });
                return found;
                """);
        assertThat(lunch).isNotNull();
        assertThat(((Number) lunch.get("radius")).intValue()).isGreaterThan(5);
        // Chart.js handles pointer events on the next animation frame, so the tooltip is awaited, not read at once.
        @SuppressWarnings("unchecked")
        List<Object> tooltip = (List<Object>) new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            browser.executeScript("""
                    var canvas = document.getElementById('relationship-canvas');
                    var box = canvas.getBoundingClientRect();
                    canvas.dispatchEvent(new MouseEvent('mousemove', { clientX: box.left + arguments[0],
                        clientY: box.top + arguments[1], bubbles: true }));
                    """, lunch.get("x"), lunch.get("y"));
            List<Object> lines = (List<Object>) browser.executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    requestAnimationFrame(function () {
                        var tip = Chart.getChart('relationship-canvas').tooltip;
                        done(tip.getActiveElements().length === 0 ? [] : tip.body.flatMap(function (b) { return b.lines; }));
                    });
                    """);
            return lines.isEmpty() ? null : lines;
        });
        assertThat(String.join(" | ", tooltip.stream().map(String::valueOf).toList()))
                .contains("Meal · ", "Lunch to close the pilot", "to the score").containsPattern("\\+\\d+ to the score");

        // In words too, for a screen reader; and the chart fits the phone.
        assertThat(browser.findElement(By.id("relationship-chart-summary")).getText())
                .contains("The team's score went from", "5 touchpoints", "3 of them face to face");
        assertThat(browser.findElement(By.cssSelector("#relationship-chart details table")).getDomProperty("textContent"))
                .contains("Site visit at the Denver office");
        assertNothingWentWrong("/people/" + person);
        browser.executeScript("document.getElementById('relationship-chart').scrollIntoView();");
        Browser.screenshot(browser, "relationship-chart-390");

        browser.get(api.baseUrl() + "/organizations/" + organization);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(page -> !page.findElements(By.id("coverage")).isEmpty()
                        && !page.findElements(By.id("account-timeline")).isEmpty());
        assertThat(browser.findElement(By.id("coverage")).getText())
                .isEqualTo("1 of 2 decision makers at relationship tier or above");
        assertThat(browser.findElement(By.id("account-timeline")).getText()).contains("Lunch to close the pilot");
        assertNothingWentWrong("/organizations/" + organization);
        Browser.screenshot(browser, "organization-relationships-390");

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.navigate().refresh();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !page.findElements(By.id("coverage")).isEmpty());
        Browser.screenshot(browser, "organization-relationships-1280");
        browser.get(api.baseUrl() + "/people/" + person);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> "5".equals(browser.executeScript(
                "var c = document.getElementById('relationship-canvas'); return c && c.getAttribute('data-drawn');")));
        browser.executeScript("document.getElementById('relationship').scrollIntoView();");
        Browser.screenshot(browser, "relationship-chart-1280");
        assertNothingWentWrong("/people/" + person + " at 1280 px");
    }

    /** The page as it stands is no wider than the screen, and the console shows no error or CSP refusal. */
    private void assertNothingWentWrong(String page) {
        assertThat(PageProblems.of(browser, page)).isEmpty();
    }

    private static String person(NewUser owner, String name, String title, String organization) {
        Reply created = owner.client().post("/api/people", Map.of("name", name, "title", title,
                "organizationId", organization));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.id();
    }

    private static void log(NewUser user, String person, String channel, OffsetDateTime at, String summary) {
        Reply logged = user.client().post("/api/touchpoints", Map.of("channel", channel, "occurredAt", at.toString(),
                "summary", summary, "personIds", List.of(person)));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
    }
}
