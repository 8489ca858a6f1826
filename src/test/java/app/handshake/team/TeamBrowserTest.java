package app.handshake.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** The Team page as a manager reads it on a phone and at a desk; a member has none. */
@HandshakeTest
class TeamBrowserTest {

    @Autowired
    Api api;

    @ParameterizedTest
    @CsvSource({"390, 844", "1280, 900"})
    void aManagerSeesTheirReportsOverdueCountAndTiers(int width, int height) throws IOException {
        NewUser manager = api.newUser("manager", null);
        ReportWithFigures seller = ReportWithFigures.of(api, manager, "member");
        ChromeDriver browser = Browser.start(width, height);
        try {
            Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
            Browser.clickAndWait(browser, By.linkText("Team"));

            WebElement card = browser.findElement(By.cssSelector("[data-user='" + seller.report().id() + "']"));
            assertThat(card.findElement(By.cssSelector(".overdue-count")).getText()).isEqualTo("1");
            assertThat(card.findElement(By.cssSelector(".tier-count.trusted dd")).getText()).isEqualTo("1");
            assertThat(card.findElement(By.cssSelector(".tier-count.acquaintance dd")).getText()).isEqualTo("1");
            assertThat(card.findElement(By.cssSelector(".tier-count.relationship dd")).getText()).isEqualTo("0");
            assertThat(card.findElement(By.cssSelector(".tier-count.connection dd")).getText()).isEqualTo("1");
            assertThat(card.findElement(By.cssSelector("[data-channel=meal] meter")).getDomProperty("value"))
                    .isEqualTo("4");
            assertThat(card.findElement(By.cssSelector("[data-channel=email]")).getText()).contains("Email", "1");
            assertThat(card.findElements(By.cssSelector("[data-channel=phone]"))).as("no bar for a channel unused").isEmpty();
            assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Team");

            long scrollWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
            Browser.screenshot(browser, "team-" + width);
            assertThat(scrollWidth).as("no sideways scroll at %d px", width).isLessThanOrEqualTo(screen);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aMemberHasNoTeamLinkAndIsRefusedThePage() throws IOException {
        NewUser member = api.newUser("member", null);
        ChromeDriver browser = Browser.start(390, 844);
        try {
            Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
            browser.get(api.baseUrl() + "/today");
            assertThat(browser.findElements(By.linkText("Team"))).isEmpty();
            assertThat(browser.findElements(By.linkText("Cadence rules"))).isEmpty();

            browser.get(api.baseUrl() + "/team");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not allowed");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("for managers and admins");
        } finally {
            browser.quit();
        }
    }
}
