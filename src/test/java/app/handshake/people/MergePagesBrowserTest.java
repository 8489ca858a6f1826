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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Merging two records of a person in the pages: chosen by typing, shown before, then merged. */
@HandshakeTest
class MergePagesBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openPhoneSignedIn() throws IOException {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theOtherRecordIsChosenByTypingAndTheMergeShowsWhatIsKeptFirst() throws IOException {
        String marker = "x" + UUID.randomUUID().toString().substring(0, 7);
        String survivor = api.post("/api/people", PersonJson.aPerson("Grace Hopper " + marker)
                .withEmail("grace." + marker + "@navy.example").build()).id();
        String duplicate = api.post("/api/people", PersonJson.aPerson("G. Hopper " + marker)
                .withEmail("hopper." + marker + "@home.example").withTag("cobol").build()).id();

        browser.get(api.baseUrl() + "/people/" + survivor);
        Browser.clickAndWait(browser, By.linkText("Merge with…"));
        browser.findElement(By.id("merge-q")).sendKeys("hopper " + marker);
        By candidate = By.partialLinkText("G. Hopper " + marker);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> !page.findElements(candidate).isEmpty());
        assertThat(browser.findElement(By.id("candidates")).getText()).as("not itself").doesNotContain("Grace Hopper");
        Browser.clickAndWait(browser, candidate);

        String confirmation = browser.findElement(By.tagName("main")).getText();
        Browser.screenshot(browser, "merge-confirm-phone-390");
        assertThat(confirmation).contains("Merge G. Hopper " + marker + " into Grace Hopper " + marker + "?")
                .contains("grace." + marker + "@navy.example", "hopper." + marker + "@home.example", "cobol");
        assertThat(api.get("/api/people/" + duplicate).status()).as("nothing merged before confirming").isEqualTo(200);

        Browser.clickAndWait(browser, By.xpath("//button[normalize-space()='Merge']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .contains("G. Hopper " + marker + " was merged into Grace Hopper " + marker);
        assertThat(api.get("/api/people/" + duplicate).status()).isEqualTo(404);
        assertThat(api.get("/api/people/" + survivor).body().path("emails")).hasSize(2);
    }
}
