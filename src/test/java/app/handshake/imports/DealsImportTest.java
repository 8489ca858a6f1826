package app.handshake.imports;

import static app.handshake.imports.ImportsApiTest.importBytes;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Deals from a CSV file through the import jobs: opened in their stage and closed through their own transitions
 * with the history to show for it, idempotent, all or nothing with the file, line and column of a refusal, and
 * blind to what the importer may not see.
 */
@HandshakeTest
class DealsImportTest {

    private static final String HEADER = "name,organization,stage,value,currency,expected_close,outcome,loss_reason,"
            + "competitor,people,notes\n";

    @Autowired
    Api api;

    @Test
    void aDealsFileOpensAndClosesDealsWithTheirHistoryAndImportingItAgainChangesNothing() {
        Client seller = api.newUser("member", null).client();
        String tag = tag();
        String dana = "dana." + tag + "@example.com";
        String sam = "sam." + tag + "@example.com";
        seller.post("/api/people", Map.of("name", "Dana " + tag, "emails", List.of(Map.of("address", dana))));
        seller.post("/api/people", Map.of("name", "Sam " + tag, "emails", List.of(Map.of("address", sam))));
        String file = HEADER
                + "IVR " + tag + ",Northwind " + tag + ",Proposal,\"2,500,000.50\",gbp,2027-03-31,,,,"
                + "\"" + dana + ":decision_maker; " + sam + ":champion\",Eight sites\n"
                + "Upsell " + tag + ",Northwind " + tag + ",Negotiation,12000,EUR,,won,,,,\n"
                + "Telephony " + tag + ",Contoso " + tag + ",,900000,JPY,,lost,Price,\"Rival Inc; Other Co\","
                + "\"" + dana + ":decision maker\",\n"
                + "Pilot " + tag + ",Contoso " + tag + ",Discovery,,,,walked away,Budget frozen for two years,,,\n";

        // No format given: the header tells a deals file from a contacts one.
        JsonNode job = importBytes(seller, "deals.csv", file.getBytes(StandardCharsets.UTF_8), "");

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("format").asString()).isEqualTo("deals");
        assertThat(job.path("created").asLong()).isEqualTo(4);
        assertThat(job.path("peopleCreated").asLong()).isZero();
        JsonNode ivr = deal(seller, "IVR " + tag);
        assertThat(ivr.path("stage").path("name").asString()).isEqualTo("Proposal");
        assertThat(ivr.path("value").path("amount").asLong()).isEqualTo(250_000_050L);
        assertThat(ivr.path("value").path("currency").asString()).isEqualTo("GBP");
        assertThat(ivr.path("expectedClose").asString()).isEqualTo("2027-03-31");
        assertThat(ivr.path("organizationName").asString()).isEqualTo("Northwind " + tag);
        assertThat(ivr.path("notes").asString()).isEqualTo("Eight sites");
        assertThat(ivr.path("people")).extracting(p -> p.path("name").asString() + "=" + p.path("role").asString())
                .containsExactlyInAnyOrder("Dana " + tag + "=decision_maker", "Sam " + tag + "=champion");
        assertThat(deal(seller, "Upsell " + tag).path("organizationId").asString())
                .as("one organization for both rows").isEqualTo(ivr.path("organizationId").asString());
        assertThat(deal(seller, "Upsell " + tag).path("outcome").asString()).isEqualTo("won");

        JsonNode lost = deal(seller, "Telephony " + tag);
        assertThat(lost.path("outcome").asString()).isEqualTo("lost");
        assertThat(lost.path("lossReason").path("label").asString()).isEqualTo("Price");
        assertThat(lost.path("wonBy").asString()).isEqualTo("Rival Inc");
        assertThat(lost.path("competitors")).extracting(JsonNode::asString).containsExactly("Rival Inc", "Other Co");
        assertThat(lost.path("value").path("amount").asLong()).isEqualTo(900_000L);
        assertThat(lost.path("stage").path("name").asString()).as("the pipeline's first stage").isEqualTo("Qualified");
        assertThat(kinds(seller, lost)).containsExactly("created", "lost");

        JsonNode walked = deal(seller, "Pilot " + tag);
        assertThat(walked.path("outcome").asString()).isEqualTo("walked_away");
        assertThat(walked.path("outcomeNote").asString()).isEqualTo("Budget frozen for two years");
        assertThat(kinds(seller, walked)).containsExactly("created", "walked_away");

        JsonNode again = importBytes(seller, "deals.csv", file.getBytes(StandardCharsets.UTF_8), "?format=deals");
        assertThat(again.path("status").asString()).isEqualTo("succeeded");
        assertThat(again.path("created").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(4);
        assertThat(seller.get("/api/deals?q=" + tag).body().path("items")).hasSize(4);
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingFileLineAndColumn() {
        Client seller = api.newUser("member", null).client();
        String tag = tag();
        String good = "Good " + tag + ",Acme " + tag + ",Proposal,100,GBP,,,,,,\n";
        Map<String, String> refusals = Map.of(
                "Bad " + tag + ",Acme " + tag + ",Nowhere,100,GBP,,,,,,\n", "stage: \"Nowhere\" is not a stage",
                "Bad " + tag + ",Acme " + tag + ",,12.5x,GBP,,,,,,\n", "value: \"12.5x\" is not an amount",
                "Bad " + tag + ",Acme " + tag + ",,100,,,,,,,\n", "currency must be given with a value",
                "Bad " + tag + ",Acme " + tag + ",,,,31/03/2027,,,,,\n", "expected_close: \"31/03/2027\" is not a date",
                "Bad " + tag + ",Acme " + tag + ",,,,,maybe,,,,\n", "outcome: \"maybe\" is not an outcome",
                "Bad " + tag + ",Acme " + tag + ",,,,,lost,,,,\n", "loss_reason must say why the deal was lost",
                "Bad " + tag + ",Acme " + tag + ",,,,,,,,nobody." + tag + "@example.com:champion,\n",
                "people: \"nobody." + tag + "@example.com\" is the address of nobody you can see",
                "Bad " + tag + ",Acme " + tag + ",,,,,,,,someone@example.com:boss,\n", "people: \"boss\"",
                "Bad " + tag + ",,,,,,,,,,\n", "organization must name the organization");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            JsonNode job = importBytes(seller, "deals.csv", (HEADER + good + refusal.getKey())
                    .getBytes(StandardCharsets.UTF_8), "?format=deals");

            assertThat(job.path("status").asString()).as(refusal.getKey()).isEqualTo("failed");
            assertThat(job.path("problem").path("place").asString()).as(refusal.getKey())
                    .startsWith("deals.csv, line 3");
            assertThat(job.path("problem").path("detail").asString()).as(refusal.getKey()).contains(refusal.getValue());
        }
        assertThat(seller.get("/api/deals?q=" + tag).body().path("items")).as("nothing of a failed file").isEmpty();
        assertThat(seller.get("/api/organizations?q=Acme%20" + tag).body().path("items")).isEmpty();

        JsonNode skipping = importBytes(seller, "deals.csv", (HEADER + good + refusals.keySet().iterator().next())
                .getBytes(StandardCharsets.UTF_8), "?format=deals&skipBad=true");
        assertThat(skipping.path("status").asString()).isEqualTo("succeeded");
        assertThat(skipping.path("created").asLong()).isEqualTo(1);
        assertThat(skipping.path("failed").asLong()).isEqualTo(1);
        assertThat(skipping.path("notes").get(0).path("place").asString()).startsWith("deals.csv, line 3");
    }

    @Test
    void anotherUsersPrivateOrganizationAndPeopleAreNeitherFoundNorHintedAt() {
        NewUser owner = api.newUser("member", null);
        Client importer = api.newUser("member", null).client();
        String tag = tag();
        String secretOrganization = owner.client().post("/api/organizations", Map.of("name", "Secret " + tag,
                "visibility", "private")).id();
        String hidden = "hidden." + tag + "@example.com";
        owner.client().post("/api/people", Map.of("name", "Hidden " + tag, "emails", List.of(Map.of("address", hidden)),
                "visibility", "private"));

        JsonNode refused = importBytes(importer, "deals.csv", (HEADER + "Probe " + tag + ",Open " + tag + ",,,,,,,,"
                + hidden + ":decision_maker,\n").getBytes(StandardCharsets.UTF_8), "?format=deals");
        assertThat(refused.path("status").asString()).isEqualTo("failed");
        assertThat(refused.path("problem").path("detail").asString()).contains("is the address of nobody you can see")
                .doesNotContain("Hidden");

        JsonNode job = importBytes(importer, "deals.csv", (HEADER + "Probe " + tag + ",Secret " + tag + ",,,,,,,,,\n")
                .getBytes(StandardCharsets.UTF_8), "?format=deals");
        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        JsonNode probe = deal(importer, "Probe " + tag);
        assertThat(probe.path("organizationId").asString()).as("a new organization of the importer's own")
                .isNotEqualTo(secretOrganization);
        assertThat(owner.client().get("/api/deals?q=" + tag).body().path("items")).as("the importer's deal is shared")
                .hasSize(1);
        assertThat(owner.client().get("/api/deals?organizationId=" + secretOrganization).body().path("items")).isEmpty();
    }

    private static JsonNode deal(Client client, String name) {
        JsonNode items = client.get("/api/deals?q=" + name.replace(" ", "%20")).body().path("items");
        assertThat(items).as(name).hasSize(1);
        return client.get("/api/deals/" + items.get(0).path("id").asString()).body();
    }

    private static List<String> kinds(Client client, JsonNode deal) {
        List<String> kinds = new ArrayList<>();
        client.get("/api/deals/" + deal.path("id").asString() + "/history").body()
                .forEach(event -> kinds.add(event.path("kind").asString()));
        return kinds;
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
