package app.handshake.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The what-if card on the person page, on a phone and on a desktop: it opens on "no further touch", and
 * choosing "monthly" redraws the chart with the projection of monthly calls and says so in a sentence that a
 * screen reader hears; the page never scrolls sideways and the Content-Security-Policy refuses nothing.
 */
@HandshakeTest
class WhatIfBrowserTest {

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    ChromeDriver browser;

    @BeforeEach
    void fixTheClock() {
        // Still, so that the chart and the answers read here are worked out at the same moment.
        clock.fixAt(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {390, 1280})
    void choosingMonthlyRedrawsTheChartAndTheSentence(int width) throws IOException {
        NewUser seller = api.newUser("member", null);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply created = seller.client().post("/api/people", Map.of("name", "Emmy Noether-Whatif " + marker));
        String person = created.id();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        log(seller, person, "meal", now.minusDays(12));
        log(seller, person, "phone", now.minusDays(45));

        browser = Browser.start(width, width < 600 ? 844 : 900);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/people/" + person);
        WebElement canvas = drawn();
        WebElement sentence = browser.findElement(By.id("what-if-sentence"));
        assertThat(sentence.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(sentence.getText()).startsWith("No further touch: ");
        String quiet = api.get("/api/people/" + person + "/relationship/what-if").body().get("sentence").asString();
        assertThat(sentence.getText()).isEqualTo(quiet);
        assertThat(chartScores()).isEqualTo(scores(person, ""));
        assertThat(new Select(browser.findElement(By.id("what-if-channel"))).getFirstSelectedOption().getText())
                .isEqualTo("Phone call");
        assertThat(PageProblems.of(browser, "/people/" + person + " at " + width)).isEmpty();
        browser.executeScript("document.getElementById('what-if').scrollIntoView();");
        Browser.screenshot(browser, "what-if-" + width + "-no-touch");

        browser.executeScript("arguments[0].setAttribute('data-before', 'no-touch');", canvas);
        new Select(browser.findElement(By.id("what-if-every"))).selectByVisibleText("monthly");
        // A new canvas, drawn, and the sentence in the same place (the live region) saying what monthly calls do.
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> Boolean.TRUE.equals(browser.executeScript("""
                var c = document.getElementById('what-if-canvas');
                return c !== null && !c.hasAttribute('data-before') && c.getAttribute('data-drawn') === '13';
                """)) && sentence.getText().startsWith("Calling monthly: "));
        String monthly = api.get("/api/people/" + person + "/relationship/what-if?channel=phone&every=P1M")
                .body().get("sentence").asString();
        assertThat(browser.findElement(By.id("what-if-sentence")).getText()).isEqualTo(monthly);
        List<Integer> projected = scores(person, "?channel=phone&every=P1M");
        assertThat(chartScores()).isEqualTo(projected);
        assertThat(projected.getLast()).as("monthly calls keep it up").isGreaterThan(scores(person, "").getLast());
        assertThat(((Number) browser.executeScript("""
                return Object.values(Chart.instances).filter(function (c) { return c.canvas.id === 'what-if-canvas'; }).length;
                """)).intValue()).as("the old chart let go").isEqualTo(1);
        assertThat(browser.findElement(By.cssSelector("#what-if-result details table")).getDomProperty("textContent"))
                .contains("Today", String.valueOf(projected.getLast()));
        assertThat(PageProblems.of(browser, "/people/" + person + " monthly at " + width)).isEmpty();
        browser.executeScript("document.getElementById('what-if').scrollIntoView();");
        Browser.screenshot(browser, "what-if-" + width + "-monthly");
    }

    /** The what-if chart once drawn, with its points. */
    private WebElement drawn() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            Object state = browser.executeScript(
                    "var c = document.getElementById('what-if-canvas'); return c && c.getAttribute('data-drawn');");
            return state != null && !"loading".equals(state);
        });
        WebElement canvas = browser.findElement(By.id("what-if-canvas"));
        assertThat(canvas.getAttribute("data-drawn")).as("points drawn").isEqualTo("13");
        return canvas;
    }

    private List<Integer> chartScores() {
        @SuppressWarnings("unchecked")
        List<Object> data = (List<Object>) browser.executeScript(
                "return Chart.getChart('what-if-canvas').data.datasets[0].data;");
        return data.stream().map(v -> ((Number) v).intValue()).toList();
    }

    private List<Integer> scores(String person, String query) {
        JsonNode points = api.get("/api/people/" + person + "/relationship/what-if" + query).body().get("points");
        List<Integer> scores = new ArrayList<>();
        points.forEach(p -> scores.add(p.get("score").asInt()));
        return scores;
    }

    private static void log(NewUser user, String person, String channel, OffsetDateTime at) {
        Reply logged = user.client().post("/api/touchpoints", Map.of("channel", channel, "occurredAt", at.toString(),
                "personIds", List.of(person)));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
    }
}
