package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A touchpoint about a deal from a phone: logged from the deal with its people and the deal chosen, shown with a
 * link to the deal, unlinked on the edit form; and a rule about deals added on the rules page.
 */
@HandshakeTest
class DealLinksBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long overflow() {
        return ((Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    @Test
    void aTouchpointLoggedFromADealNamesItAndLinksToIt() throws IOException {
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String organization = client.post("/api/organizations", Map.of("name",
                "Internationale Handelsgesellschaft für Telekommunikation " + marker)).id();
        String person = client.post("/api/people", Map.of("name", "Dagmar Entscheiderin " + marker,
                "organizationId", organization)).id();
        String name = "Contact-centre platform for all eight sites, with telephony and training " + marker;
        String deal = client.post("/api/deals", Map.of("name", name, "organizationId", organization,
                "people", List.of(Map.of("personId", person, "role", "decision_maker")))).id();

        for (int width : new int[] {390, 1280}) {
            browser = Browser.start(width, width < 600 ? 844 : 900);
            Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
            browser.get(api.baseUrl() + "/touchpoints/new?personId=" + person + "&dealId=" + deal);
            assertThat(new Select(browser.findElement(By.id("dealId"))).getFirstSelectedOption().getText())
                    .startsWith(name);
            assertThat(browser.findElement(By.id("chosen-people")).getText()).contains("Dagmar Entscheiderin " + marker);
            assertThat(overflow()).as("no sideways scroll at " + width).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "log-form-about-a-deal-" + width);
            browser.findElement(By.id("summary")).sendKeys("Site survey " + width + " " + marker);
            Browser.clickAndWait(browser, By.cssSelector("form.log-form button[type=submit]"));
            browser.quit();
            browser = null;
        }

        JsonNode logged = client.get("/api/touchpoints?dealId=" + deal).body().path("items");
        assertThat(logged).hasSize(2);
        String touchpoint = logged.get(0).path("id").asString();
        // The phone last: there the deal is unlinked again.
        for (int width : new int[] {1280, 390}) {
            browser = Browser.start(width, width < 600 ? 844 : 900);
            Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
            browser.get(api.baseUrl() + "/touchpoints/" + touchpoint);
            var link = browser.findElement(By.linkText(name));
            assertThat(link.getDomAttribute("href")).isEqualTo("/deals/" + deal);
            assertThat(overflow()).as("no sideways scroll at " + width).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "touchpoint-about-a-deal-" + width);
            if (width == 390) {
                browser.get(api.baseUrl() + "/touchpoints/" + touchpoint + "/edit");
                assertThat(overflow()).as("no sideways scroll on the edit form").isLessThanOrEqualTo(0);
                Browser.screenshot(browser, "touchpoint-edit-deal-390");
                new Select(browser.findElement(By.id("dealId"))).selectByValue("");
                Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
                assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Saved");
                assertThat(browser.findElements(By.linkText(name))).isEmpty();
            }
            browser.quit();
            browser = null;
        }
        assertThat(client.get("/api/touchpoints/" + touchpoint).body().hasNonNull("dealId")).isFalse();
        assertThat(client.get("/api/touchpoints?dealId=" + deal).body().path("items")).hasSize(1);
    }

    @Test
    void aRuleForDecisionMakersOnBigDealsIsAddedOnTheRulesPage() throws IOException {
        NewUser manager = api.newUser("manager", null);
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/cadence-rules");
        new Select(browser.findElement(By.id("kind"))).selectByValue("deal_decision_maker");
        browser.findElement(By.id("value")).sendKeys("CHF 250,000");
        browser.findElement(By.id("intervalDays")).clear();
        browser.findElement(By.id("intervalDays")).sendKeys("30");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        String rule = null;
        try {
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .contains("decision makers on an open deal worth CHF 250,000.00 or more");
            for (JsonNode each : api.get("/api/cadence-rules").body()) {
                if (each.path("value").asString().equals("CHF 250000.00")) {
                    rule = each.path("id").asString();
                }
            }
            assertThat(rule).isNotNull();
            assertThat(overflow()).isLessThanOrEqualTo(0);
            Browser.screenshot(browser, "cadence-rules-about-deals-390");

            new Select(browser.findElement(By.id("kind"))).selectByValue("open_deal");
            browser.findElement(By.id("value")).sendKeys("kingmaker");
            Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
            assertThat(browser.findElement(By.id("value-error")).getText()).contains("decision_maker, champion");
        } finally {
            if (rule != null) {
                api.delete("/api/cadence-rules/" + rule, null);
            }
        }
    }
}
