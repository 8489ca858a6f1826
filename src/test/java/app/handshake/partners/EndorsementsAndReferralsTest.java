package app.handshake.partners;

import static app.handshake.partners.PartnersTest.organization;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
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
 * Endorsements, referrals and the delivery record through the API: what a reader may not see is neither listed nor
 * counted, only the recorder changes an endorsement, thanks land in the log of touchpoints, outcomes count, and
 * merged people keep what they endorsed and were.
 */
@HandshakeTest
class EndorsementsAndReferralsTest {

    private static final Instant NOW = Instant.parse("2026-10-15T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-10-15");

    @Autowired
    Api api;

    @Autowired
    SettableClock clock;

    NewUser member;
    NewUser colleague;
    String organization;
    String partner;
    String partnerName;

    @BeforeEach
    void aSharedPartner() {
        clock.fixAt(NOW);
        member = api.newUser("member", null);
        colleague = api.newUser("member", null);
        partnerName = "Trusted Trades " + UUID.randomUUID();
        organization = organization(member.client(), partnerName, "shared");
        partner = member.client().post("/api/partners", Map.of("organizationId", organization)).id();
    }

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void anEndorsementByAPersonTheReaderMayNotSeeIsNeitherListedNorCountedNorQuoted() {
        String secret = person(member.client(), "Sam Secret", "private");
        String open = person(colleague.client(), "Olga Open", "shared");
        Reply hidden = endorse(member.client(), Map.of("endorserPersonId", secret, "rating", 5, "said",
                "Whispered praise of the wiring"));
        assertThat(hidden.status()).isEqualTo(201);
        assertThat(hidden.body().get("endorsedOn").asText()).isEqualTo(TODAY.toString());
        assertThat(endorse(colleague.client(), Map.of("endorserPersonId", open, "rating", 4, "said", "Tidy work",
                "endorsedOn", TODAY.minusDays(3).toString())).status()).isEqualTo(201);

        Reply seen = colleague.client().get("/api/partners/" + partner + "/endorsements");
        assertThat(seen.body().get("items")).hasSize(1);
        assertThat(seen.body().get("items").get(0).get("endorserName").asText()).isEqualTo("Olga Open");
        assertThat(seen.raw()).doesNotContain("Whispered").doesNotContain("Sam Secret");
        assertThat(colleague.client().get("/api/partners/" + partner).body().get("endorsementCount").asLong())
                .isEqualTo(1);
        JsonNode listed = colleague.client().get("/api/partners?q=" + PartnersTest.encode(partnerName)).body()
                .get("items");
        assertThat(listed.get(0).get("endorsementCount").asLong()).isEqualTo(1);
        assertThat(colleague.client().get("/api/endorsements/" + hidden.id()).status()).isEqualTo(404);
        assertThat(ids(colleague.client().get("/api/endorsements?endorserPersonId=" + secret))).isEmpty();
        assertThat(ids(member.client().get("/api/endorsements?endorserPersonId=" + secret)))
                .containsExactly(hidden.id());
        assertThat(colleague.client().post("/api/endorsements/" + hidden.id() + "/thanks", Map.of()).status())
                .isEqualTo(404);
        // Nor may the colleague name the hidden person as an endorser.
        assertThat(endorse(colleague.client(), Map.of("endorserPersonId", secret, "rating", 1)).status())
                .isEqualTo(400);

        assertThat(member.client().get("/api/partners/" + partner).body().get("endorsementCount").asLong())
                .isEqualTo(2);
        assertThat(member.client().get("/api/partners/" + partner + "/endorsements").body().get("items").get(0)
                .get("said").asText()).isEqualTo("Whispered praise of the wiring");
    }

    @Test
    void onlyTheOneWhoRecordedAnEndorsementChangesIt() {
        String person = person(member.client(), "Rita Rater", "shared");
        Reply recorded = endorse(member.client(), Map.of("endorserPersonId", person, "rating", 3));
        String path = "/api/endorsements/" + recorded.id();
        Map<String, Object> better = Map.of("endorserPersonId", person, "rating", 5, "said", "Came back to fix it");

        assertThat(colleague.client().get(path).status()).isEqualTo(200);
        assertThat(colleague.client().put(path, better, recorded.etag()).status()).isEqualTo(403);
        assertThat(colleague.client().delete(path, null).status()).isEqualTo(403);

        Map<String, Object> forged = new HashMap<>(better);
        forged.put("recordedBy", colleague.id().toString());
        assertThat(member.client().put(path, forged, recorded.etag()).status()).isEqualTo(400);
        assertThat(member.client().put(path, Map.of("endorserPersonId", person, "rating", 6), recorded.etag())
                .status()).isEqualTo(400);
        assertThat(member.client().put(path, Map.of("endorserPersonId", person, "endorserUserId",
                member.id().toString(), "rating", 4), recorded.etag()).status()).isEqualTo(400);

        Reply changed = member.client().put(path, better, recorded.etag());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("rating").asInt()).isEqualTo(5);
        assertThat(changed.body().get("recordedBy").asText()).isEqualTo(member.id().toString());
        assertThat(member.client().put(path, better, recorded.etag()).status()).isEqualTo(412);
        assertThat(member.client().delete(path, changed.etag()).status()).isEqualTo(204);
        assertThat(member.client().get(path).status()).isEqualTo(404);

        List<String> actions = new ArrayList<>();
        api.get("/api/audit?recordId=" + recorded.id()).body().get("items")
                .forEach(entry -> actions.add(entry.get("action").asText()));
        assertThat(actions).containsExactlyInAnyOrder("deleted", "updated", "created");
    }

    @Test
    void thankingAnEndorserLogsAMessageWithThem() {
        String person = person(member.client(), "Grace Grateful", "shared");
        Reply endorsement = endorse(member.client(), Map.of("endorserPersonId", person, "rating", 5));
        Reply thanks = colleague.client().post("/api/endorsements/" + endorsement.id() + "/thanks", Map.of());
        assertThat(thanks.status()).isEqualTo(201);
        assertThat(thanks.body().get("summary").asText()).isEqualTo("Thanked for recommending " + partnerName);
        assertThat(thanks.body().get("channel").asText()).isEqualTo("message");
        assertThat(thanks.body().get("people").get(0).get("id").asText()).isEqualTo(person);
        assertThat(thanks.body().get("ownerId").asText()).isEqualTo(colleague.id().toString());
        JsonNode timeline = member.client().get("/api/touchpoints?personId=" + person).body().get("items");
        List<String> summaries = new ArrayList<>();
        timeline.forEach(t -> summaries.add(t.get("summary").asText()));
        assertThat(summaries).contains("Thanked for recommending " + partnerName);

        Reply byTeamMember = endorse(member.client(), Map.of("endorserUserId", colleague.id().toString(), "rating", 4));
        assertThat(byTeamMember.body().get("endorserName").asText()).isNotBlank();
        assertThat(member.client().post("/api/endorsements/" + byTeamMember.id() + "/thanks", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void aReferralsOutcomeIsRecordedAndCountsInTheDeliveryRecord() {
        String neighbour = person(member.client(), "Nina Neighbour", "shared");
        Reply given = member.client().post("/api/referrals", Map.of("partnerId", partner, "direction", "given",
                "personId", neighbour, "need", "an electrician for the kitchen", "referredOn",
                TODAY.minusDays(10).toString()));
        assertThat(given.status()).isEqualTo(201);
        assertThat(given.body().get("outcome").isNull()).isTrue();
        Reply electrician = member.client().post("/api/referrals", Map.of("partnerId", partner, "direction",
                "received", "need", "Electrician"));
        assertThat(electrician.body().get("specialtyName").asText()).isEqualTo("Electrical");

        Reply delivered = colleague.client().put("/api/referrals/" + given.id(), Map.of("outcome", "delivered_well"),
                given.etag());
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body().get("outcomeOn").asText()).isEqualTo(TODAY.toString());
        assertThat(colleague.client().put("/api/referrals/" + given.id(), Map.of("outcome", "declined"), given.etag())
                .status()).isEqualTo(412);
        assertThat(member.client().put("/api/referrals/" + given.id(), Map.of("outcome", "engaged", "outcomeOn",
                TODAY.minusDays(11).toString()), delivered.etag()).status()).isEqualTo(400);
        assertThat(member.client().put("/api/referrals/" + given.id(), Map.of("outcome", "superb"), delivered.etag())
                .status()).isEqualTo(400);

        String secret = person(member.client(), "Victor Veiled", "private");
        Reply hidden = member.client().post("/api/referrals", Map.of("partnerId", partner, "direction", "given",
                "personId", secret, "outcome", "delivered_badly"));
        assertThat(hidden.status()).isEqualTo(201);

        assertThat(ids(colleague.client().get("/api/referrals?partnerId=" + partner))).containsExactlyInAnyOrder(
                given.id(), electrician.id());
        assertThat(ids(member.client().get("/api/referrals?partnerId=" + partner))).hasSize(3);
        assertThat(ids(member.client().get("/api/referrals?personId=" + neighbour))).containsExactly(given.id());
        assertThat(colleague.client().get("/api/referrals/" + hidden.id()).status()).isEqualTo(404);

        JsonNode theirs = colleague.client().get("/api/partners/" + partner + "/delivery-record").body();
        assertThat(theirs.get("deliveredWell").asLong()).isEqualTo(1);
        assertThat(theirs.get("deliveredBadly").asLong()).isZero();
        JsonNode mine = member.client().get("/api/partners/" + partner + "/delivery-record").body();
        assertThat(mine.get("deliveredWell").asLong()).isEqualTo(1);
        assertThat(mine.get("deliveredBadly").asLong()).isEqualTo(1);
    }

    @Test
    void theDeliveryRecordCountsOnlyDeploymentsTheReaderMaySee() {
        String shared = deployment(member.client(), "shared");
        String site = member.client().post("/api/deployments/" + shared + "/sites", Map.of("name", "Leeds",
                "licensedSeats", 10)).body().get("sites").get(0).get("id").asText();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(Map.of("siteId", site, "day", TODAY.minusDays(20 - i).toString(), "activeUsers", 9));
        }
        assertThat(member.client().post("/api/deployments/" + shared + "/usage", Map.of("rows", rows)).status())
                .isEqualTo(200);
        String hidden = deployment(member.client(), "private");
        String other = deployment(member.client(), "shared");
        for (String deployment : List.of(shared, hidden)) {
            assertThat(member.client().post("/api/deployments/" + deployment + "/partners", Map.of("organizationId",
                    organization, "role", "installer")).status()).isEqualTo(201);
        }
        // A deployment the partner took no part in counts for nothing.
        assertThat(other).isNotBlank();

        JsonNode theirs = colleague.client().get("/api/partners/" + partner + "/delivery-record").body();
        assertThat(theirs.get("deployments").asLong()).isEqualTo(1);
        assertThat(theirs.get("reachedActiveUse").asLong()).isEqualTo(1);
        JsonNode mine = member.client().get("/api/partners/" + partner + "/delivery-record").body();
        assertThat(mine.get("deployments").asLong()).isEqualTo(2);
        assertThat(mine.get("reachedActiveUse").asLong()).isEqualTo(1);
    }

    @Test
    void aMergedPersonsPartnerAndEndorsementsFollowTheSurvivor() {
        String survivor = person(member.client(), "Ivy Installer", "shared");
        String duplicate = person(member.client(), "I. Installer", "shared");
        Reply individual = member.client().post("/api/partners", Map.of("personId", duplicate));
        Reply endorsement = endorse(member.client(), Map.of("endorserPersonId", duplicate, "rating", 4));
        Reply referral = member.client().post("/api/referrals", Map.of("partnerId", partner, "direction", "received",
                "personId", duplicate));

        assertThat(member.client().post("/api/people/" + survivor + "/merge", Map.of("duplicateId", duplicate))
                .status()).isEqualTo(200);
        assertThat(member.client().get("/api/partners/" + individual.id()).body().get("personId").asText())
                .isEqualTo(survivor);
        assertThat(member.client().get("/api/endorsements/" + endorsement.id()).body().get("endorserPersonId")
                .asText()).isEqualTo(survivor);
        assertThat(ids(member.client().get("/api/endorsements?endorserPersonId=" + survivor)))
                .containsExactly(endorsement.id());
        assertThat(member.client().get("/api/referrals/" + referral.id()).body().get("personId").asText())
                .isEqualTo(survivor);
    }

    private Reply endorse(Client client, Map<String, Object> body) {
        return client.post("/api/partners/" + partner + "/endorsements", body);
    }

    private String deployment(Client client, String visibility) {
        Reply created = client.post("/api/deployments", Map.of("name", "Rollout " + UUID.randomUUID(),
                "organizationId", organization, "visibility", visibility, "startedOn", TODAY.minusDays(60).toString()));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private static String person(Client client, String name, String visibility) {
        Reply created = client.post("/api/people", Map.of("name", name, "visibility", visibility));
        assertThat(created.status()).isEqualTo(201);
        return created.id();
    }

    private static List<String> ids(Reply list) {
        assertThat(list.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.body().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
