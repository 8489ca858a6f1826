package app.handshake.partners.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import app.handshake.support.PageProblems;
import app.handshake.support.WebSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a phone, the partner forms choose their person, and the person page its partner, by typing: any of a large
 * workspace's people and partners can be found (these sort after the hundreds the other tests make), a second choice
 * replaces the first, a form sent without one says so, and a colleague's private person is never offered.
 */
@HandshakeTest
class PartnerPickersBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void peopleAndPartnersAreChosenByTypingOneAtATimeAndOnlyThoseOneMaySee() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        NewUser reader = api.newUser("member", null);
        Client client = reader.client();
        String first = person(client, "Zz Picked First " + tag, "shared");
        String second = person(client, "Zz Picked Second " + tag, "shared");
        person(api.newUser("member", null).client(), "Zz Hidden " + tag, "private");
        Reply organization = client.post("/api/organizations", Map.of("name", "Zz Pickwick Plumbing " + tag));
        Reply partner = client.post("/api/partners", Map.of("organizationId", organization.id()));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);

        // The options say only what the reader may see, and only for the forms' own fields.
        WebSession session = WebSession.signIn(api.baseUrl(), reader.email(), Api.PASSWORD);
        assertThat(session.get("/partners/people-options?field=personId&q=Zz+Hidden+" + tag).body())
                .contains("Nobody found").doesNotContain("Zz Hidden");
        assertThat(session.get("/partners/people-options?field=password&q=Zz").statusCode()).isEqualTo(400);

        browser = Browser.start(390, 844);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), reader.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/partners/" + partner.id());
        WebElement form = browser.findElement(By.cssSelector("#endorsements details.add-part"));
        form.findElement(By.tagName("summary")).click();
        assertThat(PageProblems.of(browser, "the partner page")).isEmpty();

        // Sent without a person, the form comes back saying who is missing (its refusal is the console's only line).
        Browser.clickAndWait(browser, By.cssSelector("#endorsements form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("#endorsements .picker .error")).getText()).isNotBlank();
        assertThat(PageProblems.of(browser, "the refused form")).allMatch(p -> p.contains("status of 422"));

        choose("endorsement-person", "Zz Picked First " + tag);
        choose("endorsement-person", "Zz Picked Second " + tag);
        assertThat(browser.findElements(By.cssSelector("#endorsement-person-chosen .chip")))
                .extracting(WebElement::getText).singleElement().asString().startsWith("Zz Picked Second " + tag);
        assertThat(PageProblems.of(browser, "the partner page")).isEmpty();
        Browser.screenshot(browser, "partner-picker-390");
        Browser.clickAndWait(browser, By.cssSelector("#endorsements form button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector(".alert.notice")).getText())
                .contains("The recommendation by Zz Picked Second " + tag + " was recorded");
        assertThat(client.get("/api/partners/" + partner.id() + "/endorsements").body().get("items"))
                .extracting(e -> e.get("endorserPersonId").asString()).containsExactly(second);

        // The first person's page records whom she recommends, the partner found by its name.
        browser.get(api.baseUrl() + "/people/" + first);
        WebElement card = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.cssSelector("#recommends details.add-part")).stream().findFirst().orElse(null));
        card.findElement(By.tagName("summary")).click();
        choose("recommend-partner", "Zz Pickwick Plumbing " + tag);
        assertThat(PageProblems.of(browser, "the person page")).isEmpty();
        Browser.clickAndWait(browser, By.cssSelector("#recommends form button[type=submit]"));
        assertThat(browser.getPageSource()).contains("Recorded: Zz Picked First " + tag + " recommends Zz Pickwick"
                + " Plumbing " + tag);
        assertThat(client.get("/api/partners/" + partner.id() + "/endorsements").body().get("items"))
                .extracting(e -> e.get("endorserPersonId").asString()).containsExactlyInAnyOrder(first, second);

        // The same form on a desktop.
        browser.quit();
        browser = Browser.start(1280, 900);
        PageProblems.watch(browser);
        Browser.signIn(browser, api.baseUrl(), reader.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/partners/" + partner.id());
        browser.findElement(By.cssSelector("#endorsements details.add-part summary")).click();
        choose("endorsement-person", "Zz Picked First " + tag);
        assertThat(PageProblems.of(browser, "the partner page on a desktop")).isEmpty();
        Browser.screenshot(browser, "partner-picker-1280");
    }

    /** Types the name into the picker, waits for it among the options, and chooses it. */
    private void choose(String picker, String name) {
        WebElement search = browser.findElement(By.id(picker));
        search.clear();
        search.sendKeys(name);
        WebElement option = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.findElements(
                By.cssSelector("#" + picker + "-options button.option")).stream()
                .filter(o -> o.getText().startsWith(name)).findFirst().orElse(null));
        option.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(page -> page.findElements(
                By.cssSelector("#" + picker + "-chosen .chip")).stream().anyMatch(c -> c.getText().startsWith(name)));
    }

    private static String person(Client client, String name, String visibility) {
        Reply reply = client.post("/api/people", Map.of("name", name, "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }
}
