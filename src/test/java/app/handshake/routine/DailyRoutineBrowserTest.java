package app.handshake.routine;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.PageProblems;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seller's day and their manager's, walked through the pages on a phone and on a desktop: a Today item acted
 * on by its links, Done with a note, Undo, a touchpoint edited and deleted, a 45-day cadence set and read back,
 * the relationship chart, an account's coverage; then the manager's Team page and a cadence rule set in the
 * pages. No page on the way scrolls sideways, logs an error to the console or is refused by the CSP.
 */
@HandshakeTest
class DailyRoutineBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;
    final List<String> problems = new ArrayList<>();

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {390, 1280})
    void aSellersDayAndTheirManagersInThePages(int width) throws IOException {
        NewUser manager = api.newUser("manager", null);
        NewUser seller = api.newUser("member", manager.id());
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String organization = seller.client().post("/api/organizations", Map.of("name", "Nordwind Logistik " + marker,
                "tier", "strategic")).id();
        String name = "Ingrid Halvorsen " + marker;
        String person = seller.client().post("/api/people", Map.of("name", name, "title", "Head of Procurement",
                "organizationId", organization, "emails", List.of(Map.of("address", "ingrid." + marker + "@nordwind.example")),
                "phones", List.of(Map.of("number", "+47 22 33 44 55", "label", "mobile")))).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 14), "*");
        seller.client().post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(person),
                "summary", "Dinner after the site visit", "occurredAt", OffsetDateTime.now().minusDays(20).toString()));

        browser = Browser.start(width, 900);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);

        // Today: the item can be acted on where it stands.
        open("/today");
        WebElement item = itemOf(person);
        assertThat(item.findElement(By.cssSelector("a[href^='tel:']")).getAttribute("href")).isEqualTo("tel:+4722334455");
        assertThat(item.findElement(By.cssSelector("a[href^='mailto:']")).getAttribute("href"))
                .isEqualTo("mailto:ingrid." + marker + "@nordwind.example");
        assertThat(item.getText()).contains("Nordwind Logistik " + marker, "Dinner after the site visit");
        Browser.screenshot(browser, "routine-today-" + width);

        // Done with a note, then undone; then done again for good.
        done(person, "Called about the renewal");
        Browser.clickAndWait(browser, By.cssSelector(".undo-notice button"));
        checkPage("/today after Undo");
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Undone");
        assertThat(timelineSummaries(seller, person)).doesNotContain("Called about the renewal");
        done(person, "Called about the renewal");
        assertThat(timelineSummaries(seller, person)).contains("Called about the renewal");

        // The touchpoint opened from the person's timeline, edited, then deleted.
        open("/people/" + person);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !page.findElements(By.cssSelector("#timeline li")).isEmpty());
        Browser.clickAndWait(browser, By.xpath("//ol[contains(@class, 'timeline')]/li[contains(., 'Called about the renewal')]"
                + "//a[contains(@href, '/touchpoints/')]"));
        checkPage("the touchpoint");
        Browser.clickAndWait(browser, By.linkText("Edit"));
        checkPage("the touchpoint's edit form");
        WebElement summary = browser.findElement(By.id("summary"));
        summary.clear();
        summary.sendKeys("Called about the renewal, and the new depot");
        Browser.clickAndWait(browser, By.cssSelector("main form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("and the new depot");
        Browser.clickAndWait(browser, By.linkText("Delete"));
        checkPage("the delete confirmation");
        Browser.clickAndWait(browser, By.cssSelector("main form button.danger"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("was deleted");
        assertThat(timelineSummaries(seller, person)).doesNotContain("Called about the renewal, and the new depot");

        // A 45-day cadence, read back; the chart of the relationship.
        open("/people/" + person);
        WebElement days = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElement(By.id("intervalDays")));
        days.clear();
        days.sendKeys("45");
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/cadence'] button[type=submit]"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> "45".equals(
                page.findElement(By.id("intervalDays")).getAttribute("value")));
        assertThat(seller.client().get("/api/people/" + person + "/cadence").body().get("intervalDays").asInt()).isEqualTo(45);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !page.findElements(By.id("relationship-canvas")).isEmpty());
        assertThat(browser.findElement(By.id("relationship-chart-summary")).getText()).isNotBlank();
        checkPage("the person page with its chart");
        Browser.screenshot(browser, "routine-person-" + width);

        // The account: its people and how well the team covers its decision makers.
        open("/organizations/" + organization);
        WebElement coverage = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElement(By.id("coverage")));
        assertThat(coverage.getText()).contains("1", "decision maker");
        checkPage("the organization page");
        browser.quit();

        // The manager: the Team page and a rule set in the pages.
        browser = Browser.start(width, 900);
        Browser.signIn(browser, api.baseUrl(), manager.email(), Api.PASSWORD);
        open("/team");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("Test member");
        open("/cadence-rules");
        new Select(browser.findElement(By.id("kind"))).selectByValue("tag");
        browser.findElement(By.id("value")).sendKeys("renewal-" + marker);
        WebElement interval = browser.findElement(By.id("intervalDays"));
        interval.clear();
        interval.sendKeys("30");
        Browser.clickAndWait(browser, By.cssSelector("main form.card button[type=submit]"));
        checkPage("the rules after adding one");
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("renewal-" + marker);
        assertThat(manager.client().get("/api/cadence-rules").raw()).contains("renewal-" + marker);

        assertThat(problems).as("pages wider than the screen, console errors, CSP refusals").isEmpty();
    }

    private void open(String path) {
        browser.get(api.baseUrl() + path);
        checkPage(path);
    }

    /** Notes what is wrong with the page as it stands: sideways scroll, console errors, CSP refusals. */
    private void checkPage(String what) {
        problems.addAll(PageProblems.of(browser, what));
    }

    private WebElement itemOf(String person) {
        return browser.findElement(By.xpath("//form[contains(@action, '/today/" + person + "/done')]/ancestor::li[1]"));
    }

    private void done(String person, String note) {
        WebElement item = itemOf(person);
        item.findElement(By.cssSelector("details.done-more summary")).click();
        item.findElement(By.cssSelector("input[name=summary]")).sendKeys(note);
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/today/" + person + "/done'] button[type=submit]"));
        checkPage("/today after Done");
        assertThat(browser.findElement(By.cssSelector(".undo-notice")).getText()).contains("Undo");
    }

    private static List<String> timelineSummaries(NewUser user, String person) {
        List<String> summaries = new ArrayList<>();
        user.client().get("/api/people/" + person + "/timeline").body().get("items")
                .forEach(item -> summaries.add(item.path("summary").asText()));
        return summaries;
    }
}
