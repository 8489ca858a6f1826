package app.handshake.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The main pages pass the axe-core accessibility rules at a phone's width and a desktop's. A page is one line of
 * {@link #pages()}: its name and its address, given the ids of a person and an organization made for the test.
 */
@HandshakeTest
class AccessibilityBrowserTest {

    private record Fixture(String personId, String organizationId, String dealId, String deploymentId,
            String partnerId) {}

    private record Checked(String name, Function<Fixture, String> path) {}

    private static final String AXE_CORE = "4.14.1";
    private static final Path AXE_HOME = Path.of("target", "axe-core");

    private static String axe;

    @Autowired
    Api api;

    /** Add a page here to have it checked. */
    private static List<Checked> pages() {
        return List.of(
                new Checked("Today", f -> "/today"),
                new Checked("People", f -> "/people"),
                new Checked("A person", f -> "/people/" + f.personId()),
                new Checked("An organization", f -> "/organizations/" + f.organizationId()),
                new Checked("Log a touchpoint", f -> "/touchpoints/new"),
                new Checked("Plan a meeting", f -> "/touchpoints/plan?personId=" + f.personId()),
                new Checked("Imports", f -> "/imports"),
                new Checked("Account", f -> "/account"),
                new Checked("Users", f -> "/users"),
                new Checked("Audit", f -> "/audit"),
                new Checked("Jobs", f -> "/jobs"),
                new Checked("Pipeline", f -> "/pipeline"),
                new Checked("Deals", f -> "/deals"),
                new Checked("A deal", f -> "/deals/" + f.dealId()),
                new Checked("Deal form", f -> "/deals/new?organizationId=" + f.organizationId()),
                new Checked("Advice", f -> "/advisor?scope=team"),
                new Checked("Deployments", f -> "/deployments"),
                new Checked("A deployment", f -> "/deployments/" + f.deploymentId()),
                new Checked("Deployment form", f -> "/deployments/new"),
                new Checked("Figures", f -> "/figures"),
                new Checked("Partners", f -> "/partners"),
                new Checked("Referral search", f -> "/partners?need=plumber"),
                new Checked("A partner", f -> "/partners/" + f.partnerId()),
                new Checked("Partner form", f -> "/partners/new"),
                new Checked("Specialties", f -> "/partners/specialties"));
    }

    /**
     * axe-core, pinned, installed from npm into target/ the first time (Maven Central serves no WebJar of a
     * recent axe-core); node and npm must be on the PATH, as for the export parsers' test.
     */
    @BeforeAll
    static void readAxe() throws Exception {
        Path module = AXE_HOME.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(module)) {
            Files.createDirectories(AXE_HOME);
            Path log = AXE_HOME.resolve("npm.log");
            Process npm = new ProcessBuilder("npm", "install", "--prefix", AXE_HOME.toString(), "--no-audit", "--no-fund",
                    "--no-save", "--loglevel=error", "axe-core@" + AXE_CORE).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            assertThat(npm.waitFor(3, TimeUnit.MINUTES)).as("npm install of axe-core finished").isTrue();
            assertThat(npm.exitValue()).as("npm install axe-core@%s: %s", AXE_CORE, Files.readString(log)).isZero();
        }
        axe = Files.readString(module, StandardCharsets.UTF_8);
    }

    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theMainPagesHaveNoViolationsOnAPhone() throws IOException {
        check(390, 844);
    }

    @Test
    void theMainPagesHaveNoViolationsOnADesktop() throws IOException {
        check(1280, 900);
    }

    private void check(int width, int height) throws IOException {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String organizationId = api.post("/api/organizations", Map.of("name", "Axe Org " + unique)).id();
        String personId = api.post("/api/people", Map.of("name", "Axe Person " + unique,
                "organizationId", organizationId)).id();
        String dealId = api.post("/api/deals", Map.of("name", "Axe Deal " + unique, "organizationId", organizationId,
                "value", Map.of("amount", 1_250_000L, "currency", "EUR"),
                "people", List.of(Map.of("personId", personId, "role", "decision_maker")))).id();
        // A meeting whose time has passed, so that Today shows its Planned section with "Log it".
        api.post("/api/touchpoints/planned", Map.of("personIds", List.of(personId), "purpose", "Axe visit " + unique,
                "plannedAt", java.time.OffsetDateTime.now().minusHours(1).toString()));
        // A deployment with a site in use, a late milestone and an open obstacle: its chart, bar and reasons show.
        String deploymentId = api.post("/api/deployments", Map.of("name", "Axe Deployment " + unique,
                "organizationId", organizationId)).id();
        String siteId = api.post("/api/deployments/" + deploymentId + "/sites", Map.of("name", "Axe Site " + unique,
                "licensedSeats", 20)).body().get("sites").get(0).get("id").asText();
        java.time.LocalDate today = java.time.LocalDate.now();
        List<Map<String, Object>> usage = new ArrayList<>();
        for (int i = 10; i >= 1; i--) {
            usage.add(Map.of("siteId", siteId, "day", today.minusDays(i).toString(), "activeUsers", 8 + i % 3));
        }
        assertThat(api.post("/api/deployments/" + deploymentId + "/usage", Map.of("rows", usage)).status())
                .isBetween(200, 201);
        api.post("/api/deployments/" + deploymentId + "/milestones", Map.of("name", "Axe training",
                "dueOn", today.minusDays(2).toString()));
        api.post("/api/deployments/" + deploymentId + "/obstacles", Map.of("description", "Axe obstacle",
                "blocking", true));
        // A partner with what its page shows: a specialty, an area, a certification, a contact and an endorsement.
        Reply partner = api.post("/api/partners", Map.of("organizationId", organizationId));
        String partnerId = partner.id();
        api.put("/api/partners/" + partnerId + "/specialties", Map.of("specialties", List.of("plumbing")),
                partner.etag());
        api.post("/api/partners/" + partnerId + "/areas", Map.of("kind", "city", "place", "Axe City " + unique));
        api.post("/api/partners/" + partnerId + "/certifications", Map.of("name", "Axe Certified",
                "expiresOn", today.minusDays(30).toString()));
        api.post("/api/partners/" + partnerId + "/contacts", Map.of("personId", personId));
        api.post("/api/partners/" + partnerId + "/endorsements", Map.of("endorserPersonId", personId, "rating", 5,
                "said", "Axe words"));
        api.post("/api/referrals", Map.of("partnerId", partnerId, "direction", "given", "personId", personId));
        Fixture fixture = new Fixture(personId, organizationId, dealId, deploymentId, partnerId);
        ChromeDriver browser = Browser.start(width, height);
        List<String> violations = new ArrayList<>();
        try {
            Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            for (Checked page : pages()) {
                browser.get(api.baseUrl() + page.path().apply(fixture));
                // Parts loaded by htmx when the page opens are part of the page.
                pause();
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return document.readyState === 'complete' && !document.querySelector('.htmx-request');")));
                browser.executeScript(axe);
                Object found = browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v =>
                            v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.slice(0, 5)
                                .map(n => n.target.join(' ')).join(' | ')))).catch(e => done(['axe failed: ' + e]));
                        """);
                for (Object v : (List<?>) found) {
                    violations.add(page.name() + " at " + width + " px: " + v);
                }
                Browser.screenshot(browser, "axe-" + page.name().toLowerCase().replace(' ', '-') + "-" + width);
            }
        } finally {
            browser.quit();
        }
        assertThat(violations).as(String.join("\n", violations)).isEmpty();
    }
}
