package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The person page says until when one snoozed them, and lifts the snooze. */
@HandshakeTest
class SnoozeLiftBrowserTest {

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
    void aSnoozeIsShownOnThePersonPageAndLifted() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        var seller = api.newUser("member", null);
        String person = seller.client().post("/api/people", Map.of("name", "Snoozed Sam " + marker)).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 1), "*");
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(9);
        assertThat(seller.client().post("/api/agenda/" + person + "/snooze", Map.of("until", until.toString())).status())
                .isEqualTo(204);
        assertThat(seller.client().get("/api/agenda").raw()).doesNotContain(person);

        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/people/" + person);
        By card = By.cssSelector("#cadence");
        new WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(page -> page.findElement(card).getText().contains("Snoozed until"));
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(card));
        Browser.screenshot(browser, "snoozed-card-phone-390");
        assertThat(browser.findElement(card).getText())
                .contains("Snoozed until " + until.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH)));

        Browser.clickAndWait(browser, By.xpath("//*[@id='cadence']//button[normalize-space()='Lift']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("snooze is lifted");
        assertThat(seller.client().get("/api/agenda").raw()).contains(person);
        new WebDriverWait(browser, java.time.Duration.ofSeconds(5))
                .until(page -> page.findElement(card).getText().contains("Keep in touch"));
        assertThat(browser.findElement(card).getText()).doesNotContain("Snoozed until");
    }
}
