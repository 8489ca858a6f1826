package app.handshake.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@HandshakeTest
public class ImportsApiTest {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final Path LAYOUTS = Path.of("src/test/resources/imports");

    @Autowired
    Api api;

    @Test
    void everyCorpusAddressBookImportsAndImportingItAgainChangesNothing() throws IOException {
        Client member = api.newUser("member", null).client();
        List<Path> files;
        try (Stream<Path> vcards = Files.list(CORPUS.resolve("vcard")); Stream<Path> csvs = Files.list(CORPUS.resolve("csv"));
                Stream<Path> layouts = Files.list(LAYOUTS)) {
            files = Stream.of(vcards, csvs, layouts).flatMap(s -> s).sorted().toList();
        }
        for (Path file : files) {
            JsonNode job = importFile(member, file, "");
            assertThat(job.path("status").asString()).as(file + ": " + job).isEqualTo("succeeded");
            assertThat(job.path("recordsRead").asLong()).as(file.toString()).isPositive();
            assertThat(job.path("created").asLong()).as(file + ": " + job).isEqualTo(job.path("recordsRead").asLong());
        }
        for (Path file : files) {
            JsonNode again = importFile(member, file, "");
            assertThat(again.path("status").asString()).isEqualTo("succeeded");
            assertThat(again.path("created").asLong() + again.path("updated").asLong()).as(file + ": " + again).isZero();
            assertThat(again.path("unchanged").asLong()).isEqualTo(again.path("recordsRead").asLong());
        }
        JsonNode john = onlyPerson(member, "john.doe@ibm.com");
        assertThat(john.path("name").asString()).isEqualTo("Mr. John Richter James Doe Sr.");
        assertThat(john.path("organization").path("name").asString()).isEqualTo("IBM");
        assertThat(john.path("phones")).hasSize(7);
        assertThat(john.path("source").path("channel").asString()).isEqualTo("imported");
        JsonNode amara = onlyPerson(member, "amara.okafor@example.org");
        assertThat(amara.path("organization").path("name").asString()).isEqualTo("Northwind, Ltd.");
        Reply apple = member.get("/api/organizations?q=Apple%20Computer");
        assertThat(apple.body().path("items")).extracting(o -> o.path("name").asString()).contains("Apple Computer AG");
    }

    @Test
    void aPersonWhoAlreadyHasTheAddressGetsWhatTheyLackAndIsNeverDuplicated() {
        Client member = api.newUser("member", null).client();
        String email = "mira." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Reply created = member.post("/api/people", Map.of("name", "Mira Sato", "title", "CEO",
                "emails", List.of(Map.of("address", email))));
        assertThat(created.status()).isEqualTo(201);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Mira S.\r\nTITLE:Intern\r\nEMAIL:" + email.toUpperCase()
                + "\r\nTEL;TYPE=CELL:+81 90 1234 5678\r\nCATEGORIES:Tokyo\r\nEND:VCARD\r\n";
        JsonNode job = importBytes(member, "mira.vcf", card.getBytes(StandardCharsets.UTF_8), "");
        assertThat(job.path("updated").asLong()).as(job.toString()).isEqualTo(1);
        assertThat(job.path("created").asLong()).isZero();
        JsonNode mira = onlyPerson(member, email);
        assertThat(mira.path("name").asString()).isEqualTo("Mira Sato");
        assertThat(mira.path("title").asString()).isEqualTo("CEO");
        assertThat(mira.path("phones").get(0).path("number").asString()).isEqualTo("+81 90 1234 5678");
        assertThat(mira.path("tags")).extracting(JsonNode::asString).containsExactly("tokyo");
    }

    @Test
    void aDryRunCountsWhatWouldHappenAndStoresNothing() {
        Client member = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name,Email\nAda " + tag + ",ada." + tag + "@example.com\nBo " + tag + ",bo." + tag + "@example.com\n";
        JsonNode job = importBytes(member, "dry.csv", csv.getBytes(StandardCharsets.UTF_8), "?dryRun=true");
        assertThat(job.path("status").asString()).isEqualTo("succeeded");
        assertThat(job.path("dryRun").asBoolean()).isTrue();
        assertThat(job.path("created").asLong()).isEqualTo(2);
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).isEmpty();
    }

    @Test
    void aFileCutOffInTheMiddleImportsNothingAndSaysWhere() {
        Client member = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name,Email,Notes\nAda " + tag + ",ada." + tag + "@example.com,ok\nBo " + tag + ",bo." + tag
                + "@example.com,\"a note cut off in the midd";
        JsonNode job = importBytes(member, "cut.csv", csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(job.path("status").asString()).isEqualTo("failed");
        assertThat(job.path("problem").path("place").asString()).startsWith("cut.csv, line 3");
        assertThat(job.path("created").asLong()).isZero();
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).isEmpty();
    }

    @Test
    void skippingBadRecordsImportsTheGoodOnesAndListsEachBadOne() {
        Client member = api.newUser("member", null).client();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Name,Email\nAda " + tag + ",ada." + tag + "@example.com\nBo " + tag + ",bo." + tag
                + "@example.com,stray,fields\n,\"\"\nCy " + tag + ",cy." + tag + "@example.com\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);

        JsonNode strict = importBytes(member, "rows.csv", bytes, "");
        assertThat(strict.path("status").asString()).isEqualTo("failed");
        assertThat(strict.path("problem").path("place").asString()).isEqualTo("rows.csv, line 3 (record 2)");
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).isEmpty();

        JsonNode lenient = importBytes(member, "rows.csv", bytes, "?skipBad=true");
        assertThat(lenient.path("status").asString()).isEqualTo("succeeded");
        assertThat(lenient.path("created").asLong()).isEqualTo(2);
        assertThat(lenient.path("failed").asLong()).isEqualTo(1);
        assertThat(lenient.path("notes")).anySatisfy(note -> {
            assertThat(note.path("kind").asString()).isEqualTo("skipped");
            assertThat(note.path("place").asString()).isEqualTo("rows.csv, line 3 (record 2)");
        });
        assertThat(member.get("/api/people?q=" + tag).body().path("items")).hasSize(2);
    }

    @Test
    void aFileOfUnknownFormatOrABadMappingIsRefusedAtOnce() {
        Client member = api.newUser("member", null).client();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Reply unknown = member.upload("/api/imports", "photo.png", png);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.raw()).contains("photo.png");
        Reply mapping = member.upload("/api/imports?format=csv&mapping=Kunde%3Dcustomer", "k.csv",
                "Kunde\nAda\n".getBytes(StandardCharsets.UTF_8));
        assertThat(mapping.status()).isEqualTo(400);
        assertThat(mapping.body().path("errors").get(0).path("field").asString()).isEqualTo("mapping");
        JsonNode vcardAsCsv = importBytes(member, "people.csv",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n".getBytes(StandardCharsets.UTF_8), "?format=csv");
        assertThat(vcardAsCsv.path("status").asString()).isEqualTo("failed");
        assertThat(vcardAsCsv.path("problem").path("detail").asString()).contains("not CSV");
    }

    @Test
    void aFileAboveTheLimitIsRefusedAndNothingIsStored() {
        Client member = api.newUser("member", null).client();
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Reply refused = member.upload("/api/imports", "huge.csv", big);
        assertThat(refused.status()).as(refused.headers() + refused.raw()).isEqualTo(413);
        assertThat(refused.body()).as(refused.headers() + refused.raw()).isNotNull();
        assertThat(refused.body().path("type").asString()).isEqualTo("/problems/payload-too-large");
        assertThat(refused.body().path("detail").asString()).contains("2MB");
        assertThat(member.get("/api/imports").body().path("items")).isEmpty();
    }

    @Test
    void anotherUsersImportOfTheSameFileMakesTheirOwnRecords() {
        Client first = api.newUser("member", null).client();
        Client second = api.newUser("member", null).client();
        String card = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:" + UUID.randomUUID() + "\r\nFN:Noemail "
                + UUID.randomUUID().toString().substring(0, 8) + "\r\nEND:VCARD\r\n";
        byte[] bytes = card.getBytes(StandardCharsets.UTF_8);
        assertThat(importBytes(first, "c.vcf", bytes, "?shared=false").path("created").asLong()).isEqualTo(1);
        JsonNode theirs = importBytes(second, "c.vcf", bytes, "?shared=false");
        assertThat(theirs.path("status").asString()).isEqualTo("succeeded");
        assertThat(theirs.path("created").asLong()).as(theirs.toString()).isEqualTo(1);
    }

    @Test
    void onlyTheOneWhoImportedSeesTheJob() {
        Client owner = api.newUser("member", null).client();
        Client other = api.newUser("member", null).client();
        JsonNode job = importBytes(owner, "one.csv", ("Name,Email\nSolo,solo." + UUID.randomUUID().toString()
                .substring(0, 8) + "@example.com\n").getBytes(StandardCharsets.UTF_8), "");
        String path = "/api/imports/" + job.path("id").asString();
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.get("/api/imports").body().path("items")).isEmpty();
        assertThat(owner.get("/api/imports").body().path("items")).hasSize(1);
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);
    }

    private JsonNode importFile(Client client, Path file, String query) throws IOException {
        return importBytes(client, file.getFileName().toString(), Files.readAllBytes(file), query);
    }

    /** Uploads and waits until the job has finished. */
    public static JsonNode importBytes(Client client, String name, byte[] content, String query) {
        Reply started = client.upload("/api/imports" + query, name, content);
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        String location = started.header("Location");
        for (int i = 0; i < 600; i++) {
            JsonNode job = client.get(location).body();
            String status = job.path("status").asString();
            if (status.equals("succeeded") || status.equals("failed")) {
                return job;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not finish: " + client.get(location).raw());
    }

    private static JsonNode onlyPerson(Client client, String email) {
        JsonNode items = client.get("/api/people?q=" + email).body().path("items");
        assertThat(items).as(email).hasSize(1);
        return client.get("/api/people/" + items.get(0).path("id").asString()).body();
    }
}
