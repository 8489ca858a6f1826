package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.WebSession;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Cadence rules kept in the pages, by those who may keep them through the API, and read by everyone else. */
@HandshakeTest
class CadenceRulesBrowserTest {

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
    void aRuleAddedInThePagesAppliesAndIsDeletedOnlyOnceConfirmed() throws IOException {
        NewUser manager = api.newUser("manager", null);
        String tag = "key-account-" + UUID.randomUUID().toString().substring(0, 6);
        String person = manager.client().post("/api/people", Map.of("name", "Tagged Tom", "tags", List.of(tag))).id();
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
        Browser.clickAndWait(browser, By.linkText("Cadence rules"));

        new Select(browser.findElement(By.id("kind"))).selectByValue("tag");
        browser.findElement(By.id("value")).sendKeys(tag);
        browser.findElement(By.id("intervalDays")).clear();
        browser.findElement(By.id("intervalDays")).sendKeys("21");
        new Select(browser.findElement(By.id("channel"))).selectByVisibleText("Phone call");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("every 21 days by phone call for people tagged " + tag);
        JsonNode rule = ruleFor(tag);
        assertThat(rule).as("the rule is in the API").isNotNull();
        assertThat(rule.get("intervalDays").asInt()).isEqualTo(21);
        assertThat(rule.get("channel").asString()).isEqualTo("phone");
        JsonNode cadence = manager.client().get("/api/people/" + person + "/cadence").body();
        assertThat(cadence.get("intervalDays").asInt()).as("the tagged person has the rule's cadence").isEqualTo(21);
        assertThat(cadence.get("source").asString()).contains("tagged " + tag);
        Browser.screenshot(browser, "cadence-rules-390");

        String id = rule.get("id").asString();
        Browser.clickAndWait(browser, By.cssSelector("[data-rule='" + id + "'] a"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Delete the rule “every 21 days");
        assertThat(ruleFor(tag)).as("not deleted before it is confirmed").isNotNull();
        Browser.screenshot(browser, "cadence-rule-delete-390");
        Browser.clickAndWait(browser, By.cssSelector("main button.danger"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Rule removed");
        assertThat(ruleFor(tag)).isNull();
        assertThat(manager.client().get("/api/people/" + person + "/cadence").body().get("intervalDays").isNull()).isTrue();
    }

    @Test
    void mistakesAreNamedBesideTheirFields() throws IOException {
        NewUser manager = api.newUser("manager", null);
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/cadence-rules");

        new Select(browser.findElement(By.id("kind"))).selectByValue("tier");
        browser.findElement(By.id("value")).sendKeys("best friends");
        browser.findElement(By.id("intervalDays")).clear();
        browser.findElement(By.id("intervalDays")).sendKeys("0");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));

        assertThat(browser.findElement(By.id("intervalDays-error")).getText()).isEqualTo("must be at least 1 day");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("correct the fields");
        Browser.screenshot(browser, "cadence-rules-errors-1280");

        browser.findElement(By.id("intervalDays")).clear();
        browser.findElement(By.id("intervalDays")).sendKeys("30");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.id("value-error")).getText())
                .isEqualTo("must be connection, acquaintance, relationship or trusted");
        assertThat(browser.findElement(By.id("value")).getDomProperty("value")).isEqualTo("best friends");
    }

    @Test
    void membersReadTheRulesButCannotChangeThem() throws IOException {
        String tag = "read-only-" + UUID.randomUUID().toString().substring(0, 6);
        String id = api.post("/api/cadence-rules", Map.of("kind", "tag", "value", tag, "intervalDays", 45)).id();
        NewUser member = api.newUser("member", null);
        try {
            browser = Browser.start(390, 844);
            Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
            browser.get(api.baseUrl() + "/cadence-rules");
            assertThat(browser.findElement(By.cssSelector("[data-rule='" + id + "']")).getText())
                    .isEqualTo("Every 45 days for people tagged " + tag);
            assertThat(browser.findElements(By.cssSelector("[data-rule='" + id + "'] a"))).isEmpty();
            assertThat(browser.findElements(By.id("value"))).as("no form").isEmpty();

            WebSession session = WebSession.signIn(api.baseUrl(), member.email(), Api.PASSWORD);
            String csrf = session.csrfFrom("/touchpoints/new");
            assertThat(session.postForm("/cadence-rules", Map.of("kind", "tag", "value", "sneaky", "intervalDays", "1",
                    "_csrf", csrf)).statusCode()).isEqualTo(403);
            assertThat(session.get("/cadence-rules/" + id + "/delete").statusCode()).isEqualTo(403);
            assertThat(session.postForm("/cadence-rules/" + id + "/delete", Map.of("_csrf", csrf)).statusCode())
                    .isEqualTo(403);
            assertThat(ruleFor(tag)).isNotNull();
            assertThat(ruleFor("sneaky")).isNull();
        } finally {
            api.delete("/api/cadence-rules/" + id, null);
        }
    }

    private JsonNode ruleFor(String tag) {
        return StreamSupport.stream(api.get("/api/cadence-rules").body().spliterator(), false)
                .filter(r -> r.get("value").asString().equals(tag)).findFirst().orElse(null);
    }
}
