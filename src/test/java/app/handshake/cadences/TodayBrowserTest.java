package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Today, the person page and the quick log, as a seller uses them on a phone. */
@HandshakeTest
class TodayBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;
    NewUser seller;

    @BeforeEach
    void openBrowser() throws IOException {
        seller = api.newUser("member", null);
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void overduePersonIsDoneInOneClickAndLeavesToday() throws IOException {
        String name = "Due Dana " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 14), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(20).toString()));

        browser.get(api.baseUrl() + "/today");
        assertThat(browser.findElement(By.linkText(name)).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("6 days overdue");
        Browser.screenshot(browser, "today-phone");
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/today/" + person + "/done'] button"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("logged");
        assertThat(browser.findElements(By.linkText(name))).isEmpty();
        assertThat(seller.client().get("/api/people/" + person + "/timeline").body().get("items").size()).isEqualTo(2);
    }

    @Test
    void aTouchpointLoggedFromThePersonPageShowsOnItsTimelineAndScore() throws IOException {
        String name = "Met Max " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();

        browser.get(api.baseUrl() + "/people/" + person);
        Browser.clickAndWait(browser, By.linkText("+ Log a touchpoint"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("channel"))).selectByVisibleText("Meal");
        browser.findElement(By.id("summary")).sendKeys("Lunch by the river");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(page -> page.findElements(By.cssSelector("#timeline li")).size() == 1);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Meal", "Lunch by the river");
        assertThat(browser.findElement(By.id("relationship")).getText()).contains("Last met in person today");
        Browser.screenshot(browser, "person-after-log-phone");
    }
}
