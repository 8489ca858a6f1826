package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A refused form opens on a focused summary that names each field in words and links to it. */
@HandshakeTest
class FormErrorSummaryBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openBrowserSignedIn() throws IOException {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anInvalidPersonFormNamesEachFieldInTheFocusedSummary() throws IOException {
        browser.get(api.baseUrl() + "/people/new");
        browser.findElement(By.id("latitude")).sendKeys("95");
        browser.findElement(By.id("longitude")).sendKeys("10");
        browser.findElement(By.id("birthday")).sendKeys("01012999");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        Browser.screenshot(browser, "form-errors-person-390");

        WebElement summary = focusedSummary();
        assertThat(links(summary)).containsExactly(
                Map.entry("#name", "Name is required"),
                Map.entry("#latitude", "Latitude must be at most 90"),
                Map.entry("#birthday", "Birthday must be in the past"));
        assertThat(summary.getText()).doesNotContain("less than or equal");
        // Beside the field too, in the same words.
        assertThat(browser.findElement(By.cssSelector("#latitude + .error")).getText())
                .isEqualTo("Latitude must be at most 90");

        // A link of the summary takes the keyboard to its field.
        summary.findElement(By.linkText("Latitude must be at most 90")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("latitude");
    }

    @Test
    void anInvalidCadenceNamesTheIntervalInTheFocusedSummary() throws IOException {
        String id = api.post("/api/people", Map.of("name", "Cadence " + UUID.randomUUID().toString().substring(0, 8)))
                .id();
        browser.get(api.baseUrl() + "/people/" + id);
        WebElement days = browser.findElement(By.id("intervalDays"));
        days.clear();
        days.sendKeys("5000");
        Browser.clickAndWait(browser, By.cssSelector("#cadence form button[type=submit]"));
        Browser.screenshot(browser, "form-errors-cadence-390");

        WebElement summary = focusedSummary();
        assertThat(links(summary)).containsExactly(
                Map.entry("#intervalDays", "Interval in days must be between 1 and 3650 days"));
        assertThat(browser.findElement(By.id("intervalDays")).getAttribute("value")).isEqualTo("5000");
        assertThat(api.get("/api/people/" + id + "/cadence").raw()).doesNotContain("5000");
    }

    private WebElement focusedSummary() {
        WebElement summary = browser.findElement(By.cssSelector("[data-error-summary]"));
        assertThat(summary.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(summary.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
        return summary;
    }

    private static List<Map.Entry<String, String>> links(WebElement summary) {
        return summary.findElements(By.cssSelector("li a")).stream()
                .map(a -> Map.entry(a.getDomAttribute("href"), a.getText())).toList();
    }
}
