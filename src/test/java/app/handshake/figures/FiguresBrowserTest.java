package app.handshake.figures;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * The figures page in Chromium on a phone and a desktop: the tiles, both charts drawn from the table, nothing wider
 * than the screen; and the headline on Today, which links to the page.
 */
@HandshakeTest
class FiguresBrowserTest {

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void theFiguresPageFitsAPhoneAndADesktopWithItsChartsDrawn() throws IOException {
        team();
        for (int width : List.of(390, 1280)) {
            ChromeDriver browser = Browser.start(width, 900);
            try {
                Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
                browser.get(api.baseUrl() + "/figures");
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> browser.findElements(
                        By.cssSelector("canvas[data-figures-chart][data-drawn]")).size() == 2);
                assertThat(browser.findElement(By.cssSelector("canvas[data-figures-chart=outcomes]"))
                        .getDomAttribute("data-drawn")).isEqualTo("3");
                assertThat(browser.findElement(By.cssSelector("canvas[data-figures-chart=active-use]"))
                        .getDomAttribute("data-drawn")).isEqualTo("2");
                assertThat(Integer.parseInt(browser.findElement(By.id("tile-in-use")).getText())).isPositive();
                // The bars are the table's figures: owners and won deals as the rows say.
                assertThat(browser.executeScript("""
                        var chart = window.Chart.getChart(document.querySelector('canvas[data-figures-chart=outcomes]'));
                        return JSON.stringify([chart.data.labels, chart.data.datasets[0].data]);"""))
                        .isEqualTo(browser.executeScript("""
                        var rows = Array.from(document.querySelectorAll('#figures-owners tbody tr'));
                        return JSON.stringify([rows.map(r => r.cells[0].textContent.trim()),
                            rows.map(r => Number(r.cells[1].textContent))]);"""));
                assertThat(browser.executeScript("""
                        return window.Chart.getChart(document.querySelector('canvas[data-figures-chart=outcomes]'))
                            .data.datasets[0].data.some(n => n > 0);""")).isEqualTo(true);
                long wide = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
                long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth"))
                        .longValue();
                assertThat(wide).as("the page's width at %d px", width).isLessThanOrEqualTo(screen);
                Browser.screenshot(browser, "figures-" + width);
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 900)");
                Browser.screenshot(browser, "figures-" + width + "-below");

                browser.get(api.baseUrl() + "/today");
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(d -> !browser.findElements(By.cssSelector("#figures-today a")).isEmpty());
                assertThat(browser.findElement(By.cssSelector("#figures-today a")).getText().replaceAll("\\s+", " "))
                        .matches("\\d+ deployments? in active use");
                Browser.screenshot(browser, "figures-today-" + width);
                Browser.clickAndWait(browser, By.cssSelector("#figures-today a"));
                assertThat(browser.getCurrentUrl()).endsWith("/figures");
            } finally {
                browser.quit();
            }
        }
    }

    /** Three sellers' deals of the last weeks: won, lost and walked away, and deployments in active use. */
    private void team() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String organization = api.post("/api/organizations", Map.of("name", "Figures " + UUID.randomUUID())).id();
        String[] names = {"Ada Lovelace", "Grace Hopper", "Katherine Johnson-Goble"};
        for (int s = 0; s < names.length; s++) {
            NewUser seller = api.newUser("member", null);
            api.put("/api/users/" + seller.id(), Map.of("displayName", names[s], "role", "member"), "*");
            for (int d = 0; d < 3 + s; d++) {
                clock.fixAt(Instant.parse(today.minusDays(60 - d * 3) + "T10:00:00Z"));
                String deal = seller.client().post("/api/deals", Map.of("name", "Deal " + d,
                        "organizationId", organization)).id();
                String outcome = d % 3 == 2 ? "lose" : d == 4 ? "walk-away" : "win";
                Reply closed = seller.client().post("/api/deals/" + deal + "/" + outcome,
                        outcome.equals("win") ? Map.of() : Map.of("reason", "Price"));
                assertThat(closed.status()).as(closed.raw()).isEqualTo(200);
                if (outcome.equals("win") && d % 2 == 0) {
                    clock.reset();
                    reachActiveUse(seller.client(), deal, today.minusDays(50 - d * 5 - s * 4));
                }
            }
        }
        clock.reset();
    }

    private static void reachActiveUse(Client client, String dealId, LocalDate firstDay) {
        String deployment = client.get("/api/deployments?dealId=" + dealId).body().path("items").get(0).path("id")
                .asString();
        Reply site = client.post("/api/deployments/" + deployment + "/sites",
                Map.of("name", "Head office", "licensedSeats", 10));
        String siteId = site.body().path("sites").get(0).path("id").asString();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(Map.of("siteId", siteId, "day", firstDay.plusDays(i).toString(), "activeUsers", 9));
        }
        Reply posted = client.post("/api/deployments/" + deployment + "/usage", Map.of("rows", rows));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(200);
    }
}
