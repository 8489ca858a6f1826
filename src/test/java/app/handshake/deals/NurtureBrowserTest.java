package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * The nurture as a seller sees it, on a phone and on a desktop: the mark on Today where the person stands, and
 * the deal's nurture card with a bar per month, neither wider than the screen.
 */
@HandshakeTest
class NurtureBrowserTest {

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser seller;
    String deal;
    ChromeDriver browser;

    @BeforeEach
    void loseADealHundredDaysAgo() {
        Instant loss = Instant.now().minus(Duration.ofDays(100));
        seller = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String organization = seller.client().post("/api/organizations", Map.of("name",
                "Nordwind Telekommunikationsdienstleistungen " + marker)).id();
        String dana = seller.client().post("/api/people", Map.of("name", "Dana Decider-Wolkenstein " + marker,
                "title", "Head of customer service", "organizationId", organization,
                "phones", List.of(Map.of("number", "+44 20 7946 0000", "label", "mobile")),
                "emails", List.of(Map.of("address", "dana." + marker + "@nordwind.example")))).id();
        String chris = seller.client().post("/api/people", Map.of("name", "Chris Champion " + marker,
                "organizationId", organization)).id();
        try {
            clock.fixAt(loss);
            deal = seller.client().post("/api/deals", Map.of("name", "Contact centre for eight sites " + marker,
                    "organizationId", organization, "nurtureEveryDays", 30, "people", List.of(
                            Map.of("personId", dana, "role", "decision_maker"),
                            Map.of("personId", chris, "role", "champion")))).id();
            assertThat(seller.client().post("/api/deals/" + deal + "/lose", Map.of("reason", "Price",
                    "competitor", "Rival Inc")).status()).isEqualTo(200);
        } finally {
            clock.reset();
        }
        for (int days : List.of(10, 12, 70)) {
            seller.client().post("/api/touchpoints", Map.of("channel", days == 70 ? "phone" : "meal",
                    "personIds", List.of(dana), "occurredAt",
                    OffsetDateTime.ofInstant(loss, ZoneOffset.UTC).plusDays(days).toString()));
        }
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void todayMarksTheNurtureAndTheCardShowsTheMonths(int width) throws IOException {
        browser = Browser.start(width, width < 600 ? 844 : 900);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/today");
        List<String> marks = browser.findElements(By.cssSelector(".nurture-mark")).stream()
                .map(mark -> mark.getText()).toList();
        assertThat(marks).hasSize(2).allMatch(mark -> mark.startsWith("Nurture: Contact centre for eight sites"));
        assertThat(browser.findElement(By.cssSelector(".nurture-mark")).getDomAttribute("href"))
                .isEqualTo("/deals/" + deal);
        assertThat(browser.findElement(By.cssSelector(".agenda")).getText()).doesNotContain("Email:");
        assertNoSidewaysScroll("/today");
        Browser.screenshot(browser, "nurture-today-" + width);

        // The deal page loads the card into its slot; here it is put into Today's page, under the same styles.
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/deals/' + arguments[0] + '/nurture-card').then(r => r.text()).then(html => {
                    document.querySelector('main').insertAdjacentHTML('afterbegin', html);
                    done();
                });""", deal);
        String card = browser.findElement(By.id("deal-nurture")).getText();
        assertThat(card).contains("Kept up").contains("2 of 3 months kept").contains("1 missed")
                .contains("Chris Champion").contains("(decision maker)");
        assertThat(browser.findElements(By.cssSelector("#deal-nurture .nurture-months li"))).hasSize(4);
        assertThat(browser.findElements(By.cssSelector("#deal-nurture .nurture-months li.missed"))).hasSize(1);
        assertNoSidewaysScroll("the nurture card");
        browser.executeScript("document.getElementById('deal-nurture').scrollIntoView()");
        Browser.screenshot(browser, "nurture-card-" + width);
    }

    private void assertNoSidewaysScroll(String what) {
        long wide = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(wide).as(what + " is " + wide + " px wide on a " + screen + " px screen").isLessThanOrEqualTo(screen);
    }
}
