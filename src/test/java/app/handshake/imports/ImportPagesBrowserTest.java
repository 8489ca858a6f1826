package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Browser;
import app.handshake.support.WebSession;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

@HandshakeTest
class ImportPagesBrowserTest {

    @Autowired
    Api api;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDryRunThenTheImportShowTheirOutcomeAndTheSkippedRecords() throws IOException {
        Api.NewUser member = api.newUser("member", null);
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        // LinkedIn's layout with names of this test's own: the API tests import the fixture itself.
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Path linkedin = java.nio.file.Files.createTempFile("linkedin_connections", ".csv");
        java.nio.file.Files.writeString(linkedin, "Notes:\r\n\"Some addresses may be missing.\"\r\n\r\n"
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                + "Amara,Okafor" + tag + ",https://www.linkedin.com/in/a,amara." + tag + "@example.org,Northwind,CEO,07 Dec 2025\r\n"
                + "Jonas,Lind" + tag + ",https://www.linkedin.com/in/j,,Fabrikam,CTO,12 Mar 2024\r\n");

        browser.get(api.baseUrl() + "/imports");
        browser.findElement(By.id("file")).sendKeys(linkedin.toString());
        browser.findElement(By.name("dryRun")).click();
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        String page = finished();
        assertThat(page).contains("dry run: nothing was stored").contains("LinkedIn");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Created 2");
        assertThat(api.as(member.email(), Api.PASSWORD).get("/api/people?q=Okafor" + tag).body().path("items")).isEmpty();

        browser.get(api.baseUrl() + "/imports");
        browser.findElement(By.id("file")).sendKeys(linkedin.toString());
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        finished();
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Created 2");
        Browser.screenshot(browser, "import-desktop");

        browser.get(api.baseUrl() + "/imports");
        assertThat(browser.findElements(By.cssSelector("table.list tbody tr"))).hasSize(2);
        assertThat(browser.findElement(By.linkText("People as vCard")).getAttribute("href")).endsWith("/api/exports/people.vcf");
        assertThat(browser.findElements(By.id("passphrase"))).as("only admins back up").isEmpty();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        Browser.screenshot(browser, "imports-phone");
    }

    @Test
    void aFileThatIsCutOffShowsWhereAndThatNothingWasImported() throws IOException {
        Api.NewUser member = api.newUser("member", null);
        browser = Browser.start(390, 844);
        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        Path cut = java.nio.file.Files.createTempFile("cut", ".csv");
        java.nio.file.Files.writeString(cut, "Name,Email\nAda,ada@example.com\nBo,\"bo@exa");
        browser.get(api.baseUrl() + "/imports");
        browser.findElement(By.id("file")).sendKeys(cut.toString());
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        assertThat(finished()).contains("line 3").contains("Nothing was imported");
        Browser.screenshot(browser, "import-failed-phone");
    }

    @Test
    void dealsChosenAsDealsCsvAreImportedFromThePageAndTheExportIsOffered() throws IOException {
        Api.NewUser member = api.newUser("member", null);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Path deals = java.nio.file.Files.createTempFile("pipeline", ".csv");
        java.nio.file.Files.writeString(deals, "name,organization,stage,value,currency,outcome,loss_reason\n"
                + "Rollout " + tag + ",Fabrikam " + tag + ",Proposal,\"48,000.00\",EUR,,\n"
                + "Pilot " + tag + ",Fabrikam " + tag + ",,5000,EUR,lost,Price\n");
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/imports");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("format"))).selectByVisibleText("Deals (CSV)");
        browser.findElement(By.id("file")).sendKeys(deals.toString());
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(finished()).contains("succeeded").contains("Deals (CSV)");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Created 2");
        Browser.screenshot(browser, "import-deals-desktop");
        assertThat(api.as(member.email(), Api.PASSWORD).get("/api/deals?q=" + tag).body().path("items")).hasSize(2);
        browser.get(api.baseUrl() + "/imports");
        assertThat(browser.findElement(By.linkText("Deals as CSV")).getAttribute("href")).endsWith("/api/exports/deals.csv");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("format"))).selectByVisibleText("Deals (CSV)");
        Browser.screenshot(browser, "import-deals-phone");
    }

    @Test
    void partnersChosenOnThePageAreImportedAndBothPartnersExportsAreOffered() throws IOException {
        Api.NewUser member = api.newUser("member", null);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Path partners = java.nio.file.Files.createTempFile("partners", ".csv");
        java.nio.file.Files.writeString(partners, "name,kind,organization,specialties,areas,certifications\n"
                + "Lakeside Plumbing " + tag + ",company,Lakeside Plumbing " + tag + ",plumber; heating,"
                + "\"city:Minneapolis; radius:44.98,-93.27,40\",Master Plumber|Minnesota DLI|2027-05-01\n"
                + "Twin Cities IT " + tag + ",company,Twin Cities IT " + tag + ",it support,region:MN,\n");
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/imports");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("format")))
                .selectByVisibleText("Partners (CSV)");
        browser.findElement(By.id("file")).sendKeys(partners.toString());
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(finished()).contains("succeeded").contains("Partners (CSV)");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Created 2");
        Browser.screenshot(browser, "import-partners-desktop");
        assertThat(api.as(member.email(), Api.PASSWORD).get("/api/partners?q=" + tag).body().path("items"))
                .hasSize(2);
        browser.get(api.baseUrl() + "/imports");
        assertThat(browser.findElement(By.linkText("Partners as CSV")).getAttribute("href"))
                .endsWith("/api/exports/partners.csv");
        assertThat(browser.findElement(By.linkText("Endorsements as CSV")).getAttribute("href"))
                .endsWith("/api/exports/endorsements.csv");
        Browser.screenshot(browser, "import-partners-form-desktop");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("format")))
                .selectByVisibleText("Endorsements (CSV)");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "import-partners-phone");
    }

    @Test
    void usageIsImportedIntoTheDeploymentChosenOnThePage() throws IOException {
        Api.NewUser member = api.newUser("member", null);
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        Api.Client client = member.client();
        String organization = client.post("/api/organizations", java.util.Map.of("name", "Harbour Foods " + tag)).id();
        String deal = client.post("/api/deals", java.util.Map.of("name", "Rollout " + tag, "organizationId",
                organization)).id();
        assertThat(client.post("/api/deals/" + deal + "/win", java.util.Map.of()).status()).isEqualTo(200);
        String deployment = client.get("/api/deployments?dealId=" + deal).body().path("items").get(0).path("id")
                .asString();
        assertThat(client.post("/api/deployments/" + deployment + "/sites", java.util.Map.of("name", "Leeds",
                "licensedSeats", 20)).status()).isEqualTo(201);
        StringBuilder lines = new StringBuilder("Site,Date,Active users,Reports run\n");
        for (int i = 0; i < 14; i++) {
            lines.append("Leeds,").append(java.time.LocalDate.of(2026, 3, 2).plusDays(i)).append(",15,").append(30 + i)
                    .append('\n');
        }
        Path usage = java.nio.file.Files.createTempFile("usage", ".csv");
        java.nio.file.Files.writeString(usage, lines);

        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), member.email(), Api.PASSWORD);
        browser.get(api.baseUrl() + "/imports");
        assertThat(browser.findElement(By.id("deploymentId")).isDisplayed()).as("only for usage").isFalse();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("format"))).selectByVisibleText("Usage (CSV)");
        assertThat(browser.findElement(By.id("deploymentId")).isDisplayed()).isTrue();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("deploymentId")))
                .selectByVisibleText("Rollout " + tag + " · Harbour Foods " + tag);
        browser.findElement(By.id("file")).sendKeys(usage.toString());
        Browser.screenshot(browser, "import-usage-form-desktop");
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));

        assertThat(finished()).contains("succeeded").contains("Usage (CSV)");
        assertThat(browser.findElement(By.cssSelector("table.counts")).getText()).contains("Created 14");
        Browser.screenshot(browser, "import-usage-desktop");
        assertThat(client.get("/api/deployments/" + deployment).body().path("activeSince").asString())
                .isEqualTo("2026-03-15");

        // Told from the file's header, without a deployment: the page asks for one.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(api.baseUrl() + "/imports");
        browser.findElement(By.id("file")).sendKeys(usage.toString());
        Browser.clickAndWait(browser, By.cssSelector("main button[type=submit]"));
        assertThat(browser.findElement(By.id("deploymentId")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("main")).getText()).contains("choose the deployment the usage in");
        assertThat((Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
                .as("no sideways scrolling on a phone").isTrue();
        browser.executeScript("document.getElementById('deploymentId').scrollIntoView({block: 'center'});");
        Browser.screenshot(browser, "import-usage-phone");
    }

    /** Waits until the page, refreshing itself, shows the job ended. */
    private String finished() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("status")).getText();
            return text.contains("succeeded") || text.contains("failed");
        });
        return browser.findElement(By.id("status")).getText();
    }

    @Test
    void anAdminDownloadsABackupFromTheImportPageAndAShortPassphraseIsExplained() throws IOException {
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        browser.get(api.baseUrl() + "/imports");
        assertThat(browser.findElement(By.cssSelector("form.backup button")).getText()).isEqualTo("Download backup");
        Browser.screenshot(browser, "imports-admin-desktop");

        WebSession session = WebSession.signIn(api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String csrf = session.csrfFrom("/imports");
        var refused = session.postForm("/imports/backup", java.util.Map.of("passphrase", "short", "_csrf", csrf));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(session.get("/imports").body()).contains("at least 10 characters");

        var download = session.postForm("/imports/backup", java.util.Map.of("passphrase", "a long passphrase", "_csrf", csrf));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment")
                .contains("handshake-backup-");
        assertThat(download.body()).startsWith("{\"handshake\":\"backup\"").contains("\"name\":\"person\"");
    }
}
