package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Role;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import app.handshake.support.TestClock.SettableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
 * The closed deals' kept totals say what counting the deals themselves says: after any mix of closing, reopening,
 * undoing, changing and deleting through the API at moments around the ends of months, for every kind of reader,
 * over periods of whole and partial months in several zones; and when two people close deals into the same row at
 * once. In 2041 and 2042, where no other test closes deals.
 */
@HandshakeTest
class ClosedTotalsTest {

    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("America/Los_Angeles"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"));

    @Autowired
    Api api;
    @Autowired
    DealFigures figures;
    @Autowired
    Deals deals;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SettableClock clock;

    @AfterEach
    void releaseTheClock() {
        clock.reset();
    }

    @Test
    void totalsFollowEveryKindOfChangeForEveryReaderAndPeriod() {
        NewUser manager = api.newUser("manager", null);
        NewUser report = api.newUser("member", manager.id());
        NewUser other = api.newUser("member", null);
        List<NewUser> sellers = List.of(report, other, manager);
        // One private organization: its deals are hidden from those who may not see it, whatever their own
        // visibility says.
        String hiddenOrganization = report.client().post("/api/organizations",
                Map.of("name", "Hidden " + UUID.randomUUID(), "visibility", "private")).id();
        String openOrganization = other.client().post("/api/organizations",
                Map.of("name", "Open " + UUID.randomUUID())).id();
        Random random = new Random(11);
        List<String[]> made = new ArrayList<>();
        int landed = 0;
        for (int i = 0; i < 300; i++) {
            clock.fixAt(aMoment(random));
            NewUser seller = sellers.get(random.nextInt(sellers.size()));
            if (made.isEmpty() || random.nextInt(3) == 0) {
                Reply created = seller.client().post("/api/deals", body("Closed " + i, random,
                        seller == report && random.nextBoolean() ? hiddenOrganization : openOrganization));
                assertThat(created.status()).as(created.raw()).isEqualTo(201);
                made.add(new String[] {created.id(), Integer.toString(sellers.indexOf(seller))});
                continue;
            }
            String[] pick = made.get(random.nextInt(made.size()));
            Client client = sellers.get(Integer.parseInt(pick[1])).client();
            String path = "/api/deals/" + pick[0];
            Reply deal = client.get(path);
            if (deal.status() == 404) {
                continue;
            }
            String etag = deal.etag();
            String outcome = deal.body().path("outcome").asString();
            Reply reply = switch (random.nextInt(6)) {
                case 0, 1 -> close(client.withIfMatch(etag), path, random.nextInt(3));
                case 2 -> client.withIfMatch(etag).post(path + (outcome.equals("open") ? "/win" : "/reopen"), Map.of());
                case 3 -> client.withIfMatch(etag).post(path + "/undo-close", Map.of());
                // A closed deal made private or shared moves between the totals' rows.
                case 4 -> client.put(path, body(deal.body().path("name").asString(), random,
                        deal.body().path("organizationId").asString()), etag);
                default -> random.nextInt(3) == 0 ? client.delete(path, etag) : deal;
            };
            // Refusals are part of the mix (reopening an open deal, undoing an old close), but most changes land.
            if (reply.status() < 300) {
                landed++;
            }
        }
        assertThat(landed).isGreaterThan(100);

        assertThat(kept()).isEqualTo(counted());
        List<Actor> readers = List.of(new Actor(report.id(), Role.member), new Actor(other.id(), Role.member),
                new Actor(manager.id(), Role.manager), new Actor(UUID.randomUUID(), Role.admin));
        List<LocalDate[]> periods = new ArrayList<>(List.of(
                // Whole years, a single month, a few days inside one month, and days across one month's end.
                new LocalDate[] {LocalDate.parse("2041-01-01"), LocalDate.parse("2041-12-31")},
                new LocalDate[] {LocalDate.parse("2041-03-01"), LocalDate.parse("2041-03-31")},
                new LocalDate[] {LocalDate.parse("2041-05-10"), LocalDate.parse("2041-05-20")},
                new LocalDate[] {LocalDate.parse("2041-06-25"), LocalDate.parse("2041-07-05")}));
        for (int i = 0; i < 8; i++) {
            LocalDate from = LocalDate.parse("2041-01-01").plusDays(random.nextInt(150));
            periods.add(new LocalDate[] {from, from.plusDays(random.nextInt(100))});
        }
        int seen = 0;
        for (Actor reader : readers) {
            for (LocalDate[] period : periods) {
                for (ZoneId zone : ZONES) {
                    OffsetDateTime from = period[0].atStartOfDay(zone).toOffsetDateTime();
                    OffsetDateTime to = period[1].plusDays(1).atStartOfDay(zone).toOffsetDateTime();
                    Set<DealFigures.Closed> answered = Set.copyOf(figures.closed(reader, from, to));
                    assertThat(answered).as(reader.role() + " " + period[0] + ".." + period[1] + " " + zone)
                            .isEqualTo(countedFor(reader, from, to));
                    seen += answered.size();
                }
            }
        }
        assertThat(seen).as("the periods hold closed deals").isGreaterThan(200);
    }

    @Test
    void twoPeopleClosingDealsIntoTheSameRowAtOnceLoseNothing() throws Exception {
        NewUser seller = api.newUser("member", null);
        String organization = seller.client().post("/api/organizations", Map.of("name", "Race " + UUID.randomUUID()))
                .id();
        clock.fixAt(Instant.parse("2042-11-15T12:00:00Z"));
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                runs.add(CompletableFuture.runAsync(() -> {
                    await(start);
                    for (int i = 0; i < 12; i++) {
                        Reply created = seller.client().post("/api/deals", Map.of("name", "Race " + thread + "-" + i,
                                "organizationId", organization));
                        assertThat(created.status()).as(created.raw()).isEqualTo(201);
                        // The first close of each thread races to create the same totals row.
                        Reply closed = close(seller.client(), "/api/deals/" + created.id(), thread);
                        assertThat(closed.status()).as(closed.raw()).isIn(200, 201);
                    }
                }, threads));
            }
            start.countDown();
            for (CompletableFuture<Void> run : runs) {
                run.get();
            }
        }
        List<Long> row = jdbc.sql("""
                        select won, lost from deal_closed_total
                         where owner_id = :owner and closed_month = :month and visibility = 'shared'""")
                .param("owner", seller.id()).param("month", LocalDate.parse("2042-11-01"))
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).single();
        assertThat(row).containsExactly(12L, 12L);
        assertThat(kept()).isEqualTo(counted());
    }

    /** A moment in the first half of 2041, one in three within a few hours of a month's end in UTC. */
    private static Instant aMoment(Random random) {
        OffsetDateTime monthStart = OffsetDateTime.of(2041, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusMonths(random.nextInt(6));
        if (random.nextInt(3) == 0) {
            return monthStart.toInstant().plus(Duration.ofMinutes(random.nextInt(24 * 60) - 12 * 60));
        }
        return monthStart.toInstant().plus(Duration.ofMinutes(random.nextInt(28 * 24 * 60)));
    }

    /** Wins (0), loses (1) or walks away from (2) the deal, with a reason for the last two. */
    private static Reply close(Client client, String path, int how) {
        return switch (how) {
            case 0 -> client.post(path + "/win", Map.of());
            case 1 -> client.post(path + "/lose", Map.of("reason", "Price"));
            default -> client.post(path + "/walk-away", Map.of("reason", "Not a fit"));
        };
    }

    private static Map<String, Object> body(String name, Random random, String organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organizationId", organization);
        body.put("visibility", random.nextInt(3) == 0 ? "private" : "shared");
        return body;
    }

    /** The kept rows that hold anything (a row may stay at zero). */
    private Set<List<Object>> kept() {
        return new HashSet<>(jdbc.sql("""
                select closed_month, owner_id, visibility, won, won_back, lost, walked_away from deal_closed_total
                 where won <> 0 or lost <> 0 or walked_away <> 0""")
                .query((rs, n) -> List.<Object>of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7))).list());
    }

    /** The same, counted from the closed deals themselves, month by month in UTC. */
    private Set<List<Object>> counted() {
        Map<List<Object>, long[]> rows = new HashMap<>();
        jdbc.sql("select closed_at, owner_id, visibility, outcome, won_back from deal where outcome <> 'open'")
                .query(rs -> {
                    LocalDate month = rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)
                            .toLocalDate().withDayOfMonth(1);
                    long[] counts = rows.computeIfAbsent(List.of(month, rs.getString(2), rs.getString(3)),
                            k -> new long[4]);
                    switch (rs.getString(4)) {
                        case "won" -> {
                            counts[0]++;
                            counts[1] += rs.getBoolean(5) ? 1 : 0;
                        }
                        case "lost" -> counts[2]++;
                        default -> counts[3]++;
                    }
                });
        Set<List<Object>> counted = new HashSet<>();
        rows.forEach((key, c) -> {
            List<Object> row = new ArrayList<>(key);
            row.addAll(List.of(c[0], c[1], c[2], c[3]));
            counted.add(row);
        });
        return counted;
    }

    /** Per owner, the deals closed in [from, to) that the reader may see, counted one by one. */
    private Set<DealFigures.Closed> countedFor(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        SqlFilter visible = deals.readFilter(reader);
        Map<UUID, int[]> owners = new HashMap<>();
        jdbc.sql("""
                select d.owner_id, d.outcome, d.won_back from deal d
                 where d.outcome <> 'open' and d.closed_at >= :from and d.closed_at < :to and %s"""
                        .formatted(visible.sql()))
                .params(visible.params()).param("from", from).param("to", to)
                .query(rs -> {
                    int[] counts = owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[4]);
                    switch (rs.getString(2)) {
                        case "won" -> {
                            counts[0]++;
                            counts[3] += rs.getBoolean(3) ? 1 : 0;
                        }
                        case "lost" -> counts[1]++;
                        default -> counts[2]++;
                    }
                });
        Set<DealFigures.Closed> counted = new HashSet<>();
        owners.forEach((owner, c) -> counted.add(new DealFigures.Closed(owner, c[0], c[1], c[2], c[3])));
        return counted;
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
