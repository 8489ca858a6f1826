package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The people list on a phone: every filter live, tags searched, two lines a person with the last touch. */
@HandshakeTest
class PeopleListBrowserTest {

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
    void theTierFilterIsLiveAndEachPersonIsTwoLinesWithTheLastTouch() throws IOException {
        String marker = "t" + UUID.randomUUID().toString().substring(0, 7);
        String met = api.post("/api/people", Map.of("name", "Often Met " + marker)).id();
        api.post("/api/people", Map.of("name", "Never Met " + marker));
        for (int week = 1; week <= 6; week++) {
            api.post("/api/touchpoints", Map.of("channel", "in_person", "personIds", List.of(met), "initiatedBy",
                    week % 2 == 0 ? "them" : "us", "occurredAt", OffsetDateTime.now().minusWeeks(week).toString()));
        }
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.get(api.baseUrl() + "/people?q=" + marker);
        assertThat(names()).containsExactly("Never Met " + marker, "Often Met " + marker);
        WebElement row = browser.findElement(By.cssSelector("#results tbody tr"));
        Browser.screenshot(browser, "people-list-phone-390");
        assertThat(row.getRect().getHeight()).as("a person takes two lines on a phone").isLessThan(70);
        assertThat(browser.findElement(By.cssSelector("#results tbody tr:nth-child(2) td.last time")).getText())
                .isEqualTo("7 days ago");

        // No button pressed: choosing a tier narrows the list at once.
        new Select(browser.findElement(By.name("tier"))).selectByValue("connection");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> page.getCurrentUrl().contains("tier=connection"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> names().size() == 1);
        assertThat(names()).containsExactly("Never Met " + marker);
    }

    @Test
    void theSearchFindsTagsAsItFindsNames() throws IOException {
        String marker = "g" + UUID.randomUUID().toString().substring(0, 7);
        api.post("/api/people", PersonJson.aPerson("Tagged Person").withTag("violin" + marker).build());
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.get(api.baseUrl() + "/people");
        browser.findElement(By.name("q")).sendKeys("violin" + marker);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> page.getCurrentUrl().contains("q=violin"));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> names().equals(List.of("Tagged Person")));
        Browser.screenshot(browser, "people-list-desktop-1280");
    }

    private List<String> names() {
        return browser.findElements(By.cssSelector("#results tbody td.name > a")).stream().map(WebElement::getText)
                .toList();
    }
}
