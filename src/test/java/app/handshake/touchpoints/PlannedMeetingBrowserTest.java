package app.handshake.touchpoints;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A meeting planned from a person's page shows on Today; when its time has passed, "Log it" makes it done. */
@HandshakeTest
class PlannedMeetingBrowserTest {

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void plannedFromAPersonPageSeenOnTodayAndLogged(int width) throws IOException {
        NewUser seller = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String organization = seller.client().post("/api/organizations", Map.of("name",
                "Nordwind Telekommunikationsdienstleistungen " + marker)).id();
        String dana = seller.client().post("/api/people", Map.of("name", "Dana Decider-Wolkenstein " + marker,
                "title", "Head of customer service", "organizationId", organization)).id();
        String purpose = "Meet the decision maker of IVR for 8 sites " + marker;
        browser = Browser.start(width, width < 600 ? 844 : 900);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);

        browser.get(api.baseUrl() + "/people/" + dana);
        Browser.clickAndWait(browser, By.linkText("Plan a meeting"));
        assertThat(browser.findElements(By.cssSelector("#chosen-people .chip span")).stream().map(WebElement::getText))
                .containsExactly("Dana Decider-Wolkenstein " + marker);
        assertThat(browser.findElement(By.id("channel")).getDomProperty("value")).isEqualTo("in_person");
        assertThat(browser.findElement(By.id("plannedAt")).getDomProperty("value")).endsWith("T10:00");
        new Select(browser.findElement(By.id("channel"))).selectByValue("meal");
        browser.findElement(By.id("purpose")).sendKeys(purpose);
        assertNoSidewaysScroll("the plan form");
        Browser.screenshot(browser, "plan-form-" + width);
        Browser.clickAndWait(browser, By.cssSelector("form.plan-form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).endsWith("/today");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Planned: meal with Dana");
        assertThat(browser.findElement(By.cssSelector(".planned-soon")).getText()).contains(purpose)
                .contains("Meal with Dana Decider-Wolkenstein " + marker);
        assertNoSidewaysScroll("Today with a meeting coming up");
        Browser.screenshot(browser, "planned-today-soon-" + width);

        // The next day, an hour after the meeting: did it happen?
        JsonNode meeting = seller.client().get("/api/touchpoints/planned").body().get("items").get(0);
        OffsetDateTime at = OffsetDateTime.parse(meeting.get("plannedAt").asString());
        clock.fixAt(at.plus(Duration.ofHours(1)).toInstant());
        browser.get(api.baseUrl() + "/today");
        WebElement item = browser.findElement(By.cssSelector(".planned-item"));
        assertThat(item.getText()).contains("Did it happen?").contains(purpose).contains("10:00");
        assertNoSidewaysScroll("Today with a meeting to log");
        Browser.screenshot(browser, "planned-today-past-" + width);

        Browser.clickAndWait(browser, By.cssSelector(".planned-item .planned-actions a:first-child"));
        assertThat(browser.findElements(By.cssSelector("#chosen-people .chip span")).stream().map(WebElement::getText))
                .containsExactly("Dana Decider-Wolkenstein " + marker);
        assertThat(browser.findElement(By.id("channel")).getDomProperty("value")).isEqualTo("meal");
        assertThat(browser.findElement(By.cssSelector(".planned-for")).getText()).contains(purpose);
        assertNoSidewaysScroll("the log form for a planned meeting");
        Browser.screenshot(browser, "planned-log-form-" + width);
        Browser.clickAndWait(browser, By.cssSelector("form.log-form button[type=submit]"));

        assertThat(browser.getCurrentUrl()).endsWith("/today");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Meal logged.")
                .contains("The planned meeting is done.");
        assertThat(browser.findElements(By.cssSelector(".planned-item"))).isEmpty();
        JsonNode done = seller.client().get("/api/touchpoints/planned/" + meeting.get("id").asString()).body();
        assertThat(done.get("status").asString()).isEqualTo("done");
        JsonNode logged = seller.client().get("/api/touchpoints/" + done.get("touchpointId").asString()).body();
        assertThat(logged.get("channel").asString()).isEqualTo("meal");
        assertThat(OffsetDateTime.parse(logged.get("occurredAt").asString())).isEqualTo(at);
        assertThat(logged.get("people").valueStream().map(p -> p.get("id").asString()).toList()).isEqualTo(List.of(dana));
    }

    private void assertNoSidewaysScroll(String what) {
        long wide = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(wide).as(what + " is " + wide + " px wide on a " + screen + " px screen").isLessThanOrEqualTo(screen);
    }
}
