package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** What a person does in the pages, in a real headless Chromium. */
@HandshakeTest
class PeoplePagesBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openBrowserSignedIn() throws IOException {
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void personCreatedThroughTheFormAppearsInTheList() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Katherine Johnson " + unique;

        browser.get(api.baseUrl() + "/people");
        Browser.clickAndWait(browser, By.linkText("+ New person"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("title")).sendKeys("Mathematician");
        browser.findElement(By.id("emails")).sendKeys("work: katherine." + unique + "@nasa.example");
        browser.findElement(By.id("phones")).sendKeys("mobile: +1 757 555 0101");
        browser.findElement(By.id("city")).sendKeys("Hampton");
        browser.findElement(By.id("tags")).sendKeys("Orbital, " + unique);
        Browser.screenshot(browser, "person-form-filled");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(name);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("was added");
        assertThat(browser.getPageSource()).contains("katherine." + unique + "@nasa.example", "(work)", "Hampton");

        browser.get(api.baseUrl() + "/people?q=" + unique);
        WebElement link = browser.findElement(By.linkText(name));
        Browser.screenshot(browser, "people-search");
        Browser.clickAndWait(browser, By.linkText(name));
        assertThat(browser.getCurrentUrl()).matches(".*/people/[0-9a-f-]{36}$");
        assertThat(browser.findElements(By.cssSelector("a.tag")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("orbital", unique);
    }

    @Test
    void liveSearchNarrowsTheListWhileTyping() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/people", PersonJson.aPerson("Live Search " + unique).build());

        browser.get(api.baseUrl() + "/people");
        browser.findElement(By.name("q")).sendKeys(unique);

        // No button pressed: the list follows the typing.
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> page.getCurrentUrl().contains("q=" + unique));
        assertThat(browser.findElements(By.cssSelector("#results tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.linkText("Live Search " + unique)).isDisplayed()).isTrue();
    }

    @Test
    void invalidFormShowsMessagesAndStoresNothing() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);

        browser.get(api.baseUrl() + "/people/new");
        browser.findElement(By.id("emails")).sendKeys("not-an-email-" + unique);
        browser.findElement(By.id("latitude")).sendKeys("95");
        browser.findElement(By.id("longitude")).sendKeys("10");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        Browser.screenshot(browser, "person-form-invalid");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("New person");
        assertThat(browser.findElements(By.cssSelector(".field.invalid"))).isNotEmpty();
        // Each field named in words, in the summary at the top and beside the field.
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Name is required",
                "Not an email address: not-an-email-" + unique, "Latitude must be at most 90");
        assertThat(browser.findElement(By.id("emails")).getAttribute("value")).isEqualTo("not-an-email-" + unique);
        assertThat(api.get("/api/people?q=" + unique).body().get("items").size()).isZero();
    }

    @Test
    void unknownPersonShowsAFriendlyNotFoundPage() {
        browser.get(api.baseUrl() + "/people/" + UUID.randomUUID());

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }
}
