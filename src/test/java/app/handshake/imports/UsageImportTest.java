package app.handshake.imports;

import static app.handshake.imports.ImportsApiTest.importBytes;
import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A deployment's usage from a CSV file through the import jobs: posted through the deployments' own rules so that
 * sites reach active use, idempotent, all or nothing with the file and line of a refused row (in any batch), row by
 * row when bad records are skipped, and only into a deployment the importer may see.
 */
@HandshakeTest
class UsageImportTest {

    private static final String HEADER = "site,day,active users\n";

    @Autowired
    Api api;

    @Test
    void fourteenDaysForTwoSitesPutThemInActiveUseAndTheSameFileAgainChangesNothing() throws IOException {
        Client seller = api.newUser("member", null).client();
        Deployment deployment = wonDeployment(seller, "shared");
        byte[] file = sample();

        JsonNode job = importBytes(seller, "usage.csv", file, "?format=usage&deploymentId=" + deployment.id());

        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.path("format").asString()).isEqualTo("usage");
        assertThat(job.path("recordsRead").asLong()).isEqualTo(28);
        assertThat(job.path("created").asLong()).isEqualTo(28);
        JsonNode after = seller.get("/api/deployments/" + deployment.id()).body();
        assertThat(after.path("activeSince").asString()).as(after.toString()).isEqualTo("2026-03-15");
        assertThat(after.path("sites")).extracting(s -> s.path("name").asString() + " since "
                + s.path("activeSince").asString()).containsExactlyInAnyOrder("Leeds since 2026-03-15",
                "York since 2026-03-15");
        JsonNode leeds = usage(seller, deployment, deployment.leeds());
        assertThat(leeds.path("days")).hasSize(14);
        assertThat(leeds.path("days").get(0).path("activeUsers").asInt()).isEqualTo(14);
        assertThat(leeds.path("days").get(13).path("day").asString()).isEqualTo("2026-03-15");

        // No format given: the header tells a usage file from a contacts one.
        JsonNode again = importBytes(seller, "usage.csv", file, "?deploymentId=" + deployment.id());
        assertThat(again.path("status").asString()).as(again.toString()).isEqualTo("succeeded");
        assertThat(again.path("format").asString()).isEqualTo("usage");
        assertThat(again.path("created").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        assertThat(again.path("unchanged").asLong()).isEqualTo(28);
        JsonNode unchanged = seller.get("/api/deployments/" + deployment.id()).body();
        assertThat(unchanged.path("sites")).isEqualTo(after.path("sites"));
        assertThat(unchanged.path("activeUseHistory")).isEqualTo(after.path("activeUseHistory"));
        assertThat(usage(seller, deployment, deployment.leeds())).isEqualTo(leeds);

        // A site named by its id, with a day's count corrected.
        JsonNode corrected = importBytes(seller, "correction.csv", ("Site,Date,activeUsers\n" + deployment.york()
                + ",2026-03-15,9\n").getBytes(StandardCharsets.UTF_8), "?format=usage&deploymentId=" + deployment.id());
        assertThat(corrected.path("updated").asLong()).as(corrected.toString()).isEqualTo(1);
        assertThat(usage(seller, deployment, deployment.york()).path("days").get(13).path("activeUsers").asInt())
                .isEqualTo(9);
    }

    @Test
    void anUnknownSiteOrANegativeCountRefusesTheFileNamingItsLineAndWritesNothing() {
        Client seller = api.newUser("member", null).client();
        Deployment deployment = wonDeployment(seller, "shared");
        String good = "Leeds,2026-03-02,14\nYork,2026-03-02,7\n";
        Map<String, String> refusals = Map.of(
                "Harrogate,2026-03-02,5\n", "no site Harrogate in this deployment",
                "Leeds,2026-03-03,-3\n", "active users must not be negative",
                "York,2026-03-03,-1\n", "active users must not be negative",
                "Leeds,02/03/2026,5\n", "day: \"02/03/2026\" is not a date",
                "Leeds,2026-03-03,many\n", "active users: \"many\" is not a whole number");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            JsonNode job = importBytes(seller, "usage.csv", (HEADER + good + refusal.getKey())
                    .getBytes(StandardCharsets.UTF_8), "?format=usage&deploymentId=" + deployment.id());

            assertThat(job.path("status").asString()).as(refusal.getKey()).isEqualTo("failed");
            assertThat(job.path("problem").path("place").asString()).as(refusal.getKey())
                    .startsWith("usage.csv, line 4");
            assertThat(job.path("problem").path("detail").asString()).as(refusal.getKey())
                    .startsWith(refusal.getValue());
        }
        JsonNode withEvents = importBytes(seller, "usage.csv", ("site,date,active_users,Reports run\n"
                + "Leeds,2026-03-02,14,3\nYork,2026-03-02,7,-2\n").getBytes(StandardCharsets.UTF_8),
                "?format=usage&deploymentId=" + deployment.id());
        assertThat(withEvents.path("problem").path("place").asString()).startsWith("usage.csv, line 3");
        assertThat(withEvents.path("problem").path("detail").asString())
                .isEqualTo("the count of \"Reports run\" must not be negative");

        assertThat(usage(seller, deployment, deployment.leeds()).path("days")).as("nothing of a refused file").isEmpty();
        assertThat(usage(seller, deployment, deployment.york()).path("days")).isEmpty();

        // Skipping bad records: the good rows of the batch go in, each bad one is listed with its line.
        JsonNode skipping = importBytes(seller, "usage.csv", (HEADER + good + "Harrogate,2026-03-03,5\n"
                + "Leeds,2026-03-03,-3\nYork,2026-03-03,8\n").getBytes(StandardCharsets.UTF_8),
                "?format=usage&skipBad=true&deploymentId=" + deployment.id());
        assertThat(skipping.path("status").asString()).as(skipping.toString()).isEqualTo("succeeded");
        assertThat(skipping.path("created").asLong()).isEqualTo(3);
        assertThat(skipping.path("failed").asLong()).isEqualTo(2);
        assertThat(skipping.path("notes")).extracting(n -> n.path("place").asString().replaceFirst(" \\(.*", "")
                + ": " + n.path("message").asString()).containsExactly(
                "usage.csv, line 4: no site Harrogate in this deployment",
                "usage.csv, line 5: active users must not be negative");
        assertThat(usage(seller, deployment, deployment.leeds()).path("days")).hasSize(1);
        assertThat(usage(seller, deployment, deployment.york()).path("days")).hasSize(2);
    }

    @Test
    void aRefusedRowOfALaterBatchIsNamedByItsLineInTheFile() {
        Client seller = api.newUser("member", null).client();
        Deployment deployment = wonDeployment(seller, "shared");
        // One batch of 10,000 days and a second of three, whose last row (its third) is refused.
        StringBuilder file = new StringBuilder(HEADER);
        LocalDate first = LocalDate.of(2026, 3, 1).minusDays(5_001);
        for (int i = 0; i < 5_001; i++) {
            file.append("Leeds,").append(first.plusDays(i)).append(",12\n");
            file.append("York,").append(first.plusDays(i)).append(",6\n");
        }
        file.append("Leeds,2026-03-01,-4\n");
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);

        JsonNode strict = importBytes(seller, "big.csv", bytes, "?format=usage&deploymentId=" + deployment.id());
        assertThat(strict.path("status").asString()).isEqualTo("failed");
        assertThat(strict.path("problem").path("place").asString()).startsWith("big.csv, line 10004");
        assertThat(strict.path("problem").path("detail").asString()).isEqualTo("active users must not be negative");
        assertThat(usage(seller, deployment, deployment.leeds()).path("days")).as("a failed file keeps nothing").isEmpty();

        JsonNode skipping = importBytes(seller, "big.csv", bytes, "?format=usage&skipBad=true&deploymentId="
                + deployment.id());
        assertThat(skipping.path("status").asString()).isEqualTo("succeeded");
        assertThat(skipping.path("created").asLong()).isEqualTo(10_002);
        assertThat(skipping.path("failed").asLong()).isEqualTo(1);
        assertThat(skipping.path("notes").get(0).path("place").asString()).startsWith("big.csv, line 10004");
        assertThat(seller.get("/api/deployments/" + deployment.id()).body().path("activeSince").asString())
                .isEqualTo(first.plusDays(13).toString());
    }

    @Test
    void aMemberCannotImportIntoADeploymentTheyMayNotSee() throws IOException {
        NewUser owner = api.newUser("member", null);
        Deployment secret = wonDeployment(owner.client(), "private");
        Client other = api.newUser("member", null).client();

        Reply refused = other.upload("/api/imports?format=usage&deploymentId=" + secret.id(), "usage.csv", sample());
        assertThat(refused.status()).as(refused.raw()).isEqualTo(404);
        assertThat(other.upload("/api/imports?format=usage&deploymentId=" + UUID.randomUUID(), "usage.csv", sample())
                .status()).isEqualTo(404);
        Reply without = other.upload("/api/imports?format=usage", "usage.csv", sample());
        assertThat(without.status()).isBetween(400, 422);
        assertThat(without.raw()).contains("deploymentId");
        assertThat(other.get("/api/imports").body().path("items")).as("no job was started").isEmpty();
        assertThat(usage(owner.client(), secret, secret.leeds()).path("days")).isEmpty();
    }

    /** A deal won, which opens its deployment, with the sites Leeds (20 seats) and York (10). */
    private static Deployment wonDeployment(Client client, String visibility) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String organization = client.post("/api/organizations", Map.of("name", "Usage Works " + tag)).id();
        Reply deal = client.post("/api/deals", Map.of("name", "Rollout " + tag, "organizationId", organization,
                "visibility", visibility));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        assertThat(client.post("/api/deals/" + deal.id() + "/win", Map.of()).status()).isEqualTo(200);
        JsonNode found = client.get("/api/deployments?dealId=" + deal.id()).body().path("items");
        assertThat(found).hasSize(1);
        String id = found.get(0).path("id").asString();
        List<String> sites = new ArrayList<>();
        for (Map<String, Object> site : List.<Map<String, Object>>of(Map.of("name", "Leeds", "licensedSeats", 20),
                Map.of("name", "York", "licensedSeats", 10))) {
            Reply added = client.post("/api/deployments/" + id + "/sites", site);
            assertThat(added.status()).as(added.raw()).isEqualTo(201);
            for (JsonNode s : added.body().path("sites")) {
                if (s.path("name").asString().equals(site.get("name"))) {
                    sites.add(s.path("id").asString());
                }
            }
        }
        return new Deployment(id, sites.get(0), sites.get(1));
    }

    /** The site's days since 2022 (the files here hold March 2026, and the big one every day back to 2012). */
    private static JsonNode usage(Client client, Deployment deployment, String site) {
        Reply reply = client.get("/api/deployments/" + deployment.id() + "/sites/" + site
                + "/usage?from=2022-01-01&to=2026-12-31");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = UsageImportTest.class.getResourceAsStream("/deployments/usage.csv")) {
            return in.readAllBytes();
        }
    }

    record Deployment(String id, String leeds, String york) {}
}
