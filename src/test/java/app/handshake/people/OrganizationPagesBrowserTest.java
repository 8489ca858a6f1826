package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** An organization with its sites, made and edited in the pages, at phone width. */
@HandshakeTest
class OrganizationPagesBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openBrowserSignedIn() throws IOException {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void organizationWithSitesIsCreatedAndEditedKeepingCoordinatesSetThroughTheApi() throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        browser.get(api.baseUrl() + "/organizations/new");
        browser.findElement(By.id("name")).sendKeys("Tri-State Power " + unique);
        browser.findElement(By.id("domain")).sendKeys("https://www.tristate-" + unique + ".example/");
        browser.findElement(By.id("sites0.name")).sendKeys("Control center");
        browser.findElement(By.id("sites0.city")).sendKeys("Omaha");
        browser.findElement(By.id("sites1.name")).sendKeys("Depot");
        browser.findElement(By.id("sites1.city")).sendKeys("Lincoln");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tri-State Power " + unique);
        List<String> sites = browser.findElements(By.cssSelector(".sites li strong")).stream().map(WebElement::getText).toList();
        assertThat(sites).containsExactly("Control center", "Depot");
        assertThat(browser.getPageSource()).contains("tristate-" + unique + ".example");
        Browser.screenshot(browser, "organization-phone");

        String id = browser.getCurrentUrl().replaceAll(".*/", "");
        var read = api.get("/api/organizations/" + id);
        var withCoordinates = Map.of("name", "Tri-State Power " + unique, "sites", List.of(
                Map.of("name", "Control center", "location", Map.of("city", "Omaha", "latitude", 41.2565, "longitude", -95.9345)),
                Map.of("name", "Depot", "location", Map.of("city", "Lincoln"))));
        assertThat(api.put("/api/organizations/" + id, withCoordinates, read.etag()).status()).isEqualTo(200);

        browser.get(api.baseUrl() + "/organizations/" + id + "/edit");
        browser.findElement(By.id("industry")).sendKeys("Utilities");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        var after = api.get("/api/organizations/" + id).body();
        assertThat(after.get("industry").asString()).isEqualTo("Utilities");
        assertThat(after.get("sites").get(0).get("location").get("latitude").decimalValue()).isEqualByComparingTo("41.2565");
        assertThat(after.get("sites").size()).isEqualTo(2);
    }
}
