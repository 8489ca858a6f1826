package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A seller's deal in the pages, in a real Chromium: opened through the form, seen on the board, moved with the
 * phone's menu and by dragging on a desktop, lost with a reason and the competitor who won, reopened and won.
 * No page on the way scrolls sideways or logs an error to the console.
 */
@HandshakeTest
class DealPagesBrowserTest {

    private static final String QUALIFIED = "0193a000-0000-7000-8000-000000000001";
    private static final String DISCOVERY = "0193a000-0000-7000-8000-000000000002";
    private static final String PROPOSAL = "0193a000-0000-7000-8000-000000000003";
    private static final String PRICE = "0193a000-0000-7000-8000-000000000101";

    private static final String WATCH = """
            window.handshakeProblems = window.handshakeProblems || [];
            window.addEventListener('securitypolicyviolation', function (e) {
                window.handshakeProblems.push('CSP refused ' + e.blockedURI + ' (' + e.violatedDirective + ')');
            });
            window.addEventListener('error', function (e) { window.handshakeProblems.push('error: ' + e.message); });
            """;

    @Autowired
    Api api;
    @Autowired
    app.handshake.support.TestClock.SettableClock clock;

    ChromeDriver browser;
    final List<String> problems = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDealIsOpenedMovedLostReopenedAndWonOnAPhone() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Contoso Utilities " + unique)).id();
        client.post("/api/people", Map.of("name", "Dana Decider" + unique, "organizationId", organization));
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);

        open("/deals/new?organizationId=" + organization);
        assertThat(new Select(browser.findElement(By.id("organizationId"))).getFirstSelectedOption().getText())
                .isEqualTo("Contoso Utilities " + unique);
        // The organization list narrows as one types, keeping the one chosen.
        browser.findElement(By.id("organization-q")).sendKeys("Contoso Utilities " + unique);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(
                By.cssSelector("#organizationId option")).size() == 2);
        assertThat(new Select(browser.findElement(By.id("organizationId"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo(organization);
        browser.findElement(By.id("name")).sendKeys("Contact centre for 8 sites " + unique);
        browser.findElement(By.id("amount")).sendKeys("1,250,000.505");
        browser.findElement(By.id("currency")).clear();
        browser.findElement(By.id("currency")).sendKeys("gbp");
        browser.findElement(By.id("decisionMakers-q")).sendKeys("Dana Decider" + unique);
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector("#decisionMakers-options button.option")));
        option.click();
        browser.findElement(By.id("competitors")).sendKeys("Initech\nGlobex");
        submit("main form.deal-form button[type=submit]", "/deals/new refused");

        // Three decimals in pounds are refused, naming the field; the rest of what was typed stays.
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Value has at most 2 decimals in GBP");
        assertThat(browser.findElements(By.cssSelector("#chosen-decisionMakers .chip"))).hasSize(1);
        browser.findElement(By.id("amount")).clear();
        browser.findElement(By.id("amount")).sendKeys("1,250,000.50");
        submit("main form.deal-form button[type=submit]", "the new deal");

        String dealId = browser.getCurrentUrl().replaceAll(".*/deals/", "");
        JsonNode deal = client.get("/api/deals/" + dealId).body();
        assertThat(deal.path("value").path("amount").asLong()).isEqualTo(125_000_050L);
        assertThat(deal.path("value").path("currency").asString()).isEqualTo("GBP");
        assertThat(deal.path("people").get(0).path("role").asString()).isEqualTo("decision_maker");
        assertThat(deal.path("competitors").toString()).contains("Initech", "Globex");
        assertThat(browser.findElement(By.cssSelector(".deal-people")).getText().toLowerCase(java.util.Locale.ROOT))
                .contains("dana decider" + unique, "decision maker", "connection");
        assertThat(browser.findElement(By.cssSelector(".deal-facts")).getText()).contains("GBP 1,250,000.50");

        open("/pipeline?mine=true");
        WebElement card = cardOf(dealId);
        assertThat(columnOf(card)).isEqualTo(QUALIFIED);
        assertThat(browser.findElement(By.cssSelector("[data-stage-id='" + QUALIFIED + "'] .board-sums")).getText())
                .contains("GBP 1,250,000.50", "weighted GBP 125,000.05");
        Browser.screenshot(browser, "deals-board-390");
        new Select(card.findElement(By.name("stageId"))).selectByValue(DISCOVERY);
        submit("li[data-deal-id='" + dealId + "'] form[data-move-form] button", "/pipeline after a move");
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("is now in Discovery");
        assertThat(columnOf(cardOf(dealId))).isEqualTo(DISCOVERY);
        assertThat(stageOf(client, dealId)).isEqualTo(DISCOVERY);

        open("/deals/" + dealId);
        browser.findElement(By.xpath("//details[contains(@class,'close-form')]/summary[text()='Lost']")).click();
        new Select(browser.findElement(By.id("loss-reason"))).selectByValue(PRICE);
        browser.findElement(By.id("loss-note")).sendKeys("Their offer was a third cheaper");
        browser.findElement(By.id("loss-competitor")).sendKeys("Initech");
        submit("#lose-button", "the lost deal");
        deal = client.get("/api/deals/" + dealId).body();
        assertThat(deal.path("outcome").asString()).isEqualTo("lost");
        assertThat(deal.path("lossReason").path("label").asString()).isEqualTo("Price");
        assertThat(deal.path("wonBy").asString()).isEqualTo("Initech");
        assertThat(browser.findElement(By.cssSelector(".deal-outcome")).getText())
                .contains("Lost", "Reason: Price", "Their offer was a third cheaper", "Won by Initech");
        assertThat(browser.findElement(By.cssSelector(".deal-history")).getText()).contains("Lost", "Won by Initech");
        Browser.screenshot(browser, "deal-lost-390");
        assertThat(new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(
                By.cssSelector("#deal-nurture h2"))).getText()).contains("Nurture");

        // A month on, the decision maker is on the seller's Today, marked as nurtured for this deal.
        try {
            clock.fixAt(java.time.Instant.now().plus(Duration.ofDays(31)));
            open("/today");
            WebElement mark = new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(
                    By.cssSelector(".nurture-mark[href$='/deals/" + dealId + "']")));
            assertThat(mark.getText()).contains("Nurture", "Contact centre for 8 sites " + unique);
            assertThat(mark.findElement(By.xpath("ancestor::li[1]")).getText()).contains("Dana Decider" + unique);
            Browser.screenshot(browser, "today-nurture-390");
        } finally {
            clock.reset();
        }

        // Reopening puts the deal back where it was, and the nurture ends.
        open("/deals/" + dealId);
        submit("#reopen-button", "the reopened deal");
        deal = client.get("/api/deals/" + dealId).body();
        assertThat(deal.path("outcome").asString()).isEqualTo("open");
        assertThat(deal.path("stage").path("id").asString()).isEqualTo(DISCOVERY);
        try {
            clock.fixAt(java.time.Instant.now().plus(Duration.ofDays(31)));
            open("/today");
            assertThat(browser.findElements(By.cssSelector(".nurture-mark[href$='/deals/" + dealId + "']"))).isEmpty();
        } finally {
            clock.reset();
        }
        open("/deals/" + dealId);

        browser.findElement(By.xpath("//details[contains(@class,'close-form')]/summary[text()='Won']")).click();
        browser.findElement(By.id("win-note")).sendKeys("Signed at the second attempt");
        submit("#win-button", "the won deal");
        deal = client.get("/api/deals/" + dealId).body();
        assertThat(deal.path("outcome").asString()).isEqualTo("won");
        assertThat(browser.findElement(By.cssSelector(".deal-outcome")).getText()).contains("Won");
        assertThat(browser.findElement(By.cssSelector(".deal-history")).getText())
                .contains("Opened in Qualified", "Moved from Qualified to Discovery", "Lost", "Reopened in Discovery", "Won");
        Browser.screenshot(browser, "deal-won-390");

        open("/deals?outcome=won&mine=true");
        assertThat(browser.findElement(By.id("results")).getText()).contains("Contact centre for 8 sites " + unique);
        Browser.screenshot(browser, "deals-list-390");
        open("/organizations/" + organization);
        waitForCards();
        assertThat(browser.findElement(By.id("deals-card")).getText()).contains("Contact centre for 8 sites " + unique, "Won", "Won back");
        assertThat(problems).as("pages wider than the screen, console errors, CSP refusals").isEmpty();
    }

    @Test
    void aCardIsDraggedToAnotherStageOnADesktop() throws IOException {
        // A new seller's board ("Mine") holds only these deals, so their names need no marker.
        NewUser seller = api.newUser("member", null);
        Client client = seller.client();
        String organization = client.post("/api/organizations", Map.of("name", "Fabrikam")).id();
        String dealId = client.post("/api/deals", Map.of("name", "Warehouse telephony",
                "organizationId", organization, "value", Map.of("amount", 4_200_000L, "currency", "EUR"),
                "expectedClose", "2027-03-31")).id();
        client.post("/api/deals", Map.of("name", "Second warehouse", "organizationId", organization,
                "value", Map.of("amount", 900_000L, "currency", "USD"), "stageId", PROPOSAL));
        String buyer = client.post("/api/people", Map.of("name", "Morgan Buyer", "organizationId", organization)).id();
        client.post("/api/deals", Map.of("name", "Hosted IVR", "organizationId", organization,
                "value", Map.of("amount", 1_200_000L, "currency", "EUR"), "expectedClose", "2027-01-15"));
        client.post("/api/deals", Map.of("name", "Call recording upgrade", "organizationId", organization,
                "value", Map.of("amount", 1_850_000L, "currency", "GBP"), "stageId", DISCOVERY,
                "people", List.of(Map.of("personId", buyer, "role", "decision_maker"))));
        client.post("/api/deals", Map.of("name", "Branch phones, Leeds", "organizationId", organization,
                "value", Map.of("amount", 6_400_000L, "currency", "GBP"), "stageId", "0193a000-0000-7000-8000-000000000004",
                "visibility", "private", "expectedClose", "2026-12-20"));
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);

        open("/pipeline?mine=true");
        assertThat(columnOf(cardOf(dealId))).isEqualTo(QUALIFIED);
        Browser.screenshot(browser, "deals-board-1280-before");
        // Chromium does not start an HTML5 drag from synthetic mouse input, so the test plays the drag's events
        // as the browser would send them; the page's own handlers do the rest.
        browser.executeScript("window.handshakeLeaving = true;");
        browser.executeScript("""
                const card = document.querySelector('li[data-deal-id="' + arguments[0] + '"]');
                const column = document.querySelector('.board-column[data-stage-id="' + arguments[1] + '"]');
                const data = new DataTransfer();
                card.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));
                column.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));
                card.dispatchEvent(new DragEvent('dragend', {bubbles: true, cancelable: true, dataTransfer: data}));
                """, dealId, PROPOSAL);
        waitForNewPage();
        check("/pipeline after a drag");
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("is now in Proposal");
        assertThat(columnOf(cardOf(dealId))).isEqualTo(PROPOSAL);
        assertThat(stageOf(client, dealId)).isEqualTo(PROPOSAL);
        // Two currencies in one column are summed apart, never added together.
        assertThat(browser.findElement(By.cssSelector("[data-stage-id='" + PROPOSAL + "'] .board-sums")).getText())
                .contains("EUR 42,000.00", "USD 9,000.00", "weighted EUR 21,000.00");
        Browser.screenshot(browser, "deals-board-1280");

        open("/deals/" + dealId);
        Browser.screenshot(browser, "deal-1280");

        // Lost by a slip of the hand, and taken back with Undo: the deal is open where it was, and no loss counts.
        browser.findElement(By.xpath("//details[contains(@class,'close-form')]/summary[text()='Lost']")).click();
        new Select(browser.findElement(By.id("loss-reason"))).selectByValue(PRICE);
        submit("#lose-button", "the deal lost by mistake");
        submit(".undo-notice button", "the close undone");
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText()).contains("Undone");
        assertThat(browser.findElement(By.cssSelector(".deal-history")).getText()).contains("Close undone");
        JsonNode undone = client.get("/api/deals/" + dealId).body();
        assertThat(undone.path("outcome").asString()).isEqualTo("open");
        assertThat(undone.path("stage").path("id").asString()).isEqualTo(PROPOSAL);
        assertThat(client.post("/api/deals/" + dealId + "/win", Map.of()).body().path("wonBack").asBoolean()).isFalse();

        open("/deals?mine=true");
        Browser.screenshot(browser, "deals-list-1280");
        assertThat(problems).as("pages wider than the screen, console errors, CSP refusals").isEmpty();
    }

    private void open(String path) {
        browser.get(api.baseUrl() + path);
        check(path);
    }

    private void submit(String button, String what) {
        browser.executeScript("window.handshakeLeaving = true;");
        browser.findElement(By.cssSelector(button)).click();
        waitForNewPage();
        check(what);
    }

    private void waitForNewPage() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(page -> Boolean.TRUE.equals(browser.executeScript(
                        "return window.handshakeLeaving !== true && document.readyState === 'complete';")));
    }

    private void waitForCards() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> Boolean.TRUE.equals(browser.executeScript(
                "return document.readyState === 'complete' && !document.querySelector('.htmx-request')"
                        + " && !!document.getElementById('deals-card');")));
    }

    /** Notes what is wrong with the page as it stands: sideways scroll, console errors, CSP refusals. */
    private void check(String what) {
        browser.executeScript(WATCH);
        long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        long screen = ((Number) browser.executeScript("return window.innerWidth")).longValue();
        if (width > screen) {
            problems.add(what + " is " + width + " px wide on a " + screen + " px screen");
        }
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                problems.add(what + ": " + entry.getLevel() + " " + entry.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) browser.executeScript("return window.handshakeProblems || [];");
        seen.forEach(p -> problems.add(what + ": " + p));
        browser.executeScript("window.handshakeProblems = [];");
    }

    private WebElement cardOf(String dealId) {
        return browser.findElement(By.cssSelector("li.deal-card[data-deal-id='" + dealId + "']"));
    }

    private static String columnOf(WebElement card) {
        return card.findElement(By.xpath("ancestor::div[contains(@class,'board-column')]")).getDomAttribute("data-stage-id");
    }

    private static String stageOf(Client client, String dealId) {
        return client.get("/api/deals/" + dealId).body().path("stage").path("id").asString();
    }
}
