package app.handshake.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The advisor as a seller meets it, on a phone and on a desktop: the advice on Today, acted on where it stands
 * (dismissed, then taken back with Undo), the deal's own advice on its page, and the advisor's page; none wider
 * than the screen.
 */
@HandshakeTest
class AdvisorBrowserTest {

    @Autowired
    Api api;

    NewUser seller;
    String deal;
    String marker;
    ChromeDriver browser;

    @BeforeEach
    void aBigDealWhoseDecisionMakerNobodyMet() {
        seller = api.newUser("member", null);
        marker = UUID.randomUUID().toString().substring(0, 6);
        String organization = seller.client().post("/api/organizations", Map.of("name",
                "Nordwind Telekommunikationsdienstleistungen " + marker)).id();
        String dana = seller.client().post("/api/people", Map.of("name", "Dana Decider-Wolkenstein " + marker,
                "organizationId", organization)).id();
        deal = seller.client().post("/api/deals", Map.of("name", "Kontaktcenter für acht Standorte " + marker,
                "organizationId", organization, "value", Map.of("amount", 250_000_000, "currency", "GBP"),
                "people", List.of(Map.of("personId", dana, "role", "decision_maker")))).id();
        seller.client().post("/api/touchpoints", Map.of("channel", "video", "personIds", List.of(dana),
                "occurredAt", java.time.OffsetDateTime.now().minusDays(2).toString()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void theAdviceStandsOnTodayIsDismissedWhereItStandsAndUndoneAndShowsOnTheDeal(int width) throws IOException {
        browser = Browser.start(width, width < 600 ? 844 : 900);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/today");
        browser.findElement(By.cssSelector("#advisor-today .advice"));
        String advice = browser.findElement(By.id("advisor-today")).getText();
        assertThat(advice).contains("Meet in person").contains("Meet Dana Decider-Wolkenstein " + marker + " in person")
                .contains("Nobody on the team has met Dana Decider-Wolkenstein " + marker)
                .contains("GBP 2,500,000.00");
        assertNoSidewaysScroll("Today with its advice");
        Browser.screenshot(browser, "advisor-today-" + width);

        Browser.clickAndWait(browser, By.cssSelector("#advisor-today .advice button[aria-label^='Dismiss']"));
        browser.findElement(By.cssSelector("#advisor-today .undo-notice"));
        assertThat(browser.findElement(By.id("advisor-today")).getText()).contains("Dismissed")
                .doesNotContain("Nobody on the team has met");
        assertThat(seller.client().get("/api/advisor/recommendations?held=true&kind=meet_in_person&subjectId=" + deal)
                .raw()).contains("\"as\":\"dismissed\"");
        Browser.clickAndWait(browser, By.cssSelector("#advisor-today .undo-notice button"));
        browser.findElement(By.cssSelector("#advisor-today .advice"));
        assertThat(browser.findElement(By.id("advisor-today")).getText()).contains("Nobody on the team has met");

        // One tap plans the meeting a week ahead; the advice then carries it, and Today lists it.
        Browser.clickAndWait(browser, By.cssSelector("#advisor-today .advice button[aria-label^='Plan a meeting']"));
        browser.findElement(By.cssSelector("#advisor-today .undo-notice"));
        assertThat(browser.findElement(By.id("advisor-today")).getText()).contains("Meeting planned for")
                .contains("Log it");
        assertThat(browser.findElement(By.cssSelector(".planned")).getText())
                .contains("Meet Dana Decider-Wolkenstein " + marker + " in person");
        Browser.screenshot(browser, "advisor-planned-" + width);

        browser.get(api.baseUrl() + "/deals/" + deal);
        browser.findElement(By.cssSelector("#advisor-deal .advice"));
        assertThat(browser.findElement(By.id("advisor-deal")).getText()).contains("Meet Dana Decider-Wolkenstein");
        assertNoSidewaysScroll("the deal page with its advice");

        browser.get(api.baseUrl() + "/advisor");
        assertThat(browser.findElements(By.cssSelector(".advice"))).anyMatch(e -> e.getText().contains(marker));
        assertNoSidewaysScroll("the advisor page");
        Browser.screenshot(browser, "advisor-page-" + width);
    }

    private void assertNoSidewaysScroll(String what) {
        long wide = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(wide).as(what + " is " + wide + " px wide on a " + screen + " px screen").isLessThanOrEqualTo(screen);
    }
}
