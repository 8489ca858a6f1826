package app.handshake.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** Revoking a token and disabling a user are asked for twice; an admin is never offered to disable themselves. */
@HandshakeTest
class ConfirmationsBrowserTest {

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
    void aTokenIsRevokedOnlyAfterConfirming() throws IOException {
        var seller = api.newUser("member", null);
        String name = "script-" + UUID.randomUUID().toString().substring(0, 6);
        String secret = seller.client().post("/api/tokens", Map.of("name", name)).body().path("token").asString();
        assertThat(api.bearer(secret).get("/api/users/me").status()).isEqualTo(200);

        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), seller.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/account");
        Browser.clickAndWait(browser, By.linkText("Revoke…"));
        Browser.screenshot(browser, "token-revoke-confirm-phone-390");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Revoke the token " + name + "?");
        assertThat(api.bearer(secret).get("/api/users/me").status()).as("asking revokes nothing").isEqualTo(200);

        Browser.clickAndWait(browser, By.linkText("Cancel"));
        assertThat(api.bearer(secret).get("/api/users/me").status()).as("cancelled").isEqualTo(200);

        Browser.clickAndWait(browser, By.linkText("Revoke…"));
        Browser.clickAndWait(browser, By.xpath("//main//button[normalize-space()='Revoke']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("revoked");
        assertThat(api.bearer(secret).get("/api/users/me").status()).isEqualTo(401);
    }

    @Test
    void aUserIsDisabledOnlyAfterConfirmingAndAnAdminIsNotOfferedThemselves() throws IOException {
        var colleague = api.newUser("member", null);
        String displayName = api.get("/api/users/" + colleague.id()).body().path("displayName").asString();
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.get(api.baseUrl() + "/users");
        String adminRow = browser.findElement(By.xpath("//tr[.//*[normalize-space()='" + Api.ADMIN_EMAIL + "']]")).getText();
        assertThat(adminRow).contains("You").doesNotContain("Disable");

        browser.get(api.baseUrl() + "/users/" + colleague.id() + "/disable");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Disable " + displayName + "?");
        assertThat(api.get("/api/users/" + colleague.id()).body().path("enabled").asBoolean()).isTrue();
        Browser.clickAndWait(browser, By.xpath("//main//button[normalize-space()='Disable']"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("is disabled");
        assertThat(api.get("/api/users/" + colleague.id()).body().path("enabled").asBoolean()).isFalse();
    }
}
