package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** A member signs in, sees only what they may, and signs out; in a real headless Chromium at phone width. */
@HandshakeTest
class SignInBrowserTest {

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Browser.start(390, 844);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void memberSeesSharedAndOwnRecordsButNotAnothersPrivateOnesThenSignsOut() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        NewUser member = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        colleague.client().post("/api/people", Map.of("name", "Shared Lead " + marker));
        colleague.client().post("/api/people", Map.of("name", "Hidden Lead " + marker, "visibility", "private"));
        member.client().post("/api/people", Map.of("name", "My Own Lead " + marker, "visibility", "private"));

        browser.get(api.baseUrl() + "/people");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        Browser.signIn(browser, api.baseUrl(), member.email(), "not-the-password");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("do not match");

        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/people?q=" + marker);
        Browser.screenshot(browser, "member-people-phone");

        assertThat(browser.findElements(By.linkText("Shared Lead " + marker))).hasSize(1);
        assertThat(browser.findElements(By.linkText("My Own Lead " + marker))).hasSize(1);
        assertThat(browser.getPageSource()).doesNotContain("Hidden Lead " + marker);
        assertThat(browser.findElements(By.linkText("Users"))).isEmpty();

        Browser.clickAndWait(browser, By.cssSelector(".who button[type=submit]"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("signed out");
        browser.get(api.baseUrl() + "/people");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void adminCreatesATokenOnTheAccountPageAndItWorks() {
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.get(api.baseUrl() + "/account");
        browser.findElement(By.id("token-name")).sendKeys("Browser token");
        Browser.clickAndWait(browser, By.cssSelector("form[action$='/account/tokens'] button"));

        String secret = browser.findElement(By.id("new-token")).getText();
        assertThat(api.bearer(secret).get("/api/users/me").body().get("email").asString()).isEqualTo(Api.ADMIN_EMAIL);

        // Revoking asks first (the token's own confirmation page).
        Browser.clickAndWait(browser, By.xpath("//tr[td[text()='Browser token']]//a[normalize-space()='Revoke…']"));
        Browser.clickAndWait(browser, By.xpath("//main//button[normalize-space()='Revoke']"));
        assertThat(api.bearer(secret).get("/api/users/me").status()).isEqualTo(401);
    }
}
