package app.handshake.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager hands a leaving seller's relationships over from the Team page, on a phone and on a desktop: the
 * proposal with the colleague who knows each person best, a confirmation, then the plan's progress; nothing wider
 * than the screen.
 */
@HandshakeTest
class HandOverBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void aManagerHandsOverFromTheTeamPageAcceptsAndSeesTheProgress(int width) throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        NewUser manager = api.newUser("manager", null);
        NewUser seller = api.newUser("member", manager.id());
        NewUser colleague = api.newUser("member", manager.id());
        String person = seller.client().post("/api/people", Map.of("name",
                "Maximiliane Wolkenstein-Rodenegg " + marker)).id();
        for (int i = 1; i <= 2; i++) {
            seller.client().post("/api/touchpoints", Map.of("channel", "in_person", "personIds", List.of(person),
                    "occurredAt", OffsetDateTime.now().minusDays(i).toString()));
        }
        colleague.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(3).toString()));

        browser = Browser.start(width, width < 600 ? 844 : 900);
        Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/team");
        Browser.clickAndWait(browser, By.cssSelector("[data-user='" + seller.id() + "'] a[href*='/hand-overs/new']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Hand over");
        String card = browser.findElement(By.cssSelector("[data-person='" + person + "']")).getText();
        assertThat(card).contains("Maximiliane Wolkenstein-Rodenegg " + marker).containsIgnoringCase("relationship")
                .contains("Also known by");
        assertThat(new Select(browser.findElement(By.id("row-0-owner"))).getFirstSelectedOption()
                .getDomProperty("value")).as("the colleague who knows her best").isEqualTo(colleague.id().toString());
        assertNoSidewaysScroll("the proposal");
        Browser.screenshot(browser, "hand-over-proposal-" + width);

        Browser.clickAndWait(browser, By.xpath("//main//button[normalize-space()='Accept and plan the meetings…']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("over and plan the meetings?");
        assertThat(api.get("/api/people/" + person).body().path("owner").path("id").asString())
                .as("nothing moves before it is confirmed").isEqualTo(seller.id().toString());
        Browser.screenshot(browser, "hand-over-confirm-" + width);
        Browser.clickAndWait(browser, By.xpath("//main//button[normalize-space()='Accept and plan the meetings']"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("1 introduction meeting");
        assertThat(browser.findElement(By.cssSelector(".hand-over-progress")).getText()).contains("0 of 1 met");
        String item = browser.findElement(By.cssSelector("[data-person='" + person + "']")).getText();
        assertThat(item).contains("Not met yet").contains("In person planned");
        assertThat(browser.findElements(By.linkText("Log it"))).hasSize(1);
        assertThat(api.get("/api/people/" + person).body().path("owner").path("id").asString())
                .isEqualTo(colleague.id().toString());
        assertNoSidewaysScroll("the progress");
        Browser.screenshot(browser, "hand-over-progress-" + width);

        Browser.clickAndWait(browser, By.linkText("Log it"));
        assertThat(browser.getCurrentUrl()).contains("/touchpoints/new?plannedTouchpointId=");
    }

    private void assertNoSidewaysScroll(String what) {
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(width).as(what + " fits the screen").isLessThanOrEqualTo(screen);
    }
}
