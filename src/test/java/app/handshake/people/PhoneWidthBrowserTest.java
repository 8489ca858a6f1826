package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.Browser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

/**
 * Every page fits a 360 px phone: none is wider than the screen, so nothing has to be scrolled sideways,
 * even with the longest things people store (an email address of 60 characters, a long organization name).
 * And the keep-in-touch form holds any number of days, showing the cadence in force.
 */
@HandshakeTest
class PhoneWidthBrowserTest {

    private static final int PHONE = 360;

    @Autowired
    Api api;

    ChromeDriver browser;

    @BeforeEach
    void openBrowserSignedIn() throws IOException {
        browser = Browser.start(PHONE, 780);
        Browser.signIn(browser, api.baseUrl(), Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void noPageIsWiderThanAPhone() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply organization = api.post("/api/organizations", Map.of("name",
                "Internationale Handelsgesellschaft für Telekommunikationsdienstleistungen " + marker));
        assertThat(organization.status()).as(organization.raw()).isEqualTo(201);
        Reply person = api.post("/api/people", Map.of("name", "Maximiliane Wolkenstein-Rodenegg " + marker,
                "title", "Leiterin Beschaffung und Lieferantenmanagement", "organizationId", organization.id(),
                "emails", List.of(Map.of("address",
                        "maximiliane.wolkenstein-rodenegg." + marker + "@telekommunikationsdienstleistungen.example")),
                "phones", List.of(Map.of("number", "+49 30 901820 0000", "label", "mobile"))));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        Reply logged = api.post("/api/touchpoints", Map.of("channel", "meal", "personIds", List.of(person.id()),
                "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).toString(),
                "summary", "Lunch about the rollout of the contact-centre platform at all eight sites " + marker));
        assertThat(logged.status()).as(logged.raw()).isEqualTo(201);
        api.put("/api/people/" + person.id() + "/cadence", Map.of("intervalDays", 1), "*");
        // A lost deal marks them as nurtured on Today, with the deal's long name.
        Reply lostDeal = api.post("/api/deals", Map.of("name", "Kontaktcenter-Plattform für alle acht Standorte " + marker,
                "organizationId", organization.id(), "people", List.of(Map.of("personId", person.id(),
                        "role", "decision_maker"))));
        assertThat(api.post("/api/deals/" + lostDeal.id() + "/lose", Map.of("reason", "Price")).status()).isEqualTo(200);
        Reply twin = api.post("/api/people", Map.of("name", "Maximiliane W.-Rodenegg " + marker,
                "emails", List.of(Map.of("address", "mwr." + marker + "@privat-telekommunikationsdienstleistungen.example"))));
        Api.NewUser colleague = api.newUser("member", null);
        String linked = api.post("/api/deals", Map.of("name", "Kontaktcenter-Plattform für alle acht Standorte " + marker,
                "organizationId", organization.id(),
                "people", List.of(Map.of("personId", person.id(), "role", "decision_maker")))).id();
        Reply deal = api.post("/api/deals", Map.of("name", "Kontaktzentrum für alle acht Standorte " + marker,
                "organizationId", organization.id(), "value", Map.of("amount", 125_000_000_050L, "currency", "EUR"),
                "competitors", List.of("Telekommunikationsdienstleistungsgesellschaft mbH"),
                "people", List.of(Map.of("personId", person.id(), "role", "decision_maker"))));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        // A meeting planned an hour ago and not yet logged: on Today, with its long purpose.
        Reply meeting = api.post("/api/touchpoints/planned", Map.of("personIds", List.of(person.id()),
                "plannedAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(), "channel", "meal",
                "purpose", "Die Leiterin Beschaffung zur Kontaktcenter-Plattform für alle acht Standorte treffen " + marker));
        assertThat(meeting.status()).as(meeting.raw()).isEqualTo(201);

        // A hand-over of a colleague's relationships, proposed: its proposal page and its progress page.
        Api.NewUser leaving = api.newUser("member", null);
        Reply held = leaving.client().post("/api/people", Map.of("name", "Konstantin Hohenzollern-Sigmaringen " + marker,
                "organizationId", organization.id()));
        for (int i = 1; i <= 2; i++) {
            leaving.client().post("/api/touchpoints", Map.of("channel", "in_person", "personIds", List.of(held.id()),
                    "occurredAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(i).toString()));
        }
        Reply handOver = api.post("/api/hand-overs", Map.of("userId", leaving.id().toString(), "items",
                List.of(Map.of("personId", held.id(), "newOwnerId", colleague.id().toString(),
                        "plannedAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString()))));
        assertThat(handOver.status()).as(handOver.raw()).isEqualTo(201);

        // A deployment with the long names: a site in use with its chart, a milestone, an obstacle and a partner.
        Reply deployment = api.post("/api/deployments", Map.of("name",
                "Einführung der Kontaktcenter-Plattform an allen acht Standorten " + marker,
                "organizationId", organization.id()));
        assertThat(deployment.status()).as(deployment.raw()).isEqualTo(201);
        Reply siteAdded = api.post("/api/deployments/" + deployment.id() + "/sites", Map.of("name",
                "Niederlassung Mönchengladbach-Rheydt Logistikzentrum " + marker, "licensedSeats", 1250,
                "location", Map.of("city", "Mönchengladbach", "country", "Deutschland")));
        assertThat(siteAdded.status()).as(siteAdded.raw()).isEqualTo(201);
        String site = siteAdded.body().get("sites").get(0).get("id").asText();
        List<Map<String, Object>> usage = new ArrayList<>();
        for (int i = 20; i >= 1; i--) {
            usage.add(Map.of("siteId", site, "day", java.time.LocalDate.now(ZoneOffset.UTC).minusDays(i).toString(),
                    "activeUsers", 700 + 10 * i));
        }
        Reply posted = api.post("/api/deployments/" + deployment.id() + "/usage", Map.of("rows", usage));
        assertThat(posted.status()).as(posted.raw()).isBetween(200, 201);
        api.post("/api/deployments/" + deployment.id() + "/milestones", Map.of("name",
                "Schulung der Mitarbeiterinnen und Mitarbeiter im Kundendienst " + marker,
                "dueOn", java.time.LocalDate.now(ZoneOffset.UTC).minusDays(4).toString()));
        api.post("/api/deployments/" + deployment.id() + "/obstacles", Map.of("description",
                "Die Netzwerkinfrastruktur im Logistikzentrum ist noch nicht bereit " + marker, "siteId", site,
                "blocking", true));
        api.post("/api/deployments/" + deployment.id() + "/partners", Map.of("organizationId", organization.id(),
                "role", "Generalunternehmer für die Verkabelung"));

        // A partner with long words everywhere: its specialty, area, certification, contact, endorsement, referral.
        Reply partner = api.post("/api/partners", Map.of("organizationId", organization.id(), "description",
                "Installations- und Wartungsbetrieb für Sanitär-, Heizungs- und Klimatechnik " + marker));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);
        api.put("/api/partners/" + partner.id() + "/specialties", Map.of("specialties", List.of("plumbing")),
                partner.etag());
        api.post("/api/partners/" + partner.id() + "/areas", Map.of("kind", "city", "place",
                "Mönchengladbach-Rheydt " + marker));
        api.post("/api/partners/" + partner.id() + "/certifications", Map.of("name",
                "Fachbetrieb nach Wasserhaushaltsgesetz Paragraph 62", "issuer", "Überwachungsgemeinschaft "
                        + "Technische Anlagen der Versorgungswirtschaft", "expiresOn", "2024-01-31"));
        api.post("/api/partners/" + partner.id() + "/contacts", Map.of("personId", person.id(), "role",
                "Geschäftsführende Gesellschafterin"));
        api.post("/api/partners/" + partner.id() + "/endorsements", Map.of("endorserPersonId", person.id(),
                "rating", 5, "said", "Kam am Sonntagabend und blieb, bis die Leitung wieder dicht war " + marker));
        api.post("/api/referrals", Map.of("partnerId", partner.id(), "direction", "given", "personId", person.id(),
                "need", "Rohrbruch im Keller des Verwaltungsgebäudes"));
        String near = java.net.URLEncoder.encode("Mönchengladbach-Rheydt " + marker,
                java.nio.charset.StandardCharsets.UTF_8);

        List<String> pages = List.of("/today", "/people", "/people?q=" + marker, "/people/new",
                "/people/" + person.id(), "/people/" + person.id() + "/edit", "/people/" + person.id() + "/delete",
                "/people/" + person.id() + "/relationship-what-if?channel=in_person&every=P14D",
                "/organizations", "/organizations/new", "/organizations/" + organization.id(),
                "/organizations/" + organization.id() + "/edit", "/touchpoints/new?personId=" + person.id(),
                "/touchpoints/" + logged.id(), "/touchpoints/" + logged.id() + "/edit",
                "/touchpoints/" + logged.id() + "/delete",
                "/touchpoints/new?personId=" + person.id() + "&dealId=" + linked, "/deals/" + linked + "/touchpoints-card",
                "/imports", "/jobs", "/account", "/users", "/audit", "/team", "/cadence-rules",
                "/people/" + person.id() + "/merge?q=" + marker,
                "/people/" + person.id() + "/merge/" + twin.id(), "/users/" + colleague.id() + "/disable",
                "/pipeline", "/deals", "/deals/" + deal.id(), "/deals/new", "/deals/" + deal.id() + "/edit",
                "/advisor", "/advisor?scope=team&held=true", "/figures", "/figures/today-card",
                "/touchpoints/plan?personId=" + person.id(), "/touchpoints/new?plannedTouchpointId=" + meeting.id(),
                "/touchpoints/planned/" + meeting.id() + "/cancel", "/hand-overs/new?userId=" + leaving.id(),
                "/hand-overs/" + handOver.id(), "/hand-overs/" + handOver.id() + "/accept",
                "/deployments", "/deployments/" + deployment.id(), "/deployments/new",
                "/deployments/" + deployment.id() + "/delete",
                "/deployments/" + deployment.id() + "/sites/" + site + "/remove",
                "/organizations/" + organization.id() + "/deployments-card",
                "/partners", "/partners?need=plumber&near=" + near, "/partners/" + partner.id(), "/partners/new",
                "/partners/" + partner.id() + "/edit", "/partners/" + partner.id() + "/delete",
                "/partners/specialties", "/people/" + person.id() + "/recommends-card",
                "/organizations/" + organization.id() + "/partner-card");
        List<String> tooWide = new ArrayList<>();
        for (String page : pages) {
            browser.get(api.baseUrl() + page);
            long width = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
            long screen = ((Number) browser.executeScript("return document.documentElement.clientWidth")).longValue();
            if (page.equals("/people/" + person.id()) || page.equals("/organizations/" + organization.id())
                    || page.equals("/deployments/" + deployment.id()) || page.equals("/partners/" + partner.id())
                    || page.startsWith("/partners?need")) {
                Browser.screenshot(browser, "phone-360" + page.replaceAll("/[0-9a-f-]{36}", "").replace('/', '-'));
            }
            if (width > screen) {
                tooWide.add(page + " is " + width + " px wide on a " + screen + " px screen");
                Browser.screenshot(browser, "too-wide" + page.replaceAll("[^a-z]+", "-"));
            }
        }
        assertThat(tooWide).isEmpty();
        browser.get(api.baseUrl() + "/today");
        assertThat(browser.findElements(By.cssSelector(".nurture-mark"))).as("the nurture mark on Today")
                .anyMatch(mark -> mark.getText().contains("Kontaktcenter-Plattform für alle acht Standorte " + marker));
    }

    @Test
    void anyNumberOfDaysCanBeSetAndIsShownAsItIs() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply person = api.post("/api/people", Map.of("name", "Every Six Weeks " + marker));
        api.put("/api/people/" + person.id() + "/cadence", Map.of("intervalDays", 45), "*");

        browser.get(api.baseUrl() + "/people/" + person.id());
        WebElement days = browser.findElement(By.id("intervalDays"));
        assertThat(days.getDomProperty("value")).as("the cadence in force").isEqualTo("45");

        days.clear();
        days.sendKeys("52");
        Browser.clickAndWait(browser, By.cssSelector("#cadence button[type=submit]"));
        assertThat(api.get("/api/people/" + person.id() + "/cadence").body().get("intervalDays").asInt()).isEqualTo(52);
        assertThat(browser.findElement(By.id("intervalDays")).getDomProperty("value")).isEqualTo("52");
        assertThat(browser.findElement(By.id("cadence")).getText()).contains("Every 52 days");
    }
}
