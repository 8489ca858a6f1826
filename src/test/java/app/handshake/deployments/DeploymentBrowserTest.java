package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.PageProblems;
import app.handshake.support.TestClock;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A won deal's deployment in the pages, in a real Chromium: found from the deal, a site added through the page's
 * form (a refused one comes back with its problem), usage posted through the API, and after it the site in active
 * use with its adoption chart drawn (Chart.js from the jar under the strict Content-Security-Policy); the page and
 * the list fit a phone and a desktop.
 */
@HandshakeTest
class DeploymentBrowserTest {

    @Autowired
    Api api;
    @Autowired
    TestClock.SettableClock clock;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWonDealsDeploymentGetsASiteAndReachesActiveUseOnItsPage() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NewUser seller = api.newUser("member", null);
        String organization = seller.client().post("/api/organizations",
                Map.of("name", "Rhône Logistique " + marker)).id();
        Reply deal = seller.client().post("/api/deals", Map.of("name", "Warehouse rollout " + marker,
                "organizationId", organization));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        Reply won = seller.client().post("/api/deals/" + deal.id() + "/win", Map.of());
        assertThat(won.status()).as(won.raw()).isEqualTo(200);
        browser = Browser.start(390, 844);
        // The win opens the deployment as it is committed.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> seller.client()
                .get("/api/deployments?dealId=" + deal.id()).body().get("items").size() == 1);
        int share = seller.client().get("/api/deployments/settings").body().get("activeSharePercent").asInt();

        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);

        // The deal's page links to the deployment its win opened.
        browser.get(api.baseUrl() + "/deals/" + deal.id());
        WebElement link = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.cssSelector("#deal-deployment a")).stream().findFirst().orElse(null));
        assertThat(link.getText()).isEqualTo("Warehouse rollout " + marker);
        browser.executeScript("document.getElementById('deal-deployment').scrollIntoView();");
        Browser.screenshot(browser, "deal-deployment-390");
        Browser.clickAndWait(browser, By.cssSelector("#deal-deployment a"));
        String deployment = browser.getCurrentUrl().replaceFirst(".*/deployments/", "").replaceFirst("[#?].*", "");
        assertThat(browser.findElement(By.id("active-use")).getText()).isEqualTo("Not yet in active use");
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).contains("Warehouse rollout " + marker);

        // A site without its seats is refused, with the problem beside the field and the name kept.
        browser.findElement(By.id("site-name")).sendKeys("Lyon depot");
        Browser.clickAndWait(browser, By.id("add-site-button"));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Licensed seats is required");
        assertThat(browser.findElement(By.id("site-name")).getDomProperty("value")).isEqualTo("Lyon depot");
        Browser.screenshot(browser, "deployment-site-refused-390");
        assertThat(PageProblems.of(browser, "the refused site")).as("only the refusal's own status")
                .allMatch(problem -> problem.contains("status of 422"));
        browser.findElement(By.id("site-city")).sendKeys("Lyon");
        browser.findElement(By.id("site-country")).sendKeys("France");
        browser.findElement(By.id("site-seats")).sendKeys("10");
        Browser.clickAndWait(browser, By.id("add-site-button"));
        assertThat(browser.getCurrentUrl()).endsWith("/deployments/" + deployment + "#sites");
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("Lyon depot was added.");
        assertThat(browser.findElement(By.cssSelector(".site .site-status")).getText()).isEqualTo("Not yet in active use");

        Reply details = seller.client().get("/api/deployments/" + deployment);
        String site = details.body().get("sites").get(0).get("id").asText();
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 13; i >= 0; i--) {
            rows.add(Map.of("siteId", site, "day", yesterday.minusDays(i).toString(), "activeUsers", 7));
        }
        Reply posted = seller.client().post("/api/deployments/" + deployment + "/usage", Map.of("rows", rows));
        assertThat(posted.status()).as(posted.raw()).isBetween(200, 201);

        browser.navigate().refresh();
        String since = "In active use since " + yesterday.format(java.time.format.DateTimeFormatter.ofPattern(
                "d MMM yyyy", java.util.Locale.ENGLISH));
        assertThat(browser.findElement(By.cssSelector(".site .site-status")).getText()).isEqualTo(since);
        assertThat(browser.findElement(By.id("active-use")).getText()).isEqualTo(since);
        assertThat(browser.findElement(By.cssSelector(".adoption-words")).getText()).startsWith("7 of 10 seats active on");
        String canvas = "adoption-" + site;
        assertChartDrawn(canvas, share);
        assertThat(PageProblems.of(browser, "/deployments/" + deployment)).isEmpty();
        wholePage("deployment-390", 390, 844);

        // The list shows it in active use and on track, and "Mine" keeps it.
        browser.get(api.baseUrl() + "/deployments?mine=true");
        WebElement row = browser.findElements(By.cssSelector(".deployment-list tbody tr")).stream()
                .filter(r -> r.getText().contains("Warehouse rollout " + marker)).findFirst().orElseThrow();
        assertThat(row.findElement(By.cssSelector(".sites-in-use")).getText()).contains("1 of 1 site");
        assertThat(row.getText()).contains("Rhône Logistique " + marker, "On track");
        assertThat(PageProblems.of(browser, "/deployments")).isEmpty();
        wholePage("deployments-390", 390, 844);

        // A late milestone puts it at risk, with the reason on its page and in the list; one tap marks it done,
        // and the notice's undo takes that back.
        Reply milestone = seller.client().post("/api/deployments/" + deployment + "/milestones", Map.of(
                "name", "Train the depot staff", "dueOn", LocalDate.now(clock).minusDays(3).toString()));
        assertThat(milestone.status()).as(milestone.raw()).isEqualTo(201);
        String partner = seller.client().post("/api/organizations", Map.of("name", "Installateurs Réunis " + marker)).id();
        assertThat(seller.client().post("/api/deployments/" + deployment + "/partners", Map.of("organizationId", partner,
                "role", "Installs the scanners")).status()).isEqualTo(201);
        assertThat(seller.client().post("/api/deployments/" + deployment + "/obstacles", Map.of("description",
                "The depot's wifi drops in aisle 7", "siteId", site)).status()).isEqualTo(201);
        browser.get(api.baseUrl() + "/deployments?mine=true&health=at_risk");
        assertThat(browser.findElement(By.cssSelector(".deployment-list tbody")).getText())
                .contains("Warehouse rollout " + marker, "At risk", "Milestone \"Train the depot staff\" was due");
        browser.get(api.baseUrl() + "/deployments/" + deployment);
        assertThat(browser.findElement(By.cssSelector("#health .health")).getText()).isEqualTo("At risk");
        assertThat(browser.findElement(By.cssSelector("#health .reasons")).getText())
                .contains("Milestone \"Train the depot staff\" was due", "3 days late");
        assertThat(browser.findElement(By.id("partners")).getText()).contains("Installateurs Réunis " + marker,
                "Installs the scanners");
        assertThat(browser.findElement(By.id("obstacles")).getText()).contains("The depot's wifi drops in aisle 7",
                "at Lyon depot");
        wholePage("deployment-at-risk-390", 390, 844);
        Browser.clickAndWait(browser, By.cssSelector("#milestones button[aria-label='Mark Train the depot staff done']"));
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("Train the depot staff is done.");
        assertThat(browser.findElement(By.cssSelector("#health .health")).getText()).isEqualTo("On track");
        Browser.clickAndWait(browser, By.cssSelector(".alert.notice button"));
        assertThat(browser.findElement(By.cssSelector("#health .health")).getText()).isEqualTo("At risk");
        Browser.clickAndWait(browser, By.cssSelector("#milestones button[aria-label='Mark Train the depot staff done']"));
        assertThat(browser.findElement(By.cssSelector("#milestones")).getText()).contains("Done on");
        assertThat(PageProblems.of(browser, "/deployments/" + deployment + " after the milestone")).isEmpty();

        // The organization's page lists it.
        browser.get(api.baseUrl() + "/organizations/" + organization);
        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.id("deployments-card")).stream().findFirst().orElse(null));
        assertThat(card.getText()).contains("Warehouse rollout " + marker, "1 of 1 site in active use");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.get(api.baseUrl() + "/deployments/" + deployment);
        assertChartDrawn(canvas, share);
        assertThat(PageProblems.of(browser, "/deployments/" + deployment + " at 1280 px")).isEmpty();
        wholePage("deployment-1280", 1280, 900);
        browser.get(api.baseUrl() + "/deployments");
        Browser.screenshot(browser, "deployments-1280");
        assertThat(PageProblems.of(browser, "/deployments at 1280 px")).isEmpty();
    }

    /** Pictures of the whole page at this width, a screen at a time, to look at. */
    private void wholePage(String name, int width, int height) throws IOException {
        long tall = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        for (int part = 0; part * height < tall; part++) {
            browser.executeScript("window.scrollTo(0, arguments[0]);", part * height);
            Browser.screenshot(browser, name + "-" + (part + 1));
        }
        browser.executeScript("window.scrollTo(0, 0);");
    }

    /** The canvas has a size, a Chart on it with the line and the threshold, and pixels painted. */
    private void assertChartDrawn(String canvas, int share) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            Object drawn = browser.executeScript(
                    "var c = document.getElementById(arguments[0]); return c && c.getAttribute('data-drawn');", canvas);
            return drawn != null && !"loading".equals(drawn);
        });
        assertThat(browser.executeScript("return document.getElementById(arguments[0]).getAttribute('data-drawn');",
                canvas)).as("days drawn").isEqualTo("14");
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) browser.executeScript("""
                var c = document.getElementById(arguments[0]);
                var chart = Chart.getChart(c);
                var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                var painted = 0;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] > 0) { painted++; } }
                return { width: c.clientWidth, height: c.clientHeight, sets: chart ? chart.data.datasets.length : 0,
                         threshold: chart ? chart.data.datasets[1].data[0].y : null, painted: painted };
                """, canvas);
        assertThat(((Number) chart.get("width")).intValue()).isGreaterThan(200);
        assertThat(((Number) chart.get("height")).intValue()).isGreaterThan(100);
        assertThat(((Number) chart.get("sets")).intValue()).isEqualTo(2);
        assertThat(((Number) chart.get("threshold")).intValue()).as("the workspace's share of 10 seats")
                .isEqualTo((int) Math.ceil(share * 10 / 100.0));
        assertThat(((Number) chart.get("painted")).longValue()).isGreaterThan(2000);
    }
}
