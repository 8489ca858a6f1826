package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The touchpoints kept for each lost deal's nurture say what following its people's touchpoints from scratch says,
 * after any mix of changes through the API (touchpoints logged, changed and deleted, deals lost, won, reopened and
 * undone, people and organizations made private or shared, people merged and deleted) and when a touchpoint is
 * logged at the moment its deal is lost; and the figures' nurture, read from them, says for every kind of reader
 * what each deal's own nurture record says. In 2034 and 2036, where no other test closes deals.
 */
@HandshakeTest
class NurtureTouchesTest {

    @Autowired
    Api api;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DealFigures figures;
    @Autowired
    Deals deals;

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void keptTouchesFollowEveryKindOfChangeAndTheFiguresAgreeWithEachDealsNurture() {
        clock.fixAt(Instant.parse("2034-01-05T09:00:00Z"));
        NewUser max = api.newUser("manager", null);
        NewUser ann = api.newUser("member", max.id());
        NewUser bea = api.newUser("member", null);
        List<NewUser> sellers = List.of(ann, bea);
        String annOrganization = organization(ann.client(), "shared");
        String beaHidden = organization(bea.client(), "private");
        // Who may put whom on a deal or a touchpoint: the shared people and their own private ones.
        Map<NewUser, List<String>> people = new HashMap<>();
        List<String[]> owned = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            NewUser owner = sellers.get(i % 2);
            String visibility = i < 6 ? "shared" : "private";
            String id = person(owner.client(), "Nurtured " + i, i % 2 == 0 ? annOrganization : null, visibility);
            owned.add(new String[] {id, Integer.toString(i % 2)});
            for (NewUser seller : sellers) {
                if (visibility.equals("shared") || seller == owner) {
                    people.computeIfAbsent(seller, k -> new ArrayList<>()).add(id);
                }
            }
        }
        Random random = new Random(13);
        List<String[]> made = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            NewUser seller = sellers.get(random.nextInt(2));
            List<Map<String, String>> on = new ArrayList<>();
            List<String> pool = new ArrayList<>(people.get(seller));
            java.util.Collections.shuffle(pool, random);
            for (int p = 0; p < 1 + random.nextInt(3); p++) {
                on.add(Map.of("personId", pool.get(p),
                        "role", List.of("decision_maker", "champion", "influencer").get(random.nextInt(3))));
            }
            Map<String, Object> body = new HashMap<>(Map.of("name", "Nurture " + i,
                    "organizationId", seller == bea && random.nextBoolean() ? beaHidden : annOrganization,
                    "visibility", random.nextInt(4) == 0 ? "private" : "shared", "people", on));
            int every = List.of(14, 30, 60, 0).get(random.nextInt(4));
            if (every > 0) {
                // Otherwise the deal follows the workspace's cadence.
                body.put("nurtureEveryDays", every);
            }
            Reply deal = seller.client().post("/api/deals", body);
            assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
            made.add(new String[] {deal.id(), Integer.toString(sellers.indexOf(seller))});
        }
        List<String[]> touchpoints = new ArrayList<>();
        int landed = 0;
        for (int step = 0; step < 160; step++) {
            clock.fixAt(clock.instant().plus(Duration.ofHours(random.nextInt(40))));
            int seller = random.nextInt(2);
            Client client = sellers.get(seller).client();
            Reply reply = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> {
                    Reply logged = client.post("/api/touchpoints", touchpoint(random, people.get(sellers.get(seller)),
                            seller == 1 ? beaHidden : annOrganization, List.of(ann.id(), bea.id(), max.id())));
                    if (logged.status() == 201) {
                        touchpoints.add(new String[] {logged.id(), Integer.toString(seller)});
                    }
                    yield logged;
                }
                case 4 -> {
                    if (touchpoints.isEmpty()) {
                        yield null;
                    }
                    String[] pick = touchpoints.get(random.nextInt(touchpoints.size()));
                    NewUser author = sellers.get(Integer.parseInt(pick[1]));
                    Reply read = author.client().get("/api/touchpoints/" + pick[0]);
                    yield read.status() != 200 ? read : random.nextInt(3) == 0
                            ? author.client().delete("/api/touchpoints/" + pick[0], read.etag())
                            : author.client().put("/api/touchpoints/" + pick[0], touchpoint(random,
                                    people.get(author), author == bea ? beaHidden : annOrganization), read.etag());
                }
                case 5, 6, 7 -> {
                    String[] pick = made.get(random.nextInt(made.size()));
                    Client owner = sellers.get(Integer.parseInt(pick[1])).client();
                    String path = "/api/deals/" + pick[0];
                    Reply deal = owner.get(path);
                    if (deal.status() != 200) {
                        yield deal;
                    }
                    String outcome = deal.body().path("outcome").asString();
                    yield owner.withIfMatch(deal.etag()).post(path + switch (random.nextInt(4)) {
                        case 0 -> "/win";
                        case 1 -> outcome.equals("open") ? "/walk-away" : "/undo-close";
                        default -> outcome.equals("open") ? "/lose" : "/reopen";
                    }, outcome.equals("open") ? Map.of("reason", "Price") : Map.of());
                }
                case 8 -> {
                    String[] pick = owned.get(random.nextInt(owned.size()));
                    Client owner = sellers.get(Integer.parseInt(pick[1])).client();
                    Reply person = owner.get("/api/people/" + pick[0]);
                    if (person.status() != 200) {
                        yield person;
                    }
                    Map<String, Object> body = new HashMap<>();
                    body.put("name", person.body().path("name").asString());
                    body.put("visibility", person.body().path("visibility").asString().equals("shared")
                            ? "private" : "shared");
                    yield owner.put("/api/people/" + pick[0], body, person.etag());
                }
                default -> {
                    Reply organization = ann.client().get("/api/organizations/" + annOrganization);
                    yield organization.status() != 200 ? organization : ann.client().put(
                            "/api/organizations/" + annOrganization, Map.of("name",
                                    organization.body().path("name").asString(), "visibility",
                                    organization.body().path("visibility").asString().equals("shared")
                                            ? "private" : "shared"), organization.etag());
                }
            };
            if (reply != null && reply.status() < 300) {
                landed++;
            }
            if (step == 120) {
                // Two of Ann's shared people turn out to be one: the first absorbs the third.
                Reply merged = ann.client().post("/api/people/" + owned.get(0)[0] + "/merge",
                        Map.of("duplicateId", owned.get(2)[0]));
                assertThat(merged.status()).as(merged.raw()).isEqualTo(200);
            }
        }
        assertThat(landed).isGreaterThan(100);
        List<UUID> dealIds = made.stream().map(m -> UUID.fromString(m[0])).toList();
        assertThat(kept(dealIds)).isNotEmpty().isEqualTo(counted(dealIds));

        clock.fixAt(Instant.parse("2034-06-20T12:00:00Z"));
        List<Actor> readers = List.of(new Actor(ann.id(), Role.member), new Actor(bea.id(), Role.member),
                new Actor(max.id(), Role.manager), new Actor(UUID.randomUUID(), Role.admin));
        OffsetDateTime from = OffsetDateTime.parse("2034-01-01T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2035-01-01T00:00:00Z");
        for (Actor reader : readers) {
            assertThat(Set.copyOf(figures.nurture(reader, from, to))).as(reader.role().name())
                    .isEqualTo(fromEachDeal(reader, dealIds));
        }
        assertKeptMonthsAsCountedFromScratch(dealIds);

        // The workspace's cadence changes: the deals that follow it keep other months.
        NewUser admin = api.newUser("admin", null);
        assertThat(admin.client().put("/api/pipeline/nurture", Map.of("everyDays", 75), null).status()).isEqualTo(200);
        try {
            assertKeptMonthsAsCountedFromScratch(dealIds);
            for (Actor reader : readers) {
                assertThat(Set.copyOf(figures.nurture(reader, from, to))).as(reader.role().name() + " at 75 days")
                        .isEqualTo(fromEachDeal(reader, dealIds));
            }
        } finally {
            assertThat(admin.client().put("/api/pipeline/nurture", Map.of("everyDays", 30), null).status())
                    .isEqualTo(200);
        }

        // A person deleted takes their touchpoints out of every deal they were nurtured on.
        Reply gone = bea.client().get("/api/people/" + owned.get(1)[0]);
        assertThat(bea.client().delete("/api/people/" + owned.get(1)[0], gone.etag()).status()).isIn(200, 204);
        Set<List<Object>> after = counted(dealIds);
        assertThat(touchesOnly(kept(dealIds))).isEqualTo(touchesOnly(after));
        assertKeptMonthsAsCountedFromScratch(dealIds);
        for (Actor reader : readers) {
            assertThat(Set.copyOf(figures.nurture(reader, from, to))).as(reader.role().name())
                    .isEqualTo(fromEachDeal(reader, dealIds));
        }
    }

    @Test
    void aTouchpointLoggedWhileItsDealIsBeingLostIsKept() throws Exception {
        clock.fixAt(Instant.parse("2036-02-01T09:00:00Z"));
        NewUser seller = api.newUser("member", null);
        String organization = organization(seller.client(), "shared");
        String dana = person(seller.client(), "Dana Decider", organization, "shared");
        List<UUID> dealIds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Reply deal = seller.client().post("/api/deals", Map.of("name", "Race " + i, "organizationId",
                    organization, "people", List.of(Map.of("personId", dana, "role", "decision_maker"))));
            assertThat(deal.status()).as(deal.raw()).isEqualTo(201);
            dealIds.add(UUID.fromString(deal.id()));
        }
        String at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (UUID deal : dealIds) {
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Reply> lost = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return seller.client().post("/api/deals/" + deal + "/lose", Map.of("reason", "Price"));
                }, threads);
                CompletableFuture<Reply> logged = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return seller.client().post("/api/touchpoints", Map.of("channel", "phone", "occurredAt", at,
                            "personIds", List.of(dana), "visibility", "shared"));
                }, threads);
                start.countDown();
                assertThat(lost.get().status()).as(lost.get().raw()).isEqualTo(200);
                assertThat(logged.get().status()).as(logged.get().raw()).isEqualTo(201);
            }
        }
        // Every touchpoint, logged at the moment of each loss, counts for every deal lost by then or after it.
        assertThat(kept(dealIds)).hasSize(12 * 12).isEqualTo(counted(dealIds));
    }

    /** Per owner, what each deal's own nurture record says, over the test's deals lost in 2034 and still lost. */
    private Set<DealFigures.Nurture> fromEachDeal(Actor reader, List<UUID> dealIds) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<UUID, int[]> sums = new HashMap<>();
        for (UUID id : dealIds) {
            NurtureRecord record;
            DealDetails deal;
            try {
                deal = deals.get(reader, id);
                record = deals.nurture(reader, id);
            } catch (RecordNotFoundException hidden) {
                continue;
            }
            if (deal.outcome() != DealOutcome.lost || record.people().isEmpty()) {
                continue;
            }
            int[] sum = sums.computeIfAbsent(deal.ownerId(), k -> new int[3]);
            sum[0]++;
            for (NurtureRecord.Month month : record.months()) {
                if (!month.to().isAfter(now)) {
                    sum[1]++;
                    sum[2] += month.state() == NurtureRecord.MonthState.kept ? 1 : 0;
                }
            }
        }
        Set<DealFigures.Nurture> nurture = new HashSet<>();
        sums.forEach((owner, s) -> nurture.add(new DealFigures.Nurture(owner, s[0], s[1], s[2])));
        return nurture;
    }

    /**
     * Each lost deal's kept months are those its open touchpoints keep, counted again from the touchpoints themselves;
     * a touchpoint marked as keeping no month more keeps none; and the nurtured person kept as one everyone may see is
     * one, and is there whenever the deal has one.
     */
    private void assertKeptMonthsAsCountedFromScratch(List<UUID> dealIds) {
        int every = jdbc.sql("select nurture_every_days from deal_setting where id = 1").query(Integer.class).single();
        Map<UUID, List<Object>> kept = new HashMap<>();
        jdbc.sql("select deal_id, months, open_person_id from deal_nurture_kept where deal_id in (:deals)")
                .param("deals", dealIds).query(rs -> {
                    kept.put(rs.getObject(1, UUID.class), Arrays.asList(rs.getString(2),
                            rs.getObject(3, UUID.class)));
                });
        Map<UUID, OffsetDateTime> since = new HashMap<>();
        Map<UUID, Integer> interval = new HashMap<>();
        jdbc.sql("select id, closed_at, nurture_every_days from deal where outcome = 'lost' and id in (:deals)")
                .param("deals", dealIds).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    since.put(id, rs.getObject(2, OffsetDateTime.class));
                    Integer own = rs.getObject(3, Integer.class);
                    interval.put(id, own == null ? every : own);
                });
        assertThat(kept.keySet()).as("a kept row for each lost deal, and only for those").isEqualTo(since.keySet());
        Map<UUID, List<OffsetDateTime>> open = new HashMap<>();
        for (List<Object> row : counted(dealIds)) {
            if ((Boolean) row.get(4)) {
                open.computeIfAbsent(UUID.fromString((String) row.get(0)), k -> new ArrayList<>())
                        .add(OffsetDateTime.ofInstant((Instant) row.get(3), ZoneOffset.UTC));
            }
        }
        for (UUID deal : since.keySet()) {
            NurtureMonths months = NurtureMonths.keptBy(since.get(deal), interval.get(deal),
                    open.getOrDefault(deal, List.of()));
            assertThat(kept.get(deal).get(0)).as("months of " + deal).isEqualTo(months.marks());
            jdbc.sql("select occurred_at from deal_nurture_touch where deal_id = :deal and not beyond_open")
                    .param("deal", deal).query(OffsetDateTime.class).list()
                    .forEach(at -> assertThat(months.keepsMoreThan(at)).as("marked within at " + at).isFalse());
            List<UUID> shared = jdbc.sql("""
                            select dpp.person_id from deal_person dpp join person p on p.id = dpp.person_id
                             where dpp.deal_id = :deal and dpp.role in ('decision_maker', 'champion')
                               and p.visibility = 'shared'""").param("deal", deal).query(UUID.class).list();
            Object person = kept.get(deal).get(1);
            assertThat(person == null ? shared.isEmpty() : shared.contains(person))
                    .as("the person everyone may see on " + deal + ": " + person + " of " + shared).isTrue();
        }
    }

    private Set<List<Object>> kept(List<UUID> dealIds) {
        return new HashSet<>(jdbc.sql("""
                select deal_id, person_id, touchpoint_id, occurred_at, open_to_all from deal_nurture_touch
                 where deal_id in (:deals)""").param("deals", dealIds).query((rs, n) -> List.<Object>of(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getBoolean(5))).list());
    }

    /** The same rows, worked out from the deals, their people and the touchpoints themselves. */
    private Set<List<Object>> counted(List<UUID> dealIds) {
        return new HashSet<>(jdbc.sql("""
                select distinct d.id, dpp.person_id, t.id, t.occurred_at,
                       t.visibility = 'shared'
                       and (t.organization_id is null or exists (select 1 from organization o
                                                                  where o.id = t.organization_id
                                                                    and o.visibility = 'shared'))
                       and not exists (select 1 from touchpoint_person op join person p on p.id = op.person_id
                                        where op.touchpoint_id = t.id and p.visibility <> 'shared')
                  from deal d
                  join deal_person dpp on dpp.deal_id = d.id and dpp.role in ('decision_maker', 'champion')
                  join touchpoint_person tp on tp.person_id = dpp.person_id and tp.occurred_at >= d.closed_at
                  join touchpoint t on t.id = tp.touchpoint_id
                 where d.outcome = 'lost' and d.id in (:deals)""").param("deals", dealIds)
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBoolean(5))).list());
    }

    /**
     * The rows without whether everyone may read them: a person deleted may leave a touchpoint open to all that the
     * kept row still checks reader by reader, which is slower but never wrong.
     */
    private static Set<List<Object>> touchesOnly(Set<List<Object>> rows) {
        Set<List<Object>> touches = new HashSet<>();
        for (List<Object> row : rows) {
            touches.add(row.subList(0, 4));
        }
        return touches;
    }

    private Map<String, Object> touchpoint(Random random, List<String> visible, String organization) {
        return touchpoint(random, visible, organization, List.of());
    }

    /** Now and then with a colleague taking part, who may then read it even when it is private. */
    private Map<String, Object> touchpoint(Random random, List<String> visible, String organization,
            List<UUID> colleagues) {
        List<String> pool = new ArrayList<>(visible);
        java.util.Collections.shuffle(pool, random);
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "meal");
        body.put("occurredAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                .minusHours(random.nextInt(200)).toString());
        body.put("personIds", pool.subList(0, 1 + random.nextInt(2)));
        body.put("visibility", random.nextInt(4) == 0 ? "private" : "shared");
        if (random.nextBoolean()) {
            body.put("organizationId", organization);
        }
        if (!colleagues.isEmpty() && random.nextInt(3) == 0) {
            body.put("userIds", List.of(colleagues.get(random.nextInt(colleagues.size()))));
        }
        return body;
    }

    private String organization(Client client, String visibility) {
        Reply reply = client.post("/api/organizations", Map.of("name", "Nurture " + UUID.randomUUID(),
                "visibility", visibility));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static String person(Client client, String name, String organization, String visibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("visibility", visibility);
        if (organization != null) {
            body.put("organizationId", organization);
        }
        Reply reply = client.post("/api/people", body);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.id();
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
