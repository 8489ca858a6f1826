package app.handshake.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@HandshakeTest
class OrganizationsApiTest {

    @Autowired
    Api api;

    private static Map<String, Object> anOrganization(String name, String domain, Map<?, ?>... sites) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("domain", domain);
        body.put("industry", "Manufacturing");
        body.put("tier", "key");
        body.put("sites", List.of(sites));
        return body;
    }

    private static String uniqueDomain() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    @Test
    void organizationWithSeveralSitesCanBeCreatedReadUpdatedAndDeleted() {
        String domain = uniqueDomain();
        Reply created = api.post("/api/organizations", anOrganization("Acme " + domain, "https://www." + domain + "/about",
                Map.of("name", "Head office", "location", Map.of("city", "Minneapolis", "region", "MN", "country", "US")),
                Map.of("name", "Plant", "location", Map.of("city", "Duluth", "latitude", 46.7867, "longitude", -92.1005))));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("domain").asString()).isEqualTo(domain);
        assertThat(created.body().get("sites").size()).isEqualTo(2);
        assertThat(created.body().get("sites").get(1).get("location").get("latitude").decimalValue())
                .isEqualByComparingTo("46.7867");

        Map<String, Object> changed = anOrganization("Acme Renamed", domain,
                Map.of("name", "Head office"), Map.of("name", "Plant"), Map.of("name", "Warehouse"));
        changed.put("tier", "strategic");
        Reply updated = api.put("/api/organizations/" + created.id(), changed, created.etag());
        assertThat(updated.status()).isEqualTo(200);
        JsonNode read = api.get("/api/organizations/" + created.id()).body();
        assertThat(read.get("name").asString()).isEqualTo("Acme Renamed");
        assertThat(read.get("tier").asString()).isEqualTo("strategic");
        assertThat(read.get("sites").size()).isEqualTo(3);

        assertThat(api.delete("/api/organizations/" + created.id(), updated.etag()).status()).isEqualTo(204);
        assertThat(api.get("/api/organizations/" + created.id()).status()).isEqualTo(404);
    }

    @Test
    void deletingAnOrganizationKeepsItsPeople() {
        Reply organization = api.post("/api/organizations", anOrganization("Gone Inc", uniqueDomain()));
        Reply person = api.post("/api/people", PersonJson.aPerson().with("organizationId", organization.id()).build());

        api.delete("/api/organizations/" + organization.id(), null);

        Reply kept = api.get("/api/people/" + person.id());
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body().get("organization").isNull()).isTrue();
    }

    @Test
    void duplicateDomainAnswersConflict() {
        String domain = uniqueDomain();
        Reply existing = api.post("/api/organizations", anOrganization("First", domain));

        Reply duplicate = api.post("/api/organizations", anOrganization("Second", domain.toUpperCase()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("existing").asString()).isEqualTo("/api/organizations/" + existing.id());
    }

    @Test
    void invalidOrganizationsAreRefusedWithEachField() {
        Map<String, Object> body = anOrganization(" ", "not a domain", Map.of("name", ""));
        body.put("industry", "i".repeat(101));

        Reply reply = api.post("/api/organizations", body);

        assertThat(reply.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        reply.body().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("name", "industry", "sites[0].name");

        Reply badDomain = api.post("/api/organizations", anOrganization("Fine name", "not a domain"));
        assertThat(badDomain.status()).isEqualTo(400);
        assertThat(badDomain.body().get("errors").get(0).get("field").asString()).isEqualTo("domain");

        Reply badTier = api.post("/api/organizations", Map.of("name", "Tiered", "tier", "platinum"));
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.body().get("detail").asString()).contains("tier");
    }

    @Test
    void personCannotPointAtAMissingOrganization() {
        Reply reply = api.post("/api/people", PersonJson.aPerson().with("organizationId", UUID.randomUUID()).build());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
    }

    @Test
    void staleOrganizationUpdateIsRefused() {
        String domain = uniqueDomain();
        Reply created = api.post("/api/organizations", anOrganization("Stale Co", domain));
        api.put("/api/organizations/" + created.id(), anOrganization("Fresh Co", domain), created.etag());

        Reply stale = api.put("/api/organizations/" + created.id(), anOrganization("Lost Co", domain), created.etag());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/organizations/" + created.id()).body().get("name").asString()).isEqualTo("Fresh Co");
    }

    @Test
    void listIsPagedAndSearchable() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            api.post("/api/organizations", anOrganization("Paged " + marker + " " + i, null));
        }

        Reply first = api.get("/api/organizations?q=" + marker + "&limit=2");
        assertThat(first.body().get("items").size()).isEqualTo(2);
        Reply second = api.get("/api/organizations?q=" + marker + "&limit=2&after=" + first.body().get("next").asString());
        assertThat(second.body().get("items").size()).isEqualTo(1);
        assertThat(second.body().get("items").get(0).get("name").asString()).isEqualTo("Paged " + marker + " 2");
        assertThat(second.body().get("next").isNull()).isTrue();
    }
}
