package app.handshake.partners.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Referral search over HTTP on a real database: a reader's own trusted relationships outweigh crowds and rings,
 * delivery moves partners both ways, needs are read through the vocabulary and places through the workspace's
 * addresses, and nothing a reader may not see shows or counts.
 */
@HandshakeTest
class PartnerSearchTest {

    private static final Instant NOW = Instant.parse("2026-06-17T09:00:00Z");
    private static final LocalDate SPOKEN = LocalDate.of(2024, 5, 1);

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    NewUser manager;
    NewUser reader;
    NewUser colleague;
    PartnerRows rows;
    UUID electrical;
    String tag;
    String city;
    /** Each test's city is somewhere else on Earth, so that one test's circles never reach another's. */
    double latitude;
    double longitude;

    @BeforeEach
    void aTeamAndAVocabulary() {
        clock.fixAt(NOW);
        manager = api.newUser("manager", null);
        reader = api.newUser("member", manager.id());
        colleague = api.newUser("member", manager.id());
        rows = new PartnerRows(jdbc, reader.id());
        electrical = rows.specialty("Electrical", "electrician", "wiring");
        tag = UUID.randomUUID().toString().substring(0, 6);
        city = "Minneapolis " + tag;
        java.util.Random random = new java.util.Random();
        latitude = round(-50 + 100 * random.nextDouble());
        longitude = round(-170 + 340 * random.nextDouble());
        // The city is known by an address: a person of the workspace lives there.
        person(reader.client(), "Resident", "shared", Map.of("city", city, "region", "Minnesota " + tag,
                "country", "USA " + tag, "latitude", latitude, "longitude", longitude));
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void oneTrustedRelationshipOutweighsTenEndorsementsFromPeopleNeverMet() {
        UUID anna = person(reader.client(), "Anna Berg", "shared", null);
        touch(reader.client(), anna, "in_person", NOW.minus(Duration.ofDays(365L * 12 + 10)));
        for (int i = 0; i < 6; i++) {
            touch(reader.client(), anna, "meal", NOW.minus(Duration.ofDays(2 + 7L * i)));
        }
        UUID annasPick = rows.company("Annas Pick " + tag, organization("Annas Pick " + tag)).offering(electrical)
                .servingNamed("city", city).id;
        rows.new PartnerBuilder(annasPick).endorsedBy(anna, 5, SPOKEN, "stayed until it was fixed", electrical);
        var crowdsPick = rows.company("Crowds Pick " + tag, organization("Crowds Pick " + tag)).offering(electrical)
                .servingNamed("city", city);
        for (int i = 0; i < 10; i++) {
            UUID stranger = person(reader.client(), "Stranger " + i, "shared", null);
            crowdsPick.endorsedBy(stranger, 5, SPOKEN, "great", electrical);
        }

        JsonNode results = search(reader.client(), "electrician", city).path("results");

        assertThat(names(results)).containsExactly("Annas Pick " + tag, "Crowds Pick " + tag);
        JsonNode path = results.get(0).path("paths").get(0);
        assertThat(path.path("text").asString())
                .isEqualTo("Anna Berg (trusted, 12 years) recommended them in 2024: 'stayed until it was fixed'");
        assertThat(path.path("tier").asString()).isEqualTo("trusted");
        assertThat(path.path("years").asInt()).isEqualTo(12);
        assertThat(path.path("year").asInt()).isEqualTo(2024);
        assertThat(results.get(0).path("trust").asDouble()).isGreaterThan(0.5);
        assertThat(results.get(1).path("trust").asDouble()).isLessThan(0.1);
    }

    @Test
    void aRingOfStrangersEndorsingEachOtherDoesNotLiftTheirPartners() {
        List<UUID> ring = new ArrayList<>();
        List<UUID> ringPartners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID member = person(reader.client(), "Ring " + i, "shared", null);
            ring.add(member);
            ringPartners.add(rows.individual("Ring partner " + i + " " + tag, member).offering(electrical)
                    .servingNamed("city", city).id);
        }
        for (int i = 0; i < ring.size(); i++) {
            for (int j = 0; j < ringPartners.size(); j++) {
                if (i != j) {
                    rows.new PartnerBuilder(ringPartners.get(j)).endorsedBy(ring.get(i), 5, SPOKEN, "the best",
                            electrical);
                }
            }
        }
        UUID trusted = person(reader.client(), "Tia Trusted", "shared", null);
        for (int i = 0; i < 6; i++) {
            touch(reader.client(), trusted, "meal", NOW.minus(Duration.ofDays(3 + 5L * i)));
        }
        rows.company("Known Good " + tag, organization("Known Good " + tag)).offering(electrical)
                .servingNamed("city", city).endorsedBy(trusted, 4, SPOKEN, null, null);

        JsonNode results = search(reader.client(), "electrical", city).path("results");

        assertThat(names(results).getFirst()).isEqualTo("Known Good " + tag);
        assertThat(results).hasSize(6);
        for (int i = 1; i < results.size(); i++) {
            assertThat(results.get(i).path("trust").asDouble()).as(results.get(i).toString()).isZero();
            assertThat(results.get(i).path("paths")).isEmpty();
        }
    }

    @Test
    void deliveryMovesTheRankingUpAndDown() {
        var delivered = rows.company("Delivered " + tag, organization("Delivered " + tag)).offering(electrical)
                .servingNamed("city", city).referred("delivered_well").referred("delivered_well");
        rows.company("Untried " + tag, organization("Untried " + tag)).offering(electrical).servingNamed("city", city);
        UUID soldMuchOrganization = organization("Sold Much " + tag);
        rows.company("Sold Much " + tag, soldMuchOrganization).offering(electrical).servingNamed("city", city)
                .referred("delivered_badly");
        // Three deployments it took part in that never reached active use, and one that did.
        for (int i = 0; i < 3; i++) {
            deploymentWith(reader.client(), soldMuchOrganization, false);
        }
        UUID deliveredOrganization = jdbc.sql("select organization_id from partner where id = :id")
                .param("id", delivered.id).query(UUID.class).single();
        deploymentWith(reader.client(), deliveredOrganization, true);

        JsonNode results = search(reader.client(), "electrical", city).path("results");

        assertThat(names(results)).containsExactly("Delivered " + tag, "Untried " + tag, "Sold Much " + tag);
        assertThat(results.get(0).path("delivery").asDouble()).isEqualTo(0.8);
        assertThat(results.get(1).path("delivery").asDouble()).isEqualTo(0.5);
        assertThat(results.get(2).path("delivery").asDouble()).isEqualTo(round(1 / 6.0));
        assertThat(results.get(2).path("reasons").toString()).contains("Delivered 0 of 4");
    }

    @Test
    void onlyDeploymentsTheReaderMaySeeCount() {
        UUID organization = organization("Hidden Record " + tag);
        rows.company("Hidden Record " + tag, organization).offering(electrical).servingNamed("city", city);
        NewUser outsider = api.newUser("member", null);
        deploymentWith(outsider.client(), organization, true, "private");

        assertThat(search(reader.client(), "electrical", city).path("results").get(0).path("delivery").asDouble())
                .isEqualTo(0.5);
        assertThat(search(api.admin(), "electrical", city).path("results").get(0).path("delivery").asDouble())
                .isEqualTo(round(2 / 3.0));
    }

    @Test
    void needsAreReadThroughTheVocabularyAndPlacesThroughTheAddresses() {
        rows.company("In Town " + tag, organization("In Town " + tag)).offering(electrical).servingNamed("city", city);
        rows.company("Statewide " + tag, organization("Statewide " + tag)).offering(electrical)
                .servingNamed("region", "Minnesota " + tag);
        rows.company("Nationwide " + tag, organization("Nationwide " + tag)).offering(electrical)
                .servingNamed("country", "USA " + tag);
        // About 15 km north of the city's centre, serving 30 km around.
        rows.company("Next Door " + tag, organization("Next Door " + tag)).offering(electrical)
                .servingAround(latitude + 0.135, longitude, 30);
        rows.company("Elsewhere " + tag, organization("Elsewhere " + tag)).offering(electrical)
                .servingNamed("city", "Duluth " + tag).servingAround(latitude + 2, longitude, 50);
        UUID plumbing = rows.specialty("Plumbing", "plumber");
        rows.company("Wrong Trade " + tag, organization("Wrong Trade " + tag)).offering(plumbing)
                .servingNamed("city", city);

        JsonNode byName = search(reader.client(), "Electricians", city);
        JsonNode bySynonym = search(reader.client(), "wiring", city);

        assertThat(byName.path("specialties").toString()).contains("Electrical");
        Map<String, Double> fits = fits(byName.path("results"));
        assertThat(fits).containsOnlyKeys("In Town " + tag, "Statewide " + tag, "Nationwide " + tag, "Next Door " + tag);
        assertThat(fits.get("In Town " + tag)).isEqualTo(1.0);
        assertThat(fits.get("Statewide " + tag)).isEqualTo(0.9);
        assertThat(fits.get("Nationwide " + tag)).isEqualTo(0.8);
        assertThat(fits.get("Next Door " + tag)).isBetween(0.74, 0.76);
        assertThat(names(byName.path("results"))).containsExactly("In Town " + tag, "Statewide " + tag,
                "Nationwide " + tag, "Next Door " + tag);
        assertThat(fits(bySynonym.path("results"))).isEqualTo(fits);
        assertThat(byName.path("place").asString()).isEqualTo(city + ", Minnesota " + tag + ", USA " + tag);

        JsonNode byPoint = search(reader.client(), "electrical",
                String.format(java.util.Locale.ROOT, "%.5f,%.5f", latitude + 0.05, longitude));
        assertThat(names(byPoint.path("results"))).contains("Next Door " + tag).doesNotContain("In Town " + tag,
                "Elsewhere " + tag);
    }

    @Test
    void anEndorsementByAPersonTheReaderMayNotSeeNeitherCountsNorShows() {
        UUID secret = person(colleague.client(), "Pia Private", "private", null);
        for (int i = 0; i < 6; i++) {
            touch(colleague.client(), secret, "meal", NOW.minus(Duration.ofDays(2 + 3L * i)));
        }
        rows.company("Pias Pick " + tag, organization("Pias Pick " + tag)).offering(electrical)
                .servingNamed("city", city).endorsedBy(secret, 5, SPOKEN, "whispered praise", electrical);

        Reply asReader = reader.client().get(searchPath("electrical", city));
        Reply asColleague = colleague.client().get(searchPath("electrical", city));
        Reply asManager = manager.client().get(searchPath("electrical", city));

        assertThat(asReader.status()).isEqualTo(200);
        assertThat(asReader.raw()).contains("Pias Pick").doesNotContain("Pia Private").doesNotContain("whispered");
        assertThat(asReader.body().path("results").get(0).path("trust").asDouble()).isZero();
        assertThat(asColleague.body().path("results").get(0).path("paths").get(0).path("endorserName").asString())
                .isEqualTo("Pia Private");
        assertThat(asManager.raw()).contains("Pia Private");
        // The manager may see her, and the team knows her well: half the team's trust reaches the manager.
        assertThat(asManager.body().path("results").get(0).path("paths").get(0).path("tier").asString())
                .isEqualTo("trusted");
    }

    @Test
    void theYearsCountFromTheFirstMeetingTheReaderMayRead() {
        UUID olga = person(reader.client(), "Olga Older", "shared", null);
        // Three private meetings of a colleague's, long ago, before the reader's first shared one five years ago.
        for (int i = 0; i < 3; i++) {
            touch(colleague.client(), olga, "meal", NOW.minus(Duration.ofDays(365L * (12 - i) + 10)), "private");
        }
        touch(reader.client(), olga, "in_person", NOW.minus(Duration.ofDays(365L * 5 + 10)));
        for (int i = 0; i < 6; i++) {
            touch(reader.client(), olga, "meal", NOW.minus(Duration.ofDays(2 + 7L * i)));
        }
        rows.company("Olgas Pick " + tag, organization("Olgas Pick " + tag)).offering(electrical)
                .servingNamed("city", city).endorsedBy(olga, 5, SPOKEN, null, electrical);

        JsonNode asReader = search(reader.client(), "electrical", city).path("results").get(0).path("paths").get(0);
        JsonNode asColleague = search(colleague.client(), "electrical", city).path("results").get(0).path("paths")
                .get(0);

        assertThat(asReader.path("endorserName").asString()).isEqualTo("Olga Older");
        assertThat(asReader.path("years").asInt()).isEqualTo(5);
        // The colleague may read her own meetings: she has known Olga for twelve years.
        assertThat(asColleague.path("endorserName").asString()).isEqualTo("Olga Older");
        assertThat(asColleague.path("years").asInt()).isEqualTo(12);
    }

    @Test
    void aPrivatePartnerIsFoundOnlyByThoseWhoMaySeeIt() {
        Reply created = colleague.client().post("/api/organizations", Map.of("name", "Secret Sparks " + tag,
                "visibility", "private"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        rows.company("Secret Sparks " + tag, UUID.fromString(created.id())).offering(electrical)
                .servingNamed("city", city);

        assertThat(search(reader.client(), "electrical", city).path("results")).isEmpty();
        assertThat(names(search(colleague.client(), "electrical", city).path("results")))
                .containsExactly("Secret Sparks " + tag);
    }

    @Test
    void aTeamMembersEndorsementCountsAndTheReadersOwnMost() {
        rows.company("Colleagues Pick " + tag, organization("Colleagues Pick " + tag)).offering(electrical)
                .servingNamed("city", city).endorsedByMember(colleague.id(), 5, SPOKEN, "fixed our office");
        rows.company("My Pick " + tag, organization("My Pick " + tag)).offering(electrical)
                .servingNamed("city", city).endorsedByMember(reader.id(), 5, SPOKEN, null);

        JsonNode results = search(reader.client(), "electrical", city).path("results");

        assertThat(names(results)).containsExactly("My Pick " + tag, "Colleagues Pick " + tag);
        assertThat(results.get(0).path("paths").get(0).path("text").asString()).isEqualTo("You recommended them in 2024");
        assertThat(results.get(1).path("paths").get(0).path("text").asString())
                .isEqualTo("Test member (team) recommended them in 2024: 'fixed our office'");
    }

    @Test
    void aMissingNeedIsRefusedAndAnUnknownPlaceIsSearchedWithout() {
        Reply missing = reader.client().get("/api/partners/search?near=" + enc(city));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.raw()).contains("need");

        rows.company("Anywhere " + tag, organization("Anywhere " + tag)).offering(electrical)
                .servingNamed("city", city);
        JsonNode unknown = search(reader.client(), "electrical", "Atlantis " + tag);
        assertThat(unknown.path("notes").toString()).contains("Atlantis " + tag).contains("everywhere");
        assertThat(names(unknown.path("results"))).contains("Anywhere " + tag);

        JsonNode noSuchTrade = search(reader.client(), "astrology", city);
        assertThat(noSuchTrade.path("results")).isEmpty();
        assertThat(noSuchTrade.path("notes").toString()).contains("No specialty");
        assertThat(reader.client().get("/api/partners/search?need=electrical&near=" + enc("95,10")).status())
                .isEqualTo(400);
    }

    private JsonNode search(Client client, String need, String near) {
        Reply reply = client.get(searchPath(need, near));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static String searchPath(String need, String near) {
        return "/api/partners/search?need=" + enc(need) + "&near=" + enc(near);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode results) {
        List<String> names = new ArrayList<>();
        results.forEach(r -> names.add(r.path("name").asString()));
        return names;
    }

    private static Map<String, Double> fits(JsonNode results) {
        Map<String, Double> fits = new LinkedHashMap<>();
        results.forEach(r -> fits.put(r.path("name").asString(), r.path("fit").asDouble()));
        return fits;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private UUID organization(String name) {
        Reply reply = reader.client().post("/api/organizations", Map.of("name", name));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return UUID.fromString(reply.id());
    }

    private UUID person(Client client, String name, String visibility, Map<String, Object> location) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "visibility", visibility));
        if (location != null) {
            body.put("location", location);
        }
        Reply reply = client.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return UUID.fromString(reply.id());
    }

    private void touch(Client client, UUID personId, String channel, Instant at) {
        touch(client, personId, channel, at, "shared");
    }

    private void touch(Client client, UUID personId, String channel, Instant at, String visibility) {
        Reply reply = client.post("/api/touchpoints", Map.of("channel", channel, "personIds", List.of(personId.toString()),
                "occurredAt", OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString(), "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
    }

    private void deploymentWith(Client client, UUID organizationId, boolean reachedActiveUse) {
        deploymentWith(client, organizationId, reachedActiveUse, "shared");
    }

    /**
     * A deployment with the partner's organization taking part; reaching active use is written as the adoption
     * rule writes it, which these tests do not exercise.
     */
    private void deploymentWith(Client client, UUID organizationId, boolean reachedActiveUse, String visibility) {
        Reply created = client.post("/api/deployments", Map.of("name", "Rollout " + UUID.randomUUID(),
                "visibility", visibility));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        UUID deployment = UUID.fromString(created.id());
        jdbc.sql("insert into deployment_partner (id, deployment_id, organization_id) values (:id, :d, :o)")
                .param("id", UUID.randomUUID()).param("d", deployment).param("o", organizationId).update();
        if (reachedActiveUse) {
            jdbc.sql("update deployment set first_active_on = :on, active_since = :on where id = :d")
                    .param("on", LocalDate.of(2026, 3, 1)).param("d", deployment).update();
        }
    }
}
