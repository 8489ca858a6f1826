package app.handshake.imports.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.HandshakeApplication;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.EmptyInstance;
import app.handshake.support.HandshakeTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Backup → restore into an empty instance → backup gives the same backup; users sign in with their old
 * passwords and tokens there; a bad file, a wrong passphrase or a non-empty instance restores nothing.
 */
@HandshakeTest
class BackupRoundTripTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    private final EmptyInstance target = EmptyInstance.create();

    @AfterEach
    void dropTarget() {
        target.drop(jdbc);
    }

    @Test
    void backupRestoresIntoAnEmptyInstanceWithNothingLostAndBacksUpIdentically() throws IOException, InterruptedException {
        Workspace made = fillEveryTable();
        for (String table : backedUpTables()) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                    .as("the round trip covers %s", table).isPositive();
        }
        Reply backup = api.post("/api/backup", Map.of("passphrase", PASSPHRASE));
        assertThat(backup.status()).as(backup.raw()).isEqualTo(200);
        assertThat(backup.header("Content-Disposition")).contains("handshake-backup-").contains(".json");
        String first = backup.raw();
        assertThat(first).doesNotContain(made.passwordHash()).doesNotContain(made.tokenHash())
                .doesNotContain(made.privateNote()).contains(made.personName());
        Path file = Files.writeString(folder.resolve("backup.json"), first);

        // A start-up of the empty instance made its first admin; the restore replaces that admin.
        List<String> withFirstAdmin = List.of("--handshake.admin.create-on-empty=true",
                "--handshake.admin.email=first@restore.example", "--handshake.admin.password=first-admin-password");
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "not the passphrase at all\n");
        Cli refused = Cli.run(target, "restore", file.toString(), "--passphrase-file", wrong.toString(), withFirstAdmin);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("passphrase does not open").contains("nothing was restored");

        Path cut = Files.writeString(folder.resolve("cut.json"), first.substring(0, first.length() / 2));
        Cli cutOff = Cli.run(target, "restore", cut.toString(), "--passphrase-file", passphraseFile(), List.of());
        assertThat(cutOff.exit()).isEqualTo(1);
        assertThat(cutOff.err()).contains("cut.json, line ").contains("nothing was restored");

        Cli restored = Cli.run(target, "restore", file.toString(), "--passphrase-file", passphraseFile(), List.of());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored").contains("rows in " + backedUpTables().size() + " tables");

        try (ConfigurableApplicationContext instance = startServer()) {
            WorkspaceBackup restoredBackups = instance.getBean(WorkspaceBackup.class);
            var adminActor = instance.getBean(app.handshake.accounts.Users.class).findByEmail(Api.ADMIN_EMAIL)
                    .orElseThrow().actor();
            ByteArrayOutputStream second = new ByteArrayOutputStream();
            restoredBackups.write(adminActor, PASSPHRASE.toCharArray(), second, rows -> {});
            assertThat(comparable(second.toString(StandardCharsets.UTF_8))).isEqualTo(comparable(first));

            String base = "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
            assertThat(get(base + "/api/users/me", "Bearer " + made.token())).contains(made.member().email());
            String signedIn = json.readTree(send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                    .header("Authorization", basic(made.member().email(), Api.PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"after restore\"}")), 201)).get("token").asString();
            assertThat(get(base + "/api/people/" + made.personId(), "Bearer " + signedIn))
                    .contains(made.personName()).contains(made.privateNote());
            JsonNode deal = json.readTree(get(base + "/api/deals/" + made.dealId(), "Bearer " + signedIn));
            assertThat(deal.path("outcome").asString()).isEqualTo("won");
            assertThat(deal.path("wonBack").asBoolean()).isTrue();
            assertThat(deal.path("value").path("amount").asLong()).isEqualTo(123_456_78L);
            assertThat(deal.path("people").get(0).path("role").asString()).isEqualTo("decision_maker");
            assertThat(deal.path("competitors").get(0).asString()).startsWith("Rival ");
            assertThat(deal.path("followOns").get(0).path("id").asString()).isEqualTo(made.followOnId());
            List<String> history = new ArrayList<>();
            json.readTree(get(base + "/api/deals/" + made.dealId() + "/history", "Bearer " + signedIn))
                    .forEach(event -> history.add(event.path("kind").asString()));
            assertThat(history).containsExactly("created", "lost", "reopened", "won");
            assertThat(json.readTree(get(base + "/api/deals/" + made.followOnId(), "Bearer " + signedIn))
                    .path("origin").path("id").asString()).isEqualTo(made.dealId());
            JsonNode before = made.member().client().get("/api/deployments/" + made.deploymentId()).body();
            JsonNode deployment = json.readTree(get(base + "/api/deployments/" + made.deploymentId(),
                    "Bearer " + signedIn));
            assertThat(deployment.path("dealId").asString()).isEqualTo(made.dealId());
            assertThat(deployment.path("activeSince").asString()).isEqualTo("2026-03-15");
            for (String part : List.of("sites", "milestones", "obstacles", "partners")) {
                assertThat(deployment.path(part)).as(part).hasSize(1).isEqualTo(before.path(part));
            }
            // The site and, with it, the whole deployment reached active use on the fourteenth day.
            assertThat(deployment.path("activeUseHistory")).hasSize(2).isEqualTo(before.path("activeUseHistory"));
            assertThat(deployment.path("sites").get(0).path("customerPersonName").asString()).isEqualTo(made.personName());
            assertThat(deployment.path("obstacles").get(0).path("siteId").asString())
                    .isEqualTo(deployment.path("sites").get(0).path("id").asString());
            JsonNode usage = json.readTree(get(base + "/api/deployments/" + made.deploymentId() + "/sites/"
                    + deployment.path("sites").get(0).path("id").asString() + "/usage?from=2026-03-01&to=2026-03-31",
                    "Bearer " + signedIn));
            assertThat(usage.path("days")).hasSize(14);
            assertThat(usage.path("days").get(13).path("activeUsers").asInt()).isEqualTo(15 + 13 % 3);
            for (String part : List.of("", "/endorsements", "/delivery-record")) {
                JsonNode partner = json.readTree(get(base + "/api/partners/" + made.partnerId() + part,
                        "Bearer " + signedIn));
                assertThat(partner).as("partner" + part)
                        .isEqualTo(made.member().client().get("/api/partners/" + made.partnerId() + part).body());
            }
            // The board's totals are not in the backup: the restore counts them from the deals it wrote.
            assertThat(openTotals(instance.getBean(JdbcClient.class))).as("the board's totals after a restore")
                    .isEqualTo(openTotals(jdbc)).isNotEmpty();
            assertThat(closedTotals(instance.getBean(JdbcClient.class))).as("the closed deals' totals after a restore")
                    .isEqualTo(closedTotals(jdbc)).isNotEmpty();

            var notEmpty = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidBackupException.class,
                    () -> restoredBackups.restore(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8)),
                            PASSPHRASE.toCharArray(), rows -> {}));
            assertThat(notEmpty.getMessage()).contains("only into an empty workspace").contains("person (");
        }
    }

    @Test
    void onlyAdminsBackUpAndThePassphraseMustBeLongEnough() {
        NewUser member = api.newUser("member", null);
        assertThat(member.client().post("/api/backup", Map.of("passphrase", PASSPHRASE)).status()).isEqualTo(403);
        Reply weak = api.post("/api/backup", Map.of("passphrase", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.raw()).contains("passphrase").contains("at least");
        assertThat(api.anonymous().post("/api/backup", Map.of("passphrase", PASSPHRASE)).status()).isEqualTo(401);
    }

    @Test
    void aSealedValueMovedToAnotherRowIsRefused() throws IOException {
        api.newUser("member", null);
        api.newUser("member", null);
        ObjectNode backup = (ObjectNode) json.readTree(api.post("/api/backup", Map.of("passphrase", PASSPHRASE)).raw());
        ArrayNode rows = (ArrayNode) table(backup, "app_user").get("rows");
        int hash = columnIndex(table(backup, "app_user"), "password_hash");
        JsonNode firstHash = rows.get(0).get(hash);
        ((ArrayNode) rows.get(0)).set(hash, rows.get(1).get(hash));
        ((ArrayNode) rows.get(1)).set(hash, firstHash);
        Path file = Files.writeString(folder.resolve("swapped.json"), json.writeValueAsString(backup));

        Cli swapped = Cli.run(target, "restore", file.toString(), "--passphrase-file", passphraseFile(), List.of());
        assertThat(swapped.exit()).isEqualTo(1);
        assertThat(swapped.err()).contains("app_user.password_hash").contains("changed or belongs elsewhere");
    }

    @Test
    void aBackupFromANewerHandshakeIsRefused() throws IOException {
        ObjectNode backup = (ObjectNode) json.readTree(api.post("/api/backup", Map.of("passphrase", PASSPHRASE)).raw());
        backup.put("schema", "999912312359");
        Path newer = Files.writeString(folder.resolve("newer.json"), json.writeValueAsString(backup));

        Cli refused = Cli.run(target, "restore", newer.toString(), "--passphrase-file", passphraseFile(), List.of());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("newer Handshake").contains("999912312359");
    }

    @Test
    void aBackupFromBeforeAddressesWereUniquePerAudienceGivesPrivateAddressesBackToTheirOwner() throws Exception {
        NewUser member = api.newUser("member", null);
        String address = "older." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(member.client().post("/api/people", Map.of("name", "From an older backup", "visibility", "private",
                "emails", List.of(Map.of("address", address)))).status()).isEqualTo(201);
        ObjectNode backup = (ObjectNode) json.readTree(api.post("/api/backup", Map.of("passphrase", PASSPHRASE)).raw());
        JsonNode emails = table(backup, "person_email");
        int column = columnIndex(emails, "unique_within");
        ((ArrayNode) emails.get("columns")).remove(column);
        emails.get("rows").forEach(row -> ((ArrayNode) row).remove(column));
        // An older Handshake held each address once in the whole workspace: so does its backup.
        int addressColumn = columnIndex(emails, "address");
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Iterator<JsonNode> rows = ((ArrayNode) emails.get("rows")).iterator();
        while (rows.hasNext()) {
            if (!seen.add(rows.next().get(addressColumn).asString())) {
                rows.remove();
            }
        }
        // Nor did it hold search words: its people are found all the same once restored.
        ((ArrayNode) table(backup, "person_search_term").get("rows")).removeAll();
        ((ArrayNode) table(backup, "organization_search_term").get("rows")).removeAll();
        Path file = Files.writeString(folder.resolve("older.json"), json.writeValueAsString(backup));

        Cli restored = Cli.run(target, "restore", file.toString(), "--passphrase-file", passphraseFile(), List.of());

        assertThat(restored.exit()).as(restored.err()).isZero();
        try (Connection connection = java.sql.DriverManager.getConnection(target.url(), target.user(), target.password())) {
            JdbcClient there = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
                    connection, true));
            assertThat(there.sql("select unique_within from person_email where address = :address")
                    .param("address", address).query(UUID.class).single()).isEqualTo(member.id());
            assertThat(there.sql("""
                    select t.term from person_search_term t join person_email e on e.person_id = t.person_id
                     where e.address = :address""").param("address", address).query(String.class).list())
                    .contains("older", "backup");
        }
    }

    /** Data in every table a backup holds, made through the API as users make it. */
    private Workspace fillEveryTable() {
        NewUser manager = api.newUser("manager", null);
        NewUser member = api.newUser("member", manager.id());
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Reply token = member.client().post("/api/tokens", Map.of("name", "backup test"));
        assertThat(member.client().post("/api/calendar-feed", Map.of()).status()).isEqualTo(201);
        Reply organization = member.client().post("/api/organizations", Map.of("name", "Backup Works " + marker,
                "tier", "strategic", "sites", List.of(Map.of("name", "Plant", "location", Map.of("city", "Århus",
                        "latitude", 56.1629, "longitude", 10.2039)))));
        String note = "Sealed thought " + marker;
        String name = "Zoë Ünicode " + marker;
        Reply person = member.client().post("/api/people", Map.of("name", name, "organizationId", organization.id(),
                "emails", List.of(Map.of("address", "zoe." + marker + "@example.org", "label", "work")),
                "phones", List.of(Map.of("number", "+45 20 30 40 50")), "tags", List.of("backup-" + marker),
                "birthday", "1990-02-28", "privateNote", note, "visibility", "private"));
        assertThat(person.status()).as(person.raw()).isEqualTo(201);
        // A meeting planned with the manager joining, which the meal below (a day later) completes.
        Reply planned = member.client().post("/api/touchpoints/planned", Map.of("personIds", List.of(person.id()),
                "plannedAt", OffsetDateTime.now().minusDays(4).toString(), "channel", "meal",
                "purpose", "Lunch " + marker, "organizationId", organization.id(),
                "joiningUserIds", List.of(manager.id().toString())));
        assertThat(planned.status()).as(planned.raw()).isEqualTo(201);
        Reply touchpoint = member.client().post("/api/touchpoints", Map.of("channel", "meal",
                "personIds", List.of(person.id()), "userIds", List.of(manager.id().toString()),
                "occurredAt", OffsetDateTime.now().minusDays(3).toString(), "notes", "=1+1 \"quoted\"\nsecond line"));
        assertThat(touchpoint.status()).as(touchpoint.raw()).isEqualTo(201);
        assertThat(member.client().put("/api/people/" + person.id() + "/cadence", Map.of("intervalDays", 1), "*").status())
                .isEqualTo(200);
        assertThat(api.post("/api/cadence-rules", Map.of("kind", "tag", "value", "backup-" + marker, "intervalDays", 30))
                .status()).isEqualTo(201);
        member.client().post("/api/agenda/" + person.id() + "/snooze", Map.of("until", "2099-01-01"));
        assertThat(api.post("/api/jobs/reminders", Map.of()).status()).isLessThan(300);
        byte[] cards = ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card " + marker + "\r\nUID:card-" + marker + "\r\nEMAIL:card." + marker
                + "@example.org\r\nX-UNKNOWN;BROKEN\r\nEND:VCARD\r\n").getBytes(StandardCharsets.UTF_8);
        Reply upload = member.client().upload("/api/imports", "cards.vcf", cards);
        assertThat(upload.status()).isEqualTo(202);
        awaitFinished(member.client(), upload.id());
        // A deal lost to a competitor, reopened and won back, with its people, competitors and history, and a
        // follow-on deal that names it as its origin (a row pointing at a row of its own table).
        Reply deal = member.client().post("/api/deals", Map.of("name", "Backup deal " + marker,
                "organizationId", organization.id(), "value", Map.of("amount", 123_456_78L, "currency", "EUR"),
                "expectedClose", "2027-06-30", "competitors", List.of("Rival " + marker), "notes", "=1+1 deal",
                "people", List.of(Map.of("personId", person.id(), "role", "decision_maker"))));
        assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
        assertThat(member.client().post("/api/deals/" + deal.id() + "/lose", Map.of("reason", "Price",
                "competitor", "Rival " + marker)).status()).isEqualTo(200);
        assertThat(member.client().post("/api/deals/" + deal.id() + "/reopen", Map.of()).status()).isEqualTo(200);
        assertThat(member.client().post("/api/deals/" + deal.id() + "/win", Map.of("note", "won back")).status())
                .isEqualTo(200);
        String deployment = deployment(member, deal.id(), organization.id(), person.id(), marker);
        String partner = partner(member, manager, organization.id(), person.id(), marker);
        Reply followOn = member.client().post("/api/deals", Map.of("name", "Backup follow-on " + marker,
                "organizationId", organization.id(), "originDealId", deal.id()));
        assertThat(followOn.status()).as(followOn.raw()).isEqualTo(201);
        // Advice the member dismissed: a big deal whose decision maker nobody has met.
        Reply decider = member.client().post("/api/people", Map.of("name", "Backup Decider " + marker));
        Reply big = member.client().post("/api/deals", Map.of("name", "Backup big deal " + marker,
                "organizationId", organization.id(), "value", Map.of("amount", 100_000_000L, "currency", "EUR"),
                "people", List.of(Map.of("personId", decider.id(), "role", "decision_maker"))));
        Reply dismissed = member.client().post("/api/advisor/recommendations/meet_in_person:deal:" + big.id()
                + "/dismiss", Map.of());
        assertThat(dismissed.status()).as(dismissed.raw()).isEqualTo(200);
        // A hand-over of the member's relationships that their manager proposed and has not accepted yet.
        Reply handOver = manager.client().post("/api/hand-overs", Map.of("userId", member.id().toString(),
                "items", List.of(Map.of("personId", decider.id(), "newOwnerId", manager.id().toString(),
                        "plannedAt", OffsetDateTime.now().plusDays(3).toString()))));
        assertThat(handOver.status()).as(handOver.raw()).isEqualTo(201);
        String passwordHash = jdbc.sql("select password_hash from app_user where id = :id").param("id", member.id())
                .query(String.class).single();
        String tokenHash = jdbc.sql("select token_hash from api_token where id = :id").param("id", UUID.fromString(token.id()))
                .query(String.class).single();
        return new Workspace(member, token.body().get("token").asString(), person.id(), name, note, passwordHash, tokenHash,
                deal.id(), followOn.id(), deployment, partner);
    }

    /**
     * The organization made a partner with a specialty of the starter vocabulary and one the admin added, a named
     * area and a radius, a certification and a contact; endorsed by the private person and by the manager, and a
     * referral given to the person that was delivered well.
     */
    private String partner(NewUser member, NewUser manager, String organizationId, String personId, String marker) {
        Client client = member.client();
        assertThat(api.post("/api/specialties", Map.of("name", "Glazing " + marker, "synonyms",
                List.of("glazier " + marker))).status()).isEqualTo(201);
        Reply partner = client.post("/api/partners", Map.of("organizationId", organizationId, "kind", "company",
                "description", "=1+1 fitters", "website", "https://fitters.example"));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);
        String id = partner.id();
        Reply specialties = client.put("/api/partners/" + id + "/specialties",
                Map.of("specialties", List.of("plumber", "glazier " + marker)), "*");
        assertThat(specialties.status()).as(specialties.raw()).isEqualTo(200);
        assertThat(client.post("/api/partners/" + id + "/areas", Map.of("kind", "city", "place", "Århus")).status())
                .isEqualTo(201);
        assertThat(client.post("/api/partners/" + id + "/areas", Map.of("kind", "radius", "latitude", 56.1629,
                "longitude", 10.2039, "radiusKm", 40)).status()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + id + "/certifications", Map.of("name", "Gas Safe",
                "issuer", "Gas Safe Register", "expiresOn", "2027-05-01")).status()).isEqualTo(201);
        assertThat(client.post("/api/partners/" + id + "/contacts", Map.of("personId", personId, "role", "Owner"))
                .status()).isEqualTo(201);
        Reply byPerson = client.post("/api/partners/" + id + "/endorsements", Map.of("endorserPersonId", personId,
                "endorsedOn", "2026-02-10", "rating", 5, "said", "Fixed it in an hour"));
        assertThat(byPerson.status()).as(byPerson.raw()).isEqualTo(201);
        Reply byManager = client.post("/api/partners/" + id + "/endorsements", Map.of("endorserUserId",
                manager.id().toString(), "endorsedOn", "2026-02-11", "rating", 4,
                "specialtyId", "00000000-0000-7000-8000-000000001901"));
        assertThat(byManager.status()).as(byManager.raw()).isEqualTo(201);
        Reply referral = client.post("/api/referrals", Map.of("partnerId", id, "direction", "given",
                "personId", personId, "need", "a plumber", "referredOn", "2026-02-12", "outcome", "delivered_well",
                "outcomeOn", "2026-02-20"));
        assertThat(referral.status()).as(referral.raw()).isEqualTo(201);
        return id;
    }

    /**
     * The won deal's deployment with a site (its customer contact and team member named), fourteen days of usage
     * with usage events that put the site in active use, a milestone, an obstacle at the site and a partner.
     */
    private String deployment(NewUser member, String dealId, String organizationId, String personId, String marker) {
        Client client = member.client();
        JsonNode found = client.get("/api/deployments?dealId=" + dealId).body().path("items");
        assertThat(found).as("the won deal opened its deployment").hasSize(1);
        String id = found.get(0).path("id").asString();
        Reply site = client.post("/api/deployments/" + id + "/sites", Map.of("name", "Århus plant " + marker,
                "licensedSeats", 20, "goLiveOn", "2026-03-02", "customerPersonId", personId,
                "teamUserId", member.id().toString(), "location", Map.of("city", "Århus", "country", "DK",
                        "latitude", 56.1629, "longitude", 10.2039)));
        assertThat(site.status()).as(site.raw()).isEqualTo(201);
        String siteId = site.body().path("sites").get(0).path("id").asString();
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            days.add(Map.of("siteId", siteId, "day", java.time.LocalDate.of(2026, 3, 2).plusDays(i).toString(),
                    "activeUsers", 15 + i % 3, "events", Map.of("reports run", 30L + i)));
        }
        Reply usage = client.post("/api/deployments/" + id + "/usage", Map.of("rows", days));
        assertThat(usage.status()).as(usage.raw()).isEqualTo(200);
        assertThat(client.post("/api/deployments/" + id + "/milestones", Map.of("name", "Training " + marker,
                "dueOn", "2026-02-27", "status", "done", "doneOn", "2026-02-26")).status()).isEqualTo(201);
        Reply obstacle = client.post("/api/deployments/" + id + "/obstacles", Map.of("description",
                "Badge readers late " + marker, "siteId", siteId, "ownerId", member.id().toString(), "blocking", true));
        assertThat(obstacle.status()).as(obstacle.raw()).isEqualTo(201);
        Reply partner = client.post("/api/deployments/" + id + "/partners", Map.of("organizationId", organizationId,
                "role", "Installer"));
        assertThat(partner.status()).as(partner.raw()).isEqualTo(201);
        return id;
    }

    private static void awaitFinished(Client client, String importId) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            String status = client.get("/api/imports/" + importId).body().get("status").asString();
            if (status.equals("succeeded") || status.equals("failed")) {
                assertThat(status).isEqualTo("succeeded");
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The import did not finish");
    }

    record Workspace(NewUser member, String token, String personId, String personName, String privateNote,
            String passwordHash, String tokenHash, String dealId, String followOnId, String deploymentId,
            String partnerId) {}

    private List<String> backedUpTables() {
        try (Connection connection = dataSource.getConnection()) {
            return TableCatalogue.read(connection).stream().map(TableCatalogue.Table::name).toList();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The backup with what differs between any two backups (time, salt, nonces) taken out: sealed values opened. */
    private JsonNode comparable(String backup) {
        ObjectNode tree = (ObjectNode) json.readTree(backup);
        JsonNode seal = tree.remove("seal");
        tree.remove("createdAt");
        Seal opened = Seal.open(PASSPHRASE.toCharArray(), seal.get("salt").asString(), seal.get("iterations").asInt(),
                seal.get("check").asString());
        for (JsonNode table : tree.get("tables")) {
            for (JsonNode sealedColumn : table.get("sealed")) {
                int index = columnIndex(table, sealedColumn.asString());
                for (JsonNode row : table.get("rows")) {
                    if (!row.get(index).isNull()) {
                        String place = BackupFile.sealPlace(table.get("name").asString(), sealedColumn.asString(),
                                rowKey(table, row));
                        ((ArrayNode) row).set(index, opened.open(place, row.get(index).asString()));
                    }
                }
            }
        }
        return tree;
    }

    private static String rowKey(JsonNode table, JsonNode row) {
        // Every sealed table's key is its leading columns: id, or (person_id, author_id).
        return table.get("name").asString().equals("person_private_note")
                ? row.get(0).asString() + "," + row.get(1).asString()
                : row.get(0).asString();
    }

    private static JsonNode table(JsonNode backup, String name) {
        for (JsonNode table : backup.get("tables")) {
            if (table.get("name").asString().equals(name)) {
                return table;
            }
        }
        throw new AssertionError("No table " + name);
    }

    private static int columnIndex(JsonNode table, String column) {
        List<String> names = new ArrayList<>();
        table.get("columns").forEach(c -> names.add(c.asString()));
        return names.indexOf(column);
    }

    private String passphraseFile() throws IOException {
        return Files.writeString(folder.resolve("passphrase.txt"), PASSPHRASE + "\n").toString();
    }

    private ConfigurableApplicationContext startServer() {
        List<String> settings = new ArrayList<>(target.settings());
        settings.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--handshake.scheduling.enabled=false", "--handshake.admin.create-on-empty=false",
                "--logging.level.root=WARN"));
        return new SpringApplicationBuilder(HandshakeApplication.class).logStartupInfo(false)
                .run(settings.toArray(String[]::new));
    }

    private static String get(String url, String authorization) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET(), 200);
    }

    private static String send(HttpRequest.Builder request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One run of the command line against the empty instance. */
    record Cli(int exit, String out, String err) {

        static Cli run(EmptyInstance target, String command, String file, String option, String value, List<String> extra) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            List<String> args = new ArrayList<>(List.of(command, file, option, value));
            args.addAll(target.settings());
            args.addAll(extra);
            int exit = app.handshake.imports.CommandLineAccess.run(out, err, args);
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private static java.util.Set<List<Object>> closedTotals(JdbcClient database) {
        return new java.util.HashSet<>(database.sql("""
                select closed_month, owner_id, visibility, won, won_back, lost, walked_away from deal_closed_total
                 where won <> 0 or lost <> 0 or walked_away <> 0""").query((rs, n) -> List.<Object>of(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                rs.getLong(7))).list());
    }

    private static java.util.Set<List<Object>> openTotals(JdbcClient database) {
        return new java.util.HashSet<>(database.sql("""
                select stage_id, value_currency, owner_id, visibility, deals, total from deal_open_total
                 where deals <> 0 or total <> 0""").query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6))).list());
    }
}
