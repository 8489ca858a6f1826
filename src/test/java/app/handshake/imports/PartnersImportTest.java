package app.handshake.imports;

import static app.handshake.imports.ImportsApiTest.importBytes;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Partners and their endorsements from CSV files through the import jobs: matched to the organizations and people
 * the importer may see, specialties through the vocabulary, all or nothing with the file, line and field of a bad
 * value, and nothing twice when a file is imported again.
 */
@HandshakeTest
class PartnersImportTest {

    @Autowired
    Api api;

    @Test
    void theSampleFilesBringInPartnersWithTheirPartsAndEndorsementsAndAgainChangeNothing() throws IOException {
        Setting s = setting();

        JsonNode partners = importBytes(s.seller(), "partners.csv", s.file("partners.csv"), "");
        assertThat(partners.path("status").asString()).as(partners.toString()).isEqualTo("succeeded");
        assertThat(partners.path("format").asString()).as("told from the header").isEqualTo("partners");
        assertThat(partners.path("created").asLong()).isEqualTo(3);
        JsonNode endorsements = importBytes(s.seller(), "endorsements.csv", s.file("endorsements.csv"), "");
        assertThat(endorsements.path("status").asString()).as(endorsements.toString()).isEqualTo("succeeded");
        assertThat(endorsements.path("format").asString()).isEqualTo("endorsements");
        assertThat(endorsements.path("created").asLong()).isEqualTo(4);

        JsonNode plumber = s.partner("Northstar Plumbing " + s.m());
        assertThat(plumber.path("kind").asString()).isEqualTo("company");
        assertThat(plumber.path("website").asString()).isEqualTo("https://northstar-plumbing.example");
        assertThat(plumber.path("specialties")).extracting(n -> n.path("name").asString())
                .containsExactlyInAnyOrder("Plumbing", "Heating");
        assertThat(plumber.path("areas")).extracting(a -> a.path("kind").asString() + ":" + (a.path("kind").asString()
                .equals("radius") ? a.path("radiusKm").asInt() : a.path("place").asString()))
                .containsExactlyInAnyOrder("city:Minneapolis", "region:Minnesota", "radius:50");
        assertThat(plumber.path("certifications")).extracting(c -> c.path("name").asString() + "|"
                + c.path("issuer").asString() + "|" + c.path("expiresOn").asString())
                .containsExactly("Master Plumber|Minnesota Department of Labor|2027-05-01");
        assertThat(plumber.path("endorsementCount").asLong()).isEqualTo(2);
        JsonNode electrician = s.partner("Bright Spark " + s.m());
        assertThat(electrician.path("kind").asString()).isEqualTo("individual");
        assertThat(electrician.path("personId").asString()).isEqualTo(s.dana());
        JsonNode it = s.partner("Lakes IT " + s.m());
        assertThat(it.path("organizationId").asString()).as("found by its web domain").isEqualTo(s.lakes());
        assertThat(it.path("specialties")).extracting(n -> n.path("name").asString())
                .containsExactlyInAnyOrder("IT services", "Networking", "Security");
        JsonNode given = s.seller().get("/api/partners/" + plumber.path("id").asString() + "/endorsements").body()
                .path("items");
        assertThat(given).extracting(e -> e.path("endorserName").asString() + " " + e.path("rating").asInt() + " "
                + e.path("specialtyName").asString()).containsExactlyInAnyOrder("Dana " + s.m() + " 5 Heating",
                "Eli Okafor " + s.m() + " 4 Plumbing");
        JsonNode byTeam = s.seller().get("/api/partners/" + electrician.path("id").asString() + "/endorsements")
                .body().path("items");
        assertThat(byTeam).hasSize(1);
        assertThat(byTeam.get(0).path("endorserUserId").asString()).isEqualTo(s.colleague().id().toString());

        JsonNode again = importBytes(s.seller(), "partners.csv", s.file("partners.csv"), "?format=partners");
        assertThat(again.path("created").asLong()).as(again.toString()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(3);
        JsonNode endorsedAgain = importBytes(s.seller(), "endorsements.csv", s.file("endorsements.csv"), "");
        assertThat(endorsedAgain.path("created").asLong()).as(endorsedAgain.toString()).isZero();
        assertThat(endorsedAgain.path("unchanged").asLong()).isEqualTo(4);
        assertThat(s.partners()).hasSize(3);
        assertThat(s.partner("Northstar Plumbing " + s.m())).isEqualTo(plumber);

        // A later file adds to a partner what it lacks, and only that.
        JsonNode more = importBytes(s.seller(), "more.csv", ("name,kind,organization,specialties,areas\n"
                + "Northstar Plumbing " + s.m() + ",company,Northstar Plumbing " + s.m() + ",plumbing; roofer,"
                + "city:minneapolis; city:Edina\n").getBytes(StandardCharsets.UTF_8), "?format=partners");
        assertThat(more.path("updated").asLong()).as(more.toString()).isEqualTo(1);
        JsonNode grown = s.partner("Northstar Plumbing " + s.m());
        assertThat(grown.path("specialties")).extracting(n -> n.path("name").asString())
                .containsExactlyInAnyOrder("Plumbing", "Heating", "Roofing");
        assertThat(grown.path("areas")).hasSize(4);
    }

    @Test
    void aBadValueRefusesTheWholeFileNamingItsLineAndFieldAndStoresNothing() throws IOException {
        Setting s = setting();
        String header = "name,kind,organization,person,specialties,areas,website,description,certifications\n";
        String good = "Good Pipes " + s.m() + ",company,Good Pipes " + s.m() + ",,plumber,city:Duluth,,,\n";
        Map<String, String> refusals = Map.of(
                "Bad " + s.m() + ",company,Bad " + s.m() + ",,plumber,town:Duluth,,,\n",
                "areas: \"town:Duluth\" is not an area",
                "Bad " + s.m() + ",company,Bad " + s.m() + ",,plumber,\"radius:44.98,-93.27\",,,\n",
                "areas: \"radius:44.98,-93.27\" is not a radius",
                "Bad " + s.m() + ",guild,Bad " + s.m() + ",,plumber,,,,\n", "kind: \"guild\" is not company or individual",
                "Bad " + s.m() + ",company,Bad " + s.m() + ",,underwater welding,,,,\n",
                "specialties: \"underwater welding\" is not in the workspace's vocabulary",
                "Bad " + s.m() + ",company,Bad " + s.m() + ",,,,,,Gas Safe|Register|someday\n",
                "certifications: \"someday\" is not a date",
                "Bad " + s.m() + ",company,Bad " + s.m() + ",,,,ftp://bad.example,,\n",
                "website must be an http or https address");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            JsonNode job = importBytes(s.seller(), "partners.csv", (header + good + refusal.getKey())
                    .getBytes(StandardCharsets.UTF_8), "?format=partners");
            assertThat(job.path("status").asString()).as(refusal.getKey()).isEqualTo("failed");
            assertThat(job.path("problem").path("place").asString()).as(refusal.getKey())
                    .startsWith("partners.csv, line 3");
            assertThat(job.path("problem").path("detail").asString()).as(refusal.getKey())
                    .startsWith(refusal.getValue());
        }
        assertThat(s.partners()).as("nothing of a refused file").isEmpty();

        assertThat(importBytes(s.seller(), "partners.csv", s.file("partners.csv"), "").path("status").asString())
                .isEqualTo("succeeded");
        JsonNode endorsement = importBytes(s.seller(), "endorsements.csv", ("partner,endorser,date,rating\n"
                + "Lakes IT " + s.m() + ",eli." + s.m() + "@example.org,2026-05-01,4\n"
                + "Lakes IT " + s.m() + ",eli." + s.m() + "@example.org,2026-05-02,7\n")
                .getBytes(StandardCharsets.UTF_8), "?format=endorsements");
        assertThat(endorsement.path("status").asString()).isEqualTo("failed");
        assertThat(endorsement.path("problem").path("place").asString()).startsWith("endorsements.csv, line 3");
        assertThat(endorsement.path("problem").path("detail").asString())
                .isEqualTo("rating: \"7\" is not a whole number from 1 to 5");
        String lakes = s.partner("Lakes IT " + s.m()).path("id").asString();
        assertThat(s.seller().get("/api/partners/" + lakes + "/endorsements").body().path("items"))
                .as("the good line before it is not kept").isEmpty();

        // With "skip bad records" the good line goes in and the bad one is listed.
        JsonNode skipping = importBytes(s.seller(), "endorsements.csv", ("partner,endorser,date,rating\n"
                + "Lakes IT " + s.m() + ",eli." + s.m() + "@example.org,2026-05-01,4\n"
                + "Nobody's Firm " + s.m() + ",eli." + s.m() + "@example.org,2026-05-02,4\n")
                .getBytes(StandardCharsets.UTF_8), "?format=endorsements&skipBad=true");
        assertThat(skipping.path("created").asLong()).as(skipping.toString()).isEqualTo(1);
        assertThat(skipping.path("notes").get(0).path("message").asString())
                .startsWith("partner: \"Nobody's Firm " + s.m() + "\" is no partner you can see");
    }

    @Test
    void anotherMembersPrivatePersonIsNeitherMatchedNorHinted() throws IOException {
        Setting s = setting();
        NewUser outsider = api.newUser("member", null);
        String hidden = "hidden." + s.m() + "@example.org";
        assertThat(outsider.client().post("/api/people", Map.of("name", "Hidden Hal " + s.m(), "emails",
                List.of(Map.of("address", hidden)), "visibility", "private")).status()).isEqualTo(201);

        JsonNode asPartner = importBytes(s.seller(), "partners.csv", ("name,kind,person,specialties\n"
                + "Hal's Heating " + s.m() + ",individual," + hidden + ",heating\n").getBytes(StandardCharsets.UTF_8),
                "?format=partners");
        assertThat(asPartner.path("status").asString()).isEqualTo("failed");
        assertThat(asPartner.path("problem").path("detail").asString())
                .isEqualTo("person: \"" + hidden + "\" is the address of nobody you can see; import or add the person first");
        assertThat(importBytes(s.seller(), "partners.csv", s.file("partners.csv"), "").path("status").asString())
                .isEqualTo("succeeded");
        for (String endorser : List.of(hidden, "Hidden Hal " + s.m())) {
            JsonNode job = importBytes(s.seller(), "endorsements.csv", ("partner,endorser,date,rating\n"
                    + "Lakes IT " + s.m() + "," + endorser + ",2026-05-01,5\n").getBytes(StandardCharsets.UTF_8),
                    "?format=endorsements");
            assertThat(job.path("status").asString()).as(endorser).isEqualTo("failed");
            assertThat(job.path("problem").path("detail").asString()).as(endorser)
                    .startsWith("endorser: \"" + endorser + "\" is neither a person you can see");
        }
        assertThat(s.partners()).as("no partner for the private person").hasSize(3);
    }

    /** A seller with the people and the organization the sample files name, and a colleague who endorses. */
    private Setting setting() {
        NewUser seller = api.newUser("member", null);
        NewUser colleague = api.newUser("member", null);
        String m = UUID.randomUUID().toString().substring(0, 8);
        String dana = seller.client().post("/api/people", Map.of("name", "Dana " + m, "emails",
                List.of(Map.of("address", "dana." + m + "@example.org")))).id();
        seller.client().post("/api/people", Map.of("name", "Eli Okafor " + m, "emails",
                List.of(Map.of("address", "eli." + m + "@example.org"))));
        String lakes = seller.client().post("/api/organizations", Map.of("name", "Lakes Managed IT " + m,
                "domain", "lakes-it-" + m + ".example")).id();
        return new Setting(seller, colleague, m, dana, lakes);
    }

    record Setting(NewUser user, NewUser colleague, String m, String dana, String lakes) {

        Client seller() {
            return user.client();
        }

        byte[] file(String name) throws IOException {
            try (InputStream in = PartnersImportTest.class.getResourceAsStream("/partners/" + name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{m}", m)
                        .replace("{team}", colleague.email()).getBytes(StandardCharsets.UTF_8);
            }
        }

        /** The seller's partners of this setting, by name. */
        List<String> partners() {
            List<String> names = new ArrayList<>();
            seller().get("/api/partners?limit=100&q=" + m).body().path("items")
                    .forEach(p -> names.add(p.path("name").asString()));
            return names;
        }

        JsonNode partner(String name) {
            JsonNode items = seller().get("/api/partners?limit=100&q=" + m).body().path("items");
            for (JsonNode p : items) {
                if (p.path("name").asString().equals(name)) {
                    return seller().get("/api/partners/" + p.path("id").asString()).body();
                }
            }
            throw new AssertionError("no partner " + name + " in " + items);
        }
    }
}
