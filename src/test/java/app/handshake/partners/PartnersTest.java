package app.handshake.partners;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Partners through the API: made from an organization or a person, changed on the version read, seen by exactly
 * those who may see their record, found by any term of the vocabulary, with validated areas and certifications that
 * expire on the clock.
 */
@HandshakeTest
class PartnersTest {

    private static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-10-15");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser member;
    NewUser colleague;

    @BeforeEach
    void twoMembers() {
        clock.fixAt(NOW);
        member = api.newUser("member", null);
        colleague = api.newUser("member", null);
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void aPartnerIsMadeReadChangedOnTheVersionReadAndDeleted() {
        String name = "Sparks " + UUID.randomUUID();
        String organization = organization(member.client(), name, "shared");
        Reply created = member.client().post("/api/partners", Map.of("organizationId", organization));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(created.body().get("name").asText()).isEqualTo(name);
        assertThat(created.body().get("kind").asText()).isEqualTo("company");
        assertThat(created.body().get("createdBy").asText()).isEqualTo(member.id().toString());
        String id = created.id();

        assertThat(member.client().post("/api/partners", Map.of("organizationId", organization)).status())
                .isEqualTo(409);

        Reply changed = member.client().put("/api/partners/" + id, Map.of("name", name + " Electrical",
                "description", "Rewires old schools", "website", "https://sparks.example"), "\"0\"");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.etag()).isEqualTo("\"1\"");
        assertThat(changed.body().get("description").asText()).isEqualTo("Rewires old schools");

        Reply stale = colleague.client().put("/api/partners/" + id, Map.of("name", "Someone else's idea"), "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("type").asText()).endsWith("stale-version");
        assertThat(member.client().put("/api/partners/" + id, Map.of("name", "No version"), null).status())
                .isEqualTo(428);
        assertThat(member.client().put("/api/partners/" + id, Map.of("website", "javascript:alert(1)"), "\"1\"")
                .status()).isEqualTo(400);
        assertThat(member.client().get("/api/partners/" + id).body().get("name").asText()).isEqualTo(name
                + " Electrical");

        assertThat(names(member.client().get("/api/partners?q=" + encode(name + " electrical"))))
                .containsExactly(name + " Electrical");

        // The colleague sees the shared organization's partner and may change it, but only its side deletes it.
        assertThat(colleague.client().delete("/api/partners/" + id, null).status()).isEqualTo(403);
        assertThat(member.client().delete("/api/partners/" + id, "\"0\"").status()).isEqualTo(412);
        assertThat(member.client().delete("/api/partners/" + id, "\"1\"").status()).isEqualTo(204);
        assertThat(member.client().get("/api/partners/" + id).status()).isEqualTo(404);
        assertThat(member.client().get("/api/organizations/" + organization).status()).isEqualTo(200);
    }

    @Test
    void aPartnerOfAPrivateRecordDoesNotExistForThoseWhoMayNotSeeTheRecord() {
        String name = "Quiet Joinery " + UUID.randomUUID();
        String organization = organization(member.client(), name, "private");
        String company = member.client().post("/api/partners", Map.of("organizationId", organization)).id();
        String person = member.client().post("/api/people", Map.of("name", "Pat Private " + name, "visibility",
                "private")).id();
        Reply individual = member.client().post("/api/partners", Map.of("personId", person));
        assertThat(individual.body().get("kind").asText()).isEqualTo("individual");
        assertThat(individual.body().get("name").asText()).isEqualTo("Pat Private " + name);

        for (String id : List.of(company, individual.id())) {
            assertThat(colleague.client().get("/api/partners/" + id).status()).isEqualTo(404);
            assertThat(colleague.client().put("/api/partners/" + id, Map.of("name", "x"), "*").status())
                    .isEqualTo(404);
            assertThat(colleague.client().delete("/api/partners/" + id, null).status()).isEqualTo(404);
            assertThat(colleague.client().get("/api/partners/" + id + "/delivery-record").status()).isEqualTo(404);
            assertThat(colleague.client().post("/api/partners/" + id + "/endorsements", Map.of("endorserUserId",
                    colleague.id().toString(), "rating", 5)).status()).isEqualTo(404);
            assertThat(api.get("/api/partners/" + id).status()).isEqualTo(200);
        }
        assertThat(names(colleague.client().get("/api/partners?q=" + encode(name)))).isEmpty();
        assertThat(names(member.client().get("/api/partners?q=" + encode(name)))).hasSize(2);
        // Nor can the colleague make it a partner a second time, or learn that it is one.
        assertThat(colleague.client().post("/api/partners", Map.of("organizationId", organization)).status())
                .isEqualTo(400);
    }

    @Test
    void aBodyCannotSetTheIdTheVersionOrTheCreator() {
        String organization = organization(member.client(), "Forged " + UUID.randomUUID(), "shared");
        String forgedId = UUID.randomUUID().toString();
        for (Map.Entry<String, Object> forged : List.<Map.Entry<String, Object>>of(Map.entry("id", forgedId),
                Map.entry("version", 7), Map.entry("createdBy", colleague.id().toString()),
                Map.entry("endorsementCount", 99))) {
            Map<String, Object> body = new HashMap<>(Map.of("organizationId", organization));
            body.put(forged.getKey(), forged.getValue());
            Reply refused = member.client().post("/api/partners", body);
            assertThat(refused.status()).as(forged.getKey()).isEqualTo(400);
        }
        Reply created = member.client().post("/api/partners", Map.of("organizationId", organization));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotEqualTo(forgedId);
        assertThat(created.body().get("version").asLong()).isZero();
        assertThat(created.body().get("createdBy").asText()).isEqualTo(member.id().toString());
    }

    @Test
    void aNeedFindsItsSpecialtyByAnyTermOrItsStem() {
        assertThat(resolve(member.client(), "Electrician").get("name").asText()).isEqualTo("Electrical");
        assertThat(resolve(member.client(), "  ELECTRICIANS ").get("name").asText()).isEqualTo("Electrical");
        assertThat(resolve(member.client(), "roofers").get("name").asText()).isEqualTo("Roofing");
        assertThat(resolve(member.client(), "msp").get("name").asText()).isEqualTo("IT services");
        assertThat(member.client().get("/api/specialties/resolve?need=astrology").status()).isEqualTo(404);

        // Neither of the two words is listed: "optician" and "optical" meet at their stem.
        String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
        Reply made = api.post("/api/specialties", Map.of("name", "Optical " + word, "synonyms", List.of("Lens " + word)));
        assertThat(made.status()).isEqualTo(201);
        assertThat(made.body().get("synonyms").get(0).asText()).isEqualTo("lens " + word);
        assertThat(resolve(member.client(), "optician " + word).get("id").asText()).isEqualTo(made.id());
        assertThat(resolve(member.client(), "LENS  " + word).get("id").asText()).isEqualTo(made.id());

        Reply taken = api.post("/api/specialties", Map.of("name", "Pipes " + word, "synonyms", List.of(" Plumber ")));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.raw()).contains("Plumbing");
        assertThat(member.client().post("/api/specialties", Map.of("name", "Members' own " + word)).status())
                .isEqualTo(403);
        NewUser manager = api.newUser("manager", null);
        Reply renamed = manager.client().put("/api/specialties/" + made.id(), Map.of("name", "Optics " + word,
                "synonyms", List.of("spectacles " + word)), made.etag());
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(manager.client().put("/api/specialties/" + made.id(), Map.of("name", "Again " + word), made.etag())
                .status()).isEqualTo(412);
        assertThat(member.client().get("/api/specialties/resolve?need=" + encode("lens " + word)).status())
                .isEqualTo(404);
    }

    @Test
    void partnersAreListedBySpecialtyNamedByAnyTerm() {
        String name = "Volt " + UUID.randomUUID();
        String id = member.client().post("/api/partners", Map.of("organizationId",
                organization(member.client(), name, "shared"))).id();
        Reply set = member.client().put("/api/partners/" + id + "/specialties", Map.of("specialties",
                List.of("electrician", "Plumbing")), "\"0\"");
        assertThat(set.status()).isEqualTo(200);
        List<String> specialties = new ArrayList<>();
        set.body().get("specialties").forEach(s -> specialties.add(s.get("name").asText()));
        assertThat(specialties).containsExactly("Electrical", "Plumbing");
        assertThat(set.etag()).isEqualTo("\"1\"");

        assertThat(names(member.client().get("/api/partners?q=" + encode(name) + "&specialty=electrics")))
                .containsExactly(name);
        assertThat(names(member.client().get("/api/partners?q=" + encode(name) + "&specialty=roofer"))).isEmpty();
        Reply unknown = member.client().put("/api/partners/" + id + "/specialties", Map.of("specialties",
                List.of("plumbing", "astrology")), "\"1\"");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("specialties[1]");
    }

    @Test
    void serviceAreasMakeSense() {
        String id = member.client().post("/api/partners", Map.of("organizationId",
                organization(member.client(), "Areas " + UUID.randomUUID(), "shared"))).id();
        String areas = "/api/partners/" + id + "/areas";
        assertThat(field(member.client().post(areas, Map.of("kind", "radius", "radiusKm", 20)))).isEqualTo("latitude");
        assertThat(field(member.client().post(areas, Map.of("kind", "radius", "latitude", 91, "longitude", 0,
                "radiusKm", 20)))).isEqualTo("latitude");
        assertThat(field(member.client().post(areas, Map.of("kind", "radius", "latitude", 45, "longitude", -181,
                "radiusKm", 20)))).isEqualTo("longitude");
        assertThat(field(member.client().post(areas, Map.of("kind", "radius", "latitude", 45, "longitude", 10,
                "radiusKm", 0)))).isEqualTo("radiusKm");
        assertThat(field(member.client().post(areas, Map.of("kind", "radius", "latitude", 45, "longitude", 10,
                "radiusKm", 20001)))).isEqualTo("radiusKm");
        assertThat(field(member.client().post(areas, Map.of("kind", "city", "place", "  ")))).isEqualTo("place");
        assertThat(member.client().post(areas, Map.of("kind", "galaxy", "place", "Andromeda")).status()).isEqualTo(400);

        assertThat(member.client().post(areas, Map.of("kind", "city", "place", " Minneapolis ")).status())
                .isEqualTo(201);
        Reply circle = member.client().post(areas, Map.of("kind", "radius", "latitude", 44.977753, "longitude",
                -93.265011, "radiusKm", 50));
        assertThat(circle.status()).isEqualTo(201);
        JsonNode listed = circle.body().get("areas");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).get("place").asText()).isEqualTo("Minneapolis");
        assertThat(listed.get(1).get("radiusKm").asInt()).isEqualTo(50);
        assertThat(listed.get(1).get("latitude").decimalValue()).isEqualByComparingTo("44.977753");

        Reply removed = member.client().delete(areas + "/" + listed.get(0).get("id").asText(), null);
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.body().get("areas")).hasSize(1);
    }

    @Test
    void aCertificationIsCurrentUntilItsDayPasses() {
        String id = member.client().post("/api/partners", Map.of("organizationId",
                organization(member.client(), "Certified " + UUID.randomUUID(), "shared"))).id();
        String certifications = "/api/partners/" + id + "/certifications";
        member.client().post(certifications, Map.of("name", "Gas Safe", "issuer", "Gas Safe Register", "expiresOn",
                TODAY.minusDays(1).toString()));
        member.client().post(certifications, Map.of("name", "NICEIC", "expiresOn", TODAY.toString()));
        Reply last = member.client().post(certifications, Map.of("name", "Working at height"));
        Map<String, Boolean> current = new HashMap<>();
        last.body().get("certifications").forEach(c -> current.put(c.get("name").asText(), c.get("current").asBoolean()));
        assertThat(current).containsExactlyInAnyOrderEntriesOf(Map.of("Gas Safe", false, "NICEIC", true,
                "Working at height", true));

        JsonNode record = member.client().get("/api/partners/" + id + "/delivery-record").body();
        assertThat(record.get("certificationsCurrent").asLong()).isEqualTo(2);
        assertThat(record.get("certificationsExpired").asLong()).isEqualTo(1);
        clock.fixAt(NOW.plusSeconds(86_400));
        record = member.client().get("/api/partners/" + id + "/delivery-record").body();
        assertThat(record.get("certificationsCurrent").asLong()).isEqualTo(1);
        assertThat(record.get("certificationsExpired").asLong()).isEqualTo(2);
    }

    @Test
    void contactsTheReaderMayNotSeeAreLeftOut() {
        String id = member.client().post("/api/partners", Map.of("organizationId",
                organization(member.client(), "Contacts " + UUID.randomUUID(), "shared"))).id();
        String shared = member.client().post("/api/people", Map.of("name", "Open Olive")).id();
        String hidden = member.client().post("/api/people", Map.of("name", "Hidden Hal", "visibility", "private")).id();
        member.client().post("/api/partners/" + id + "/contacts", Map.of("personId", shared, "role", "Estimator"));
        Reply both = member.client().post("/api/partners/" + id + "/contacts", Map.of("personId", hidden));
        assertThat(both.body().get("contacts")).hasSize(2);
        JsonNode seen = colleague.client().get("/api/partners/" + id).body().get("contacts");
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("name").asText()).isEqualTo("Open Olive");
        assertThat(seen.get(0).get("role").asText()).isEqualTo("Estimator");
        assertThat(colleague.client().post("/api/partners/" + id + "/contacts", Map.of("personId", hidden)).status())
                .isEqualTo(400);
    }

    static String organization(Client client, String name, String visibility) {
        Reply created = client.post("/api/organizations", Map.of("name", name, "visibility", visibility));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    static List<String> names(Reply list) {
        assertThat(list.status()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        list.body().get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode resolve(Client client, String need) {
        Reply found = client.get("/api/specialties/resolve?need=" + encode(need));
        assertThat(found.status()).as(need).isEqualTo(200);
        return found.body();
    }

    /** The field a 400 names. */
    private static String field(Reply refused) {
        assertThat(refused.status()).isEqualTo(400);
        return refused.body().get("errors").get(0).get("field").asText();
    }
}
