package app.handshake.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Logging a touchpoint from a phone: people chosen by typing, sensible defaults, one screen, and what it did. */
@HandshakeTest
class LogFormBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;
    Api.NewUser seller;

    @BeforeEach
    void openPhoneSignedIn() throws IOException {
        seller = api.newUser("member", null);
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void twoPeopleChosenByTypingAreLoggedAndTheNoticeSaysWhatTheScoreDid() throws IOException {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 7);
        String anna = seller.client().post("/api/people", Map.of("name", "Annabel " + marker)).id();
        String bruno = seller.client().post("/api/people", Map.of("name", "Bruno " + marker)).id();
        // The seller last logged a video call: the form starts from it.
        seller.client().post("/api/touchpoints", Map.of("channel", "video", "personIds", List.of(bruno),
                "occurredAt", java.time.OffsetDateTime.now().minusDays(3).toString()));

        browser.get(api.baseUrl() + "/touchpoints/new");
        assertThat(browser.findElement(By.id("channel")).getDomProperty("value")).isEqualTo("video");
        assertThat(browser.findElement(By.id("occurredAt")).getDomProperty("value")).isNotBlank();
        assertThat(chips("chosen-members")).containsExactly("You");

        choose("annab " + marker, "Annabel " + marker);
        choose("bru " + marker, "Bruno " + marker);
        assertThat(chips("chosen-people")).containsExactly("Annabel " + marker, "Bruno " + marker);
        browser.findElement(By.id("summary")).sendKeys("Coffee with both " + marker);

        WebElement submit = browser.findElement(By.cssSelector("form.log-form button[type=submit]"));
        Browser.screenshot(browser, "log-form-phone-390");
        double bottom = ((Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", submit))
                .doubleValue();
        long scrolled = ((Number) browser.executeScript("return window.scrollY")).longValue();
        assertThat(bottom + scrolled).as("the submit button is on the first screen").isLessThanOrEqualTo(844);

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("channel"))).selectByValue("in_person");
        Browser.clickAndWait(browser, By.cssSelector("form.log-form button[type=submit]"));

        String notice = browser.findElement(By.cssSelector("[role=status]")).getText();
        Browser.screenshot(browser, "log-form-notice");
        assertThat(notice).contains("In person logged.").containsPattern("Score with Annabel " + marker + ": 0 → \\d+, now \\w+ tier")
                .contains("Score with Bruno " + marker + ": ");
        JsonNode timeline = seller.client().get("/api/people/" + anna + "/timeline").body();
        JsonNode logged = timeline.path("items").get(0);
        assertThat(logged.path("channel").asString()).isEqualTo("in_person");
        assertThat(logged.path("people")).hasSize(2);
    }

    @Test
    void openedFromAPersonPageThePersonIsChosenAndOthersPrivatePeopleAreNeverOffered() {
        String marker = "p" + UUID.randomUUID().toString().substring(0, 7);
        var colleague = api.newUser("member", null);
        colleague.client().post("/api/people", Map.of("name", "Hidden " + marker, "visibility", "private"));
        String shown = seller.client().post("/api/people", Map.of("name", "Shown " + marker)).id();

        browser.get(api.baseUrl() + "/touchpoints/new?personId=" + shown);
        assertThat(chips("chosen-people")).containsExactly("Shown " + marker);

        browser.findElement(By.id("person-q")).sendKeys(marker);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page ->
                !page.findElements(By.cssSelector("#person-options li")).isEmpty());
        assertThat(browser.findElement(By.id("person-options")).getText()).doesNotContain("Hidden")
                .contains("Nobody found");
    }

    private void choose(String typed, String name) {
        WebElement search = browser.findElement(By.id("person-q"));
        search.sendKeys(typed);
        By option = By.xpath("//ul[@id='person-options']//button[span[normalize-space()='" + name + "']]");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> !page.findElements(option).isEmpty());
        browser.findElement(option).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> chips("chosen-people").contains(name));
    }

    private List<String> chips(String list) {
        return browser.findElements(By.cssSelector("#" + list + " .chip span")).stream().map(WebElement::getText).toList();
    }
}
