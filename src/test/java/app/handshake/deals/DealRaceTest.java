package app.handshake.deals;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.Reply;
import app.handshake.support.HandshakeTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two people close the same deal at the same moment, one as won and one as lost: one of them closes it, the
 * other is told it changed (409 or 412), and the history holds exactly one closing.
 */
@HandshakeTest
class DealRaceTest {

    @Autowired
    Api api;

    @Test
    void twoClosingsAtOnceCloseTheDealOnce() throws Exception {
        Client seller = api.newUser("member", null).client();
        Client colleague = api.newUser("member", null).client();
        String organization = seller.post("/api/organizations", Map.of("name", "Race " + UUID.randomUUID())).id();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 10; round++) {
                String deal = seller.post("/api/deals", Map.of("name", "Race " + round, "organizationId", organization))
                        .id();
                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Reply> win = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return seller.post("/api/deals/" + deal + "/win", Map.of());
                }, threads);
                CompletableFuture<Reply> lose = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return colleague.post("/api/deals/" + deal + "/lose", Map.of("reason", "Price"));
                }, threads);
                start.countDown();
                // The one that comes second is refused: 409 when it read the closed deal, 412 when it wrote
                // over the same version at the same moment.
                List<Integer> statuses = new ArrayList<>(List.of(win.get().status(), lose.get().status()));
                assertThat(statuses).as("round " + round + ": " + win.get().raw() + " / " + lose.get().raw())
                        .containsOnlyOnce(200);
                statuses.remove(Integer.valueOf(200));
                assertThat(statuses.getFirst()).isIn(409, 412);

                String outcome = seller.get("/api/deals/" + deal).body().path("outcome").asString();
                List<String> kinds = new ArrayList<>();
                for (JsonNode event : seller.get("/api/deals/" + deal + "/history").body()) {
                    kinds.add(event.path("kind").asString());
                }
                assertThat(kinds).containsExactly("created", outcome);
                assertThat(outcome).isEqualTo(win.get().status() == 200 ? "won" : "lost");
            }
        }
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
