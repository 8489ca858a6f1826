package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.time.OffsetDateTime;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The board's kept totals say what counting the open deals themselves says: after any mix of changes through
 * the API, for every kind of reader and the filters the totals answer, and when two people change deals of the
 * same stage and currency at the same moment.
 */
@HandshakeTest
class PipelineTotalsTest {

    private static final List<String> CURRENCIES = List.of("GBP", "EUR", "JPY");

    @Autowired
    Api api;
    @Autowired
    PipelineTotals totals;
    @Autowired
    DealQueries queries;
    @Autowired
    Deals deals;
    @Autowired
    Pipeline pipeline;
    @Autowired
    JdbcClient jdbc;

    @Test
    void totalsFollowEveryKindOfChangeForEveryReader() {
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
        List<UUID> stages = pipeline.stages().stream().map(PipelineStage::id).toList();
        Random random = new Random(5);
        List<String[]> made = new ArrayList<>();
        int landed = 0;
        for (int i = 0; i < 60; i++) {
            NewUser seller = sellers.get(random.nextInt(sellers.size()));
            Map<String, Object> body = body(random, "Totals " + i, stages,
                    seller == report && random.nextBoolean() ? hiddenOrganization : openOrganization);
            made.add(new String[] {seller.client().post("/api/deals", body).id(), Integer.toString(sellers.indexOf(seller))});
        }
        for (int i = 0; i < 150; i++) {
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
                case 0 -> client.withIfMatch(etag).post(path + "/move",
                        Map.of("stageId", stages.get(random.nextInt(stages.size())).toString()));
                case 1 -> client.put(path, body(random, deal.body().path("name").asString(), stages,
                        deal.body().path("organizationId").asString()), etag);
                case 2 -> client.withIfMatch(etag).post(path + List.of("/win", "/lose", "/walk-away")
                        .get(random.nextInt(3)), Map.of());
                case 3 -> client.withIfMatch(etag).post(path + (outcome.equals("open") ? "/win" : "/reopen"), Map.of());
                case 4 -> client.withIfMatch(etag).post(path + "/undo-close", Map.of());
                default -> random.nextInt(4) == 0 ? client.delete(path, etag) : deal;
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
        List<DealFilter> filters = List.of(DealFilter.none(),
                new DealFilter(null, report.id(), null, null, null, null, null, null, null, null, null, null),
                new DealFilter(null, null, null, null, DealOutcome.open, "GBP", null, null, null, null, null, null),
                new DealFilter(stages.get(1), null, null, null, null, null, null, null, null, null, null, null));
        for (Actor reader : readers) {
            for (DealFilter filter : filters) {
                assertThat(PipelineTotals.answer(filter)).isTrue();
                assertThat(Set.copyOf(totals.sums(reader, filter)))
                        .as(reader.role() + " " + filter)
                        .isEqualTo(Set.copyOf(queries.stageSums(deals.readFilter(reader), filter, OffsetDateTime.now())));
            }
        }
    }

    @Test
    void twoPeopleChangingDealsOfTheSameStageAtOnceLoseNothing() throws Exception {
        NewUser seller = api.newUser("member", null);
        // A currency no other test uses: the first two deals of each thread race to create the same totals row.
        String currency = "XAU";
        String organization = seller.client().post("/api/organizations", Map.of("name", "Race " + UUID.randomUUID()))
                .id();
        List<UUID> stages = pipeline.stages().stream().map(PipelineStage::id).toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int thread = t;
                runs.add(CompletableFuture.runAsync(() -> {
                    await(start);
                    for (int i = 0; i < 15; i++) {
                        Reply created = seller.client().post("/api/deals", Map.of("name", "Race " + thread + "-" + i,
                                "organizationId", organization, "value", Map.of("amount", 100 + i, "currency", currency),
                                "stageId", stages.get(0).toString()));
                        assertThat(created.status()).as(created.raw()).isEqualTo(201);
                        String id = created.id();
                        // The two threads move their deals in opposite directions between the same two rows.
                        UUID to = thread == 0 ? stages.get(1) : stages.get(0);
                        Reply deal = seller.client().get("/api/deals/" + id);
                        Reply moved = seller.client().withIfMatch(deal.etag()).post("/api/deals/" + id + "/move",
                                Map.of("stageId", to.toString()));
                        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
                    }
                }, threads));
            }
            start.countDown();
            for (CompletableFuture<Void> run : runs) {
                run.get();
            }
        }
        assertThat(kept()).isEqualTo(counted());
        long open = jdbc.sql("select sum(deals) from deal_open_total where owner_id = :owner and value_currency = :c")
                .param("owner", seller.id()).param("c", currency).query(Long.class).single();
        assertThat(open).isEqualTo(30);
    }

    private static Map<String, Object> body(Random random, String name, List<UUID> stages, String organization) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organizationId", organization);
        body.put("stageId", stages.get(random.nextInt(stages.size())).toString());
        body.put("visibility", random.nextInt(3) == 0 ? "private" : "shared");
        if (random.nextInt(5) > 0) {
            body.put("value", Map.of("amount", random.nextInt(1_000_000),
                    "currency", CURRENCIES.get(random.nextInt(CURRENCIES.size()))));
        }
        return body;
    }

    /** The kept rows that hold anything (a row may stay at zero). */
    private Set<List<Object>> kept() {
        return new HashSet<>(jdbc.sql("""
                select stage_id, value_currency, owner_id, visibility, deals, total from deal_open_total
                 where deals <> 0 or total <> 0""").query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6))).list());
    }

    /** The same, counted from the open deals themselves. */
    private Set<List<Object>> counted() {
        return new HashSet<>(jdbc.sql("""
                select stage_id, coalesce(value_currency, ''), owner_id, visibility, count(*),
                       coalesce(sum(value_amount), 0)
                  from deal where outcome = 'open'
                 group by stage_id, coalesce(value_currency, ''), owner_id, visibility""")
                .query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6))).list());
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
