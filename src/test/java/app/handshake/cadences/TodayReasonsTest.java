package app.handshake.cadences;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.imports.ImportsApiTest;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Today's reasons say what is true of the person, and an imported address book does not flood Today: people
 * who came from a file and with whom nobody has been in touch get a cadence only when someone means them to.
 */
@HandshakeTest
class TodayReasonsTest {

    @Autowired
    Api api;

    @Test
    void aConnectionAtAStrategicAccountIsNotCalledARelationship() {
        NewUser seller = api.newUser("member", null);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String account = seller.client().post("/api/organizations", Map.of("name", "Strategic " + tag,
                "tier", "strategic")).id();
        String person = seller.client().post("/api/people", Map.of("name", "Just Known " + tag,
                "organizationId", account)).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 30), "*");

        JsonNode item = agendaItem(seller.client(), person);
        assertThat(item.get("tier").asString()).isEqualTo("connection");
        assertThat(item.get("why").asString()).doesNotContain("relationship")
                .startsWith("A connection at a strategic account, not in touch yet");
        assertThat(item.get("suggestedChannel").asString()).isEqualTo("in_person");

        // Once written to, they are still no relationship, and no longer "not in touch".
        seller.client().post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(person),
                "occurredAt", OffsetDateTime.now().minusDays(40).toString()));
        String why = agendaItem(seller.client(), person).get("why").asString();
        assertThat(why).doesNotContain("relationship", "not in touch")
                .contains("at a strategic account, never met in person");
    }

    @Test
    void aPersonWithNoOrganizationAndNoTouchpointIsAskedToBeIntroducedNotCalledSilent() {
        NewUser seller = api.newUser("member", null);
        String person = seller.client().post("/api/people", Map.of("name", "Fresh Face " + UUID.randomUUID())).id();
        seller.client().put("/api/people/" + person + "/cadence", Map.of("intervalDays", 30), "*");

        String why = agendaItem(seller.client(), person).get("why").asString();
        assertThat(why).doesNotContain("relationship", "Silent", "important").contains("Not in touch yet");
    }

    @Test
    void importedPeopleWithoutTouchpointsGetNoCadenceUntilSomeoneMeansIt() {
        NewUser manager = api.newUser("manager", null);
        Client client = manager.client();
        String tag = "fair" + UUID.randomUUID().toString().substring(0, 6);
        Reply rule = client.post("/api/cadence-rules", Map.of("kind", "tag", "value", tag, "intervalDays", 30));
        assertThat(rule.status()).as(rule.raw()).isEqualTo(201);
        Reply connectionRule = null;
        try {
            String typed = client.post("/api/people", Map.of("name", "Typed " + tag, "tags", List.of(tag))).id();
            String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported " + tag + "\r\nEMAIL:imported." + tag
                    + "@example.com\r\nCATEGORIES:" + tag + "\r\nEND:VCARD\r\n"
                    + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Second " + tag + "\r\nEMAIL:second." + tag
                    + "@example.com\r\nCATEGORIES:" + tag + "\r\nEND:VCARD\r\n";
            JsonNode job = ImportsApiTest.importBytes(client, "fair.vcf", card.getBytes(StandardCharsets.UTF_8), "");
            assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
            String imported = idOf(client, "Imported " + tag);
            String second = idOf(client, "Second " + tag);

            // The rule is for tagged people, but an import of a whole address book is not a wish to call them all.
            assertThat(dueAt(client, typed)).isNotNull();
            assertThat(dueAt(client, imported)).isNull();
            assertThat(dueAt(client, second)).isNull();
            assertThat(agendaIds(client)).contains(typed).doesNotContain(imported, second);

            // A touchpoint makes them a contact like any other: the rule applies.
            client.post("/api/touchpoints", Map.of("channel", "email", "personIds", List.of(imported),
                    "occurredAt", OffsetDateTime.now().minusDays(40).toString()));
            assertThat(dueAt(client, imported)).isNotNull();
            assertThat(agendaIds(client)).contains(imported);

            // A user who sets one on them means it.
            client.put("/api/people/" + second + "/cadence", Map.of("intervalDays", 60), "*");
            assertThat(dueAt(client, second)).isNotNull();
            client.delete("/api/people/" + second + "/cadence", "*");
            assertThat(dueAt(client, second)).isNull();

            // And so does a rule for the people never contacted.
            connectionRule = client.post("/api/cadence-rules", Map.of("kind", "tier", "value", "connection",
                    "intervalDays", 90));
            assertThat(connectionRule.status()).as(connectionRule.raw()).isEqualTo(201);
            assertThat(dueAt(client, second)).isNotNull();
        } finally {
            if (connectionRule != null && connectionRule.status() == 201) {
                client.delete("/api/cadence-rules/" + connectionRule.id(), null);
            }
            client.delete("/api/cadence-rules/" + rule.id(), null);
        }
    }

    private static String idOf(Client client, String name) {
        JsonNode items = client.get("/api/people?q=" + name.replace(" ", "+")).body().get("items");
        assertThat(items.size()).as(items.toString()).isEqualTo(1);
        return items.get(0).get("id").asString();
    }

    private static String dueAt(Client client, String person) {
        JsonNode due = client.get("/api/people/" + person + "/cadence").body().path("dueAt");
        return due.isNull() || due.isMissingNode() ? null : due.asString();
    }

    private static List<String> agendaIds(Client client) {
        return client.get("/api/agenda").body().get("items").valueStream().map(i -> i.get("personId").asString())
                .toList();
    }

    private static JsonNode agendaItem(Client client, String person) {
        return client.get("/api/agenda").body().get("items").valueStream()
                .filter(i -> i.get("personId").asString().equals(person)).findFirst()
                .orElseThrow(() -> new AssertionError(person + " is not on the agenda"));
    }
}
