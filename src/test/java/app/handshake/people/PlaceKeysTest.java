package app.handshake.people;

import static app.handshake.people.PersonJson.aPerson;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.platform.WorkspaceRestored;
import app.handshake.support.Api;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The place names kept lower-cased beside each address (city_key, region_key, country_key) agree with the addresses
 * themselves after every kind of write: creating, changing, hiding, merging and deleting people, changing an
 * organization's sites, and restoring a backup that carries no keys.
 */
@HandshakeTest
class PlaceKeysTest {

    @Autowired
    Api api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void keptKeysAgreeWithTheAddressesAfterAMixOfChanges() {
        String marker = "k" + Long.toString(System.nanoTime(), 36);
        // The survivor of the merge has no address: it takes the duplicate's, which its keys must follow.
        Reply survivor = api.post("/api/people", aPerson().build());
        Reply moving = api.post("/api/people", aPerson().with("location", place("York " + marker, "Yorkshire", "GB")).build());
        Reply hidden = api.post("/api/people", aPerson().with("location", place("Hull " + marker, "Yorkshire", "GB")).build());
        Reply duplicate = api.post("/api/people", aPerson().with("location", place("Ripon " + marker, "North", "UK")).build());
        Reply leaving = api.post("/api/people", aPerson().with("location", place("Bath " + marker, "Somerset", "GB")).build());
        Reply organization = api.post("/api/organizations", Map.of("name", "Sites " + marker, "sites", List.of(
                Map.of("name", "Head office", "location", place("Leeds " + marker, "Yorkshire", "GB")),
                Map.of("name", "Depot", "location", place("Selby " + marker, "Yorkshire", "GB")))));

        assertThat(api.put("/api/people/" + moving.id(), aPerson("Moved " + marker)
                .withEmail(moving.body().get("emails").get(0).get("address").asString())
                .with("location", place("İzmir " + marker, "Ege", "TR")).build(), moving.etag()).status()).isEqualTo(200);
        assertThat(api.put("/api/people/" + hidden.id(), aPerson("Hidden " + marker)
                .withEmail(hidden.body().get("emails").get(0).get("address").asString())
                .with("location", place("HULL " + marker, "East Riding", "GB")).with("visibility", "private").build(),
                hidden.etag()).status()).isEqualTo(200);
        assertThat(api.post("/api/people/" + survivor.id() + "/merge", Map.of("duplicateId", duplicate.id())).status())
                .isEqualTo(200);
        assertThat(api.delete("/api/people/" + leaving.id(), leaving.etag()).status()).isEqualTo(204);
        assertThat(api.put("/api/organizations/" + organization.id(), Map.of("name", "Sites " + marker, "sites",
                List.of(Map.of("name", "Depot", "location", place("Goole " + marker, "East Riding", "GB")))),
                organization.etag()).status()).isEqualTo(200);

        assertThat(keysAsKept()).isEqualTo(keysFromScratch()).isNotEmpty();
        assertThat(jdbc.sql("select city_key from person where id = :id").param("id", UUID.fromString(survivor.id()))
                .query(String.class).single()).as("the survivor's key, from the duplicate's address")
                .isEqualTo("ripon " + marker);
        assertThat(jdbc.sql("select count(*) from organization_site where city_key in (:keys)")
                .param("keys", List.of("selby " + marker, "goole " + marker)).query(Long.class).single())
                .as("the sites written again with their organization").isEqualTo(1);

        // A backup made before the keys existed restores addresses without them; the restore's event derives them.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.sql("update person set city_key = null, region_key = null, country_key = null where id in (:ids)")
                    .param("ids", List.of(UUID.fromString(survivor.id()), UUID.fromString(moving.id()))).update();
            jdbc.sql("update organization_site set city_key = null, region_key = null, country_key = null"
                    + " where organization_id = :id").param("id", UUID.fromString(organization.id())).update();
            assertThat(keysAsKept()).as("before the restore's event").isNotEqualTo(keysFromScratch());
            events.publishEvent(new WorkspaceRestored());
            assertThat(keysAsKept()).as("after the restore's event").isEqualTo(keysFromScratch());
        });
    }

    private static Map<String, Object> place(String city, String region, String country) {
        return Map.of("city", city, "region", region, "country", country);
    }

    /** Every address's keys as kept, counted per key and level. */
    private Map<String, Long> keysAsKept() {
        return counts("city_key", "region_key", "country_key");
    }

    /** The same, lower-cased from the addresses now. */
    private Map<String, Long> keysFromScratch() {
        return counts("lower(city)", "lower(region)", "lower(country)");
    }

    private Map<String, Long> counts(String city, String region, String country) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : List.of("person", "organization_site")) {
            String[][] levels = {{"city", city}, {"region", region}, {"country", country}};
            for (String[] level : levels) {
                jdbc.sql("select " + level[1] + ", count(*) from " + table + " group by " + level[1])
                        .query(rs -> {
                            counts.put(table + " " + level[0] + " " + rs.getString(1), rs.getLong(2));
                        });
            }
        }
        return counts;
    }
}
