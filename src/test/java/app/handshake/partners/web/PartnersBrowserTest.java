package app.handshake.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.PageProblems;
import app.handshake.support.TestClock.SettableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asking "who do my people recommend for a plumber near Lyon" on a phone, in a real Chromium: the partner a trusted
 * relationship recommended comes first, its vouching path names her and her words, and thanking her logs a
 * touchpoint that the notice's Undo deletes again. The pages fit a phone and a desktop without sideways scrolling.
 */
@HandshakeTest
class PartnersBrowserTest {

    private static final Instant NOW = Instant.parse("2026-06-17T09:00:00Z");

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

    @Test
    void aTrustedRecommendationComesFirstShowsWhoVouchesAndHerThanksCanBeUndone() throws IOException {
        clock.fixAt(NOW);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String city = "Lyon " + tag;
        NewUser reader = api.newUser("member", null);
        Client client = reader.client();
        person(client, "Resident " + tag, Map.of("city", city, "country", "France " + tag));
        String anna = person(client, "Anna Berg", null);
        touch(client, anna, "in_person", NOW.minus(Duration.ofDays(365L * 12 + 10)));
        for (int i = 0; i < 6; i++) {
            touch(client, anna, "meal", NOW.minus(Duration.ofDays(2 + 7L * i)));
        }
        String stranger = person(client, "Sven Stranger", null);
        String annasPick = plumber(client, "Rhône Plomberie " + tag, city);
        endorse(client, annasPick, anna, 5, "stayed until it was fixed");
        String other = plumber(client, "Other Pipes " + tag, city);
        endorse(client, other, stranger, 5, "fine");

        browser = Browser.start(390, 844);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), reader.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/partners");
        assertThat(browser.findElement(By.cssSelector("nav.nav a.active")).getText()).isEqualTo("Partners");
        browser.findElement(By.id("need")).sendKeys("plumber");
        browser.findElement(By.id("near")).sendKeys(city);
        Browser.clickAndWait(browser, By.id("referral-search"));

        List<WebElement> names = browser.findElements(By.cssSelector(".referral-result .result-name"));
        assertThat(names).extracting(WebElement::getText).containsExactly("Rhône Plomberie " + tag,
                "Other Pipes " + tag);
        WebElement top = browser.findElements(By.cssSelector(".referral-result")).getFirst();
        assertThat(top.findElement(By.cssSelector(".strongest-path")).getText())
                .isEqualTo("Anna Berg (trusted, 12 years) recommended them in 2024: 'stayed until it was fixed'");
        assertThat(top.findElement(By.cssSelector(".result-what")).getText()).contains("Plumbing", city);
        WebElement howWeKnow = top.findElement(By.cssSelector("details.vouching"));
        assertThat(howWeKnow.findElement(By.cssSelector(".paths")).isDisplayed()).isFalse();
        howWeKnow.findElement(By.tagName("summary")).click();
        WebElement paths = howWeKnow.findElement(By.cssSelector(".paths"));
        assertThat(paths.isDisplayed()).isTrue();
        assertThat(paths.getText()).contains("Anna Berg", "stayed until it was fixed");
        assertNoSidewaysScroll();
        Browser.screenshot(browser, "partners-search-390");

        Browser.clickAndWait(browser, By.cssSelector(".referral-result .result-name"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Rhône Plomberie " + tag);
        // The page names her as the search did: what she is to the reader and for how long.
        assertThat(browser.findElement(By.cssSelector("#endorsements .endorsement .path")).getText())
                .startsWith("Anna Berg (trusted, 12 years) recommended them in 2024");
        assertNoSidewaysScroll();
        Browser.screenshot(browser, "partner-390");
        int before = touchpointsWith(client, anna);
        Browser.clickAndWait(browser, By.cssSelector("#endorsements button.thank"));
        assertThat(browser.findElement(By.cssSelector(".undo-notice")).getText())
                .contains("Thanks to Anna Berg logged");
        assertThat(touchpointsWith(client, anna)).isEqualTo(before + 1);
        Browser.screenshot(browser, "partner-thanked-390");
        Browser.clickAndWait(browser, By.id("undo-thanks"));
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("Undone");
        assertThat(touchpointsWith(client, anna)).isEqualTo(before);

        browser.get(api.baseUrl() + "/partners/" + annasPick);
        wholePage("partner-390", 844);

        // Anna's page says whom she recommends; the organization's page that it is a partner.
        browser.get(api.baseUrl() + "/people/" + anna);
        WebElement recommends = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.cssSelector("#recommends .part")).stream().findFirst().orElse(null));
        assertThat(recommends.getText()).contains("Rhône Plomberie " + tag, "stayed until it was fixed");
        assertNoSidewaysScroll();
        String organization = client.get("/api/partners/" + annasPick).body().get("organizationId").asString();

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.get(api.baseUrl() + "/organizations/" + organization);
        WebElement partnerCard = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.cssSelector("#organization-partner a")).stream().findFirst().orElse(null));
        assertThat(partnerCard.getText()).isEqualTo("Rhône Plomberie " + tag);
        browser.get(api.baseUrl() + "/partners/" + annasPick);
        assertNoSidewaysScroll();
        wholePage("partner-1280", 900);
        browser.get(api.baseUrl() + "/partners?need=plumber&near=" + java.net.URLEncoder.encode(city,
                java.nio.charset.StandardCharsets.UTF_8));
        assertNoSidewaysScroll();
        Browser.screenshot(browser, "partners-search-1280");
        // Filtered by name: other tests' partners share the workspace and fill the first page.
        browser.get(api.baseUrl() + "/partners?q=" + tag);
        assertThat(browser.getPageSource()).contains("Rhône Plomberie " + tag);
        Browser.screenshot(browser, "partners-list-1280");
        assertNoSidewaysScroll();
    }

    /** Pictures of the whole page, a screen at a time, to look at. */
    private void wholePage(String name, int height) throws IOException {
        long tall = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
        for (int part = 0; part * height < tall; part++) {
            browser.executeScript("window.scrollTo(0, arguments[0]);", part * height);
            Browser.screenshot(browser, name + "-" + (part + 1));
        }
        browser.executeScript("window.scrollTo(0, 0);");
    }

    /** Fits the screen without sideways scrolling, with nothing in the console and nothing refused by the CSP. */
    private void assertNoSidewaysScroll() {
        assertThat(PageProblems.of(browser, browser.getCurrentUrl())).isEmpty();
    }

    private static String plumber(Client client, String name, String city) {
        Reply organization = client.post("/api/organizations", Map.of("name", name));
        assertThat(organization.status()).as(organization.raw()).isEqualTo(201);
        Reply partner = client.post("/api/partners", Map.of("organizationId", organization.id()));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);
        Reply specialties = client.put("/api/partners/" + partner.id() + "/specialties",
                Map.of("specialties", List.of("plumber")), partner.etag());
        assertThat(specialties.status()).as(specialties.raw()).isEqualTo(200);
        Reply area = client.post("/api/partners/" + partner.id() + "/areas", Map.of("kind", "city", "place", city));
        assertThat(area.status()).as(area.raw()).isEqualTo(201);
        return partner.id();
    }

    private static void endorse(Client client, String partner, String person, int rating, String said) {
        Reply reply = client.post("/api/partners/" + partner + "/endorsements", Map.of("endorserPersonId", person,
                "rating", rating, "said", said, "endorsedOn", "2024-05-01"));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static String person(Client client, String name, Map<String, Object> location) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "visibility", "shared"));
        if (location != null) {
            body.put("location", location);
        }
        Reply reply = client.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static void touch(Client client, String personId, String channel, Instant at) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId),
                "occurredAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(), "visibility", "shared"));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private static int touchpointsWith(Client client, String personId) {
        return client.get("/api/touchpoints?limit=100&personId=" + personId).body().get("items").size();
    }
}
