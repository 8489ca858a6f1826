package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Today, the person page and the quick log, as a seller uses them on a phone. */
@HandshakeTest
class TodayBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;
    NewUser seller;

    @BeforeEach
    void openBrowser() throws IOException {
        seller = api.newUser("member", null);
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void overduePersonIsDoneInOneClickAndLeavesToday() throws IOException {
        String name = "Due Dana " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 14), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(20).toString()));

        browser.get(api.baseUrl() + "/today");
        assertThat(browser.findElement(By.linkText(name)).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("6 days overdue");
        Browser.screenshot(browser, "today-phone");
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/today/" + person + "/done'] button"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("logged");
        assertThat(browser.findElements(By.linkText(name))).isEmpty();
        assertThat(seller.client().get("/api/people/" + person + "/timeline").body().get("items").size()).isEqualTo(2);
    }

    @Test
    void aTouchpointLoggedFromThePersonPageShowsOnItsTimelineAndScore() throws IOException {
        String name = "Met Max " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();

        browser.get(api.baseUrl() + "/people/" + person);
        Browser.clickAndWait(browser, By.linkText("+ Log a touchpoint"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("channel"))).selectByVisibleText("Meal");
        browser.findElement(By.id("summary")).sendKeys("Lunch by the river");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(page -> page.findElements(By.cssSelector("#timeline li")).size() == 1);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Meal", "Lunch by the river");
        assertThat(browser.findElement(By.id("relationship")).getText()).contains("Last met in person today");
        Browser.screenshot(browser, "person-after-log-phone");
    }

    @Test
    void aTodayItemShowsTheOrganizationTheWaysToReachThemAndTheLastTouchpoint() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String account = seller.client().post("/api/organizations", Map.of("name", "Harbour Logistics " + tag)).id();
        String name = "Reach Rita " + tag;
        String person = seller.client().post("/api/people", Map.of("name", name, "title", "Head of IT",
                "organizationId", account,
                "emails", List.of(Map.of("address", "rita." + tag + "@harbour.example", "label", "work")),
                "phones", List.of(Map.of("number", "+1 (612) 555-0142", "label", "mobile")))).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 14), "*");
        String email = seller.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(20).toString(), "summary", "Sent the rollout plan")).id();

        browser.get(api.baseUrl() + "/today");
        WebElement item = itemOf(person);
        assertThat(item.getText()).contains("Head of IT at Harbour Logistics " + tag);
        assertThat(item.findElement(By.linkText("Harbour Logistics " + tag)).getAttribute("href"))
                .endsWith("/organizations/" + account);
        assertThat(item.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href"))
                .isEqualTo("tel:+16125550142");
        assertThat(item.findElement(By.cssSelector("a[href^='sms:']")).getAttribute("href"))
                .isEqualTo("sms:+16125550142");
        assertThat(item.findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href"))
                .isEqualTo("mailto:rita." + tag + "@harbour.example");
        assertThat(item.findElement(By.cssSelector(".agenda-last")).getText())
                .isEqualTo("Last: Email, 20 days ago · Sent the rollout plan");
        Browser.screenshot(browser, "today-item-phone");

        // Someone with no number and no address gets no dead links.
        String bare = seller.client().post("/api/people", Map.of("name", "Bare Ben " + tag)).id();
        seller.client().put("/api/people/" + bare + "/cadence", Map.of("intervalDays", 14), "*");
        browser.get(api.baseUrl() + "/today");
        assertThat(itemOf(bare).findElements(By.cssSelector("a[href^='tel:'], a[href^='mailto:'], a[href^='sms:']")))
                .isEmpty();
        assertThat(itemOf(bare).getText()).contains("No touchpoint with them yet");

        ChromeDriver desktop = Browser.start(1280, 900);
        try {
            Browser.signIn(desktop, api.baseUrl(), seller.email(), Api.PASSWORD);
            desktop.get(api.baseUrl() + "/today");
            desktop.findElement(By.cssSelector("details.done-more summary")).click();
            Browser.screenshot(desktop, "today-item-desktop");
            desktop.get(api.baseUrl() + "/touchpoints/" + email);
            Browser.screenshot(desktop, "touchpoint-desktop");
        } finally {
            desktop.quit();
        }
    }

    @Test
    void doneTakesANoteAndWhoReachedOutAndUndoPutsScoreAndDueDateBack() throws IOException {
        String name = "Undo Una " + UUID.randomUUID().toString().substring(0, 6);
        String person = seller.client().post("/api/people", Map.of("name", name)).id();
        // Asks for a meeting in person and has never had one: due since the cadence was set, whatever was written.
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 30, "channel", "in_person"), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(50).toString()));
        JsonNode cadenceBefore = seller.client().get("/api/people/" + person + "/cadence").body();
        JsonNode teamBefore = seller.client().get("/api/people/" + person + "/relationship").body().get("team");

        browser.get(api.baseUrl() + "/today");
        WebElement item = itemOf(person);
        item.findElement(By.cssSelector("details.done-more summary")).click();
        item.findElement(By.cssSelector("input[name=summary]")).sendKeys("Coffee at their office, they asked for a demo");
        item.findElement(By.cssSelector("input[name=initiatedBy][value=them]")).click();
        Browser.screenshot(browser, "today-done-note-phone");
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/today/" + person + "/done'] button[type=submit]"));

        JsonNode timeline = seller.client().get("/api/people/" + person + "/timeline").body().get("items");
        assertThat(timeline.size()).isEqualTo(2);
        assertThat(timeline.get(0).get("summary").asString()).isEqualTo("Coffee at their office, they asked for a demo");
        assertThat(timeline.get(0).get("initiatedBy").asString()).isEqualTo("them");
        assertThat(timeline.get(0).get("channel").asString()).isEqualTo("in_person");
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("dueAt").asString())
                .isNotEqualTo(cadenceBefore.get("dueAt").asString());
        assertThat(browser.findElements(By.linkText(name))).isEmpty();
        WebElement notice = browser.findElement(By.cssSelector(".undo-notice"));
        assertThat(notice.getAttribute("role")).isEqualTo("status");
        assertThat(notice.getText()).contains("In person with " + name + " logged.");
        Browser.screenshot(browser, "today-undo-phone");

        // Still there after reading something else: the Undo lasts a while, not one page.
        browser.get(api.baseUrl() + "/people");
        browser.get(api.baseUrl() + "/today");
        Browser.clickAndWait(browser, By.cssSelector(".undo-notice button"));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Undone");
        assertThat(browser.findElements(By.cssSelector(".undo-notice"))).isEmpty();
        assertThat(browser.findElement(By.linkText(name)).isDisplayed()).isTrue();
        assertThat(seller.client().get("/api/people/" + person + "/timeline").body().get("items").size()).isEqualTo(1);
        JsonNode cadenceAfter = seller.client().get("/api/people/" + person + "/cadence").body();
        assertThat(cadenceAfter.get("dueAt").asString()).isEqualTo(cadenceBefore.get("dueAt").asString());
        JsonNode teamAfter = seller.client().get("/api/people/" + person + "/relationship").body().get("team");
        assertThat(teamAfter.get("score").asInt()).isEqualTo(teamBefore.get("score").asInt());
        assertThat(teamAfter.get("tier").asString()).isEqualTo(teamBefore.get("tier").asString());
        assertThat(teamAfter.get("lastTouchAt").asString()).isEqualTo(teamBefore.get("lastTouchAt").asString());
    }

    @Test
    void aTouchpointOpensFromTheTimelineIsEditedAndDeletedAfterConfirmation() throws IOException {
        String name = "Edit Eda " + UUID.randomUUID().toString().substring(0, 6);
        String account = seller.client().post("/api/organizations", Map.of("name", "Eda's Firm " + name)).id();
        String person = seller.client().post("/api/people", Map.of("name", name, "organizationId", account)).id();
        String touchpoint = seller.client().post("/api/touchpoints", Map.of("channel", "phone",
                "personIds", List.of(person), "occurredAt", OffsetDateTime.now().minusDays(3).toString(),
                "summary", "Mis-tapped call", "organizationId", account, "userIds", List.of(seller.id().toString()),
                "notes", "Line one\nLine two")).id();

        browser.get(api.baseUrl() + "/people/" + person);
        Browser.clickAndWait(browser, By.cssSelector("#timeline a[href$='/touchpoints/" + touchpoint + "']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Phone call with " + name);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Mis-tapped call", "We did",
                "Eda's Firm " + name, "From the team", "Line one\nLine two");
        Browser.screenshot(browser, "touchpoint-phone");

        JsonNode before = seller.client().get("/api/touchpoints/" + touchpoint).body();
        Browser.clickAndWait(browser, By.linkText("Edit"));
        assertThat(browser.findElements(By.id("personId"))).isEmpty();
        WebElement summary = browser.findElement(By.id("summary"));
        summary.clear();
        summary.sendKeys("A short call about the renewal");
        Browser.screenshot(browser, "touchpoint-edit-phone");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        assertThat(browser.getCurrentUrl()).endsWith("/touchpoints/" + touchpoint);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("A short call about the renewal");
        JsonNode stored = seller.client().get("/api/touchpoints/" + touchpoint).body();
        assertThat(stored.get("summary").asString()).isEqualTo("A short call about the renewal");
        assertThat(stored.get("people").get(0).get("id").asString()).isEqualTo(person);
        assertThat(stored.get("organizationId").asString()).isEqualTo(account);
        assertThat(stored.get("users").size()).isEqualTo(1);
        assertThat(stored.get("notes").asString()).isEqualTo("Line one\nLine two");
        assertThat(stored.get("occurredAt").asString()).isEqualTo(before.get("occurredAt").asString());

        Browser.clickAndWait(browser, By.linkText("Delete"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Delete this phone call with " + name);
        assertThat(seller.client().get("/api/touchpoints/" + touchpoint).status()).isEqualTo(200);
        Browser.clickAndWait(browser, By.cssSelector("main button.danger"));
        assertThat(browser.getCurrentUrl()).endsWith("/people/" + person);
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("was deleted");
        assertThat(seller.client().get("/api/touchpoints/" + touchpoint).status()).isEqualTo(404);
        assertThat(browser.getPageSource()).doesNotContain("A short call about the renewal");
    }

    @Test
    void anotherMemberReadsASharedTouchpointButChangesNothingAndNeverSeesAPrivateOne() throws IOException {
        String person = seller.client().post("/api/people", Map.of("name", "Shared Sid " + UUID.randomUUID())).id();
        String shared = seller.client().post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(2).toString(), "summary", "Lunch with Sid")).id();
        String hidden = seller.client().post("/api/touchpoints", Map.of("channel", "phone", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(1).toString(), "summary", "Private word about pricing",
                "visibility", "private")).id();
        NewUser colleague = api.newUser("member", null);
        browser.quit();
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), colleague.email(), Api.PASSWORD);

        browser.get(api.baseUrl() + "/touchpoints/" + shared);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lunch with Sid")
                .contains("Only the one who logged it, their manager or an admin may change it");
        assertThat(browser.findElements(By.linkText("Edit"))).isEmpty();
        assertThat(browser.findElements(By.linkText("Delete"))).isEmpty();
        browser.get(api.baseUrl() + "/touchpoints/" + shared + "/edit");
        assertThat(browser.getPageSource()).doesNotContain("id=\"summary\"").doesNotContain("Lunch with Sid");

        browser.get(api.baseUrl() + "/touchpoints/" + hidden);
        assertThat(browser.getPageSource()).doesNotContain("Private word about pricing");
        browser.get(api.baseUrl() + "/people/" + person);
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Lunch with Sid")
                .doesNotContain("Private word about pricing");
        assertThat(browser.findElements(By.cssSelector("#timeline a[href$='/touchpoints/" + hidden + "']"))).isEmpty();

        // Nor by sending the forms themselves.
        var session = app.handshake.support.WebSession.signIn(api.baseUrl(), colleague.email(), Api.PASSWORD);
        String csrf = session.csrfFrom("/today");
        assertThat(session.get("/touchpoints/" + hidden).statusCode()).isEqualTo(404);
        assertThat(session.get("/touchpoints/" + hidden + "/edit").statusCode()).isEqualTo(404);
        assertThat(session.get("/touchpoints/" + shared + "/edit").statusCode()).isEqualTo(403);
        assertThat(session.postForm("/touchpoints/" + hidden, Map.of("_csrf", csrf, "channel", "phone",
                "occurredAt", "2026-01-01T10:00", "summary", "changed", "version", "0")).statusCode()).isEqualTo(404);
        assertThat(session.postForm("/touchpoints/" + shared, Map.of("_csrf", csrf, "channel", "phone",
                "occurredAt", "2026-01-01T10:00", "summary", "changed", "version", "0")).statusCode()).isEqualTo(403);
        assertThat(session.postForm("/touchpoints/" + shared + "/delete", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(403);
        assertThat(session.postForm("/touchpoints/" + hidden + "/delete", Map.of("_csrf", csrf)).statusCode())
                .isEqualTo(404);
        assertThat(seller.client().get("/api/touchpoints/" + shared).body().get("summary").asString())
                .isEqualTo("Lunch with Sid");
        assertThat(seller.client().get("/api/touchpoints/" + hidden).body().get("summary").asString())
                .isEqualTo("Private word about pricing");
    }

    private WebElement itemOf(String person) {
        return browser.findElement(By.xpath("//li[contains(@class,'agenda-item')][.//a[@href='/people/" + person + "']]"));
    }
}
