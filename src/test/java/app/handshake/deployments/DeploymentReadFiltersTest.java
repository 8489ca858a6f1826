package app.handshake.deployments;

import static org.assertj.core.api.Assertions.assertThat;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Role;
import app.handshake.support.Api;
import app.handshake.support.Api.Client;
import app.handshake.support.Api.NewUser;
import app.handshake.support.HandshakeTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two ways of asking which deployments a reader may see, one per deployment for a page and one set-wise for
 * counting many, answer the same deployments for an admin, a manager, the owner and a colleague, over every mix of
 * the deployment's, its deal's and its organization's visibility.
 */
@HandshakeTest
class DeploymentReadFiltersTest {

    @Autowired
    Api api;

    @Autowired
    Deployments deployments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void bothFiltersSeeTheSameDeploymentsForEveryReader() {
        NewUser manager = api.newUser("manager", null);
        NewUser owner = api.newUser("member", manager.id());
        NewUser colleague = api.newUser("member", null);
        Client client = owner.client();
        String sharedOrganization = organization(client, "shared");
        String privateOrganization = organization(client, "private");

        Set<UUID> made = new HashSet<>();
        for (String organization : new String[] {sharedOrganization, privateOrganization, null}) {
            for (String dealVisibility : List.of("shared", "private")) {
                if (organization != null) {
                    made.add(wonDealsDeployment(client, organization, dealVisibility));
                }
            }
            for (String visibility : List.of("shared", "private")) {
                made.add(deployment(client, organization, visibility));
            }
        }
        // A shared deployment of a private deal: the deal still hides it.
        UUID ofPrivateDeal = wonDealsDeployment(client, sharedOrganization, "private");
        Reply head = new Reply(client, ofPrivateDeal);
        assertThat(client.put("/api/deployments/" + ofPrivateDeal, Map.of("name", "Shared rollout", "visibility",
                "shared"), head.etag).status()).isEqualTo(200);
        made.add(ofPrivateDeal);
        // A deal won at the shared organization, then moved to the private one: its deployment, still at the shared
        // organization, is hidden with the deal.
        UUID ofMovedDeal = wonDealsDeployment(client, sharedOrganization, "shared");
        String movedDeal = client.get("/api/deployments/" + ofMovedDeal).body().path("dealId").asString();
        Api.Reply moved = client.put("/api/deals/" + movedDeal, Map.of("name", "Moved " + UUID.randomUUID(),
                "organizationId", privateOrganization, "visibility", "shared"),
                client.get("/api/deals/" + movedDeal).etag());
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        made.add(ofMovedDeal);
        // The colleague's own private deal's deployment.
        UUID colleagues = wonDealsDeployment(colleague.client(), organization(colleague.client(), "shared"), "private");
        made.add(colleagues);

        Map<String, Actor> readers = Map.of("admin", new Actor(adminId(), Role.admin),
                "manager", new Actor(manager.id(), Role.manager), "owner", new Actor(owner.id(), Role.member),
                "colleague", new Actor(colleague.id(), Role.member));
        for (Map.Entry<String, Actor> reader : readers.entrySet()) {
            Set<UUID> onePerPage = seen(deployments.readFilter(reader.getValue()), made);
            Set<UUID> forMany = seen(deployments.readFilterForMany(reader.getValue()), made);
            assertThat(forMany).as(reader.getKey()).isEqualTo(onePerPage);
            Set<UUID> withDeal = seen(deployments.readFilterForManyRows(reader.getValue()), made);
            assertThat(withDeal).as(reader.getKey()).isEqualTo(onePerPage);
        }
        // And the filters do tell readers apart.
        Set<UUID> colleagueSees = seen(deployments.readFilterForMany(readers.get("colleague")), made);
        assertThat(colleagueSees).doesNotContain(ofPrivateDeal, ofMovedDeal).contains(colleagues);
        assertThat(seen(deployments.readFilterForMany(readers.get("owner")), made))
                .contains(ofPrivateDeal).doesNotContain(colleagues);
        assertThat(seen(deployments.readFilterForMany(readers.get("manager")), made)).contains(ofPrivateDeal);
        assertThat(seen(deployments.readFilterForMany(readers.get("admin")), made)).isEqualTo(made);
    }

    private Set<UUID> seen(SqlFilter filter, Set<UUID> among) {
        return new HashSet<>(jdbc.sql("select dp.id from deployment dp where dp.id in (:among) and " + filter.sql())
                .params(filter.params()).param("among", among).query(UUID.class).list());
    }

    /** As a statement over many deployments reads them, setting the hidden ones aside. */
    private Set<UUID> seen(ManyRowsFilter filter, Set<UUID> among) {
        Set<UUID> seen = new HashSet<>();
        jdbc.sql("select dp.id, dp.organization_id, dp.deal_id from deployment dp"
                + " where dp.id in (:among) and " + filter.perRow().sql())
                .params(filter.perRow().params()).param("among", among).query(rs -> {
                    if (!filter.hides(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class))) {
                        seen.add(rs.getObject(1, UUID.class));
                    }
                });
        return seen;
    }

    private UUID adminId() {
        return UUID.fromString(api.admin().get("/api/users/me").body().get("id").asText());
    }

    private static String organization(Client client, String visibility) {
        return client.post("/api/organizations", Map.of("name", "Filtered " + UUID.randomUUID(), "visibility",
                visibility)).id();
    }

    private static UUID wonDealsDeployment(Client client, String organization, String visibility) {
        Api.Reply created = client.post("/api/deals", Map.of("name", "Rollout " + UUID.randomUUID(), "visibility",
                visibility, "organizationId", organization));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String deal = created.id();
        assertThat(client.post("/api/deals/" + deal + "/win", Map.of()).status()).isEqualTo(200);
        return UUID.fromString(client.get("/api/deployments?dealId=" + deal).body().get("items").get(0).get("id")
                .asText());
    }

    private static UUID deployment(Client client, String organization, String visibility) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Direct " + UUID.randomUUID(),
                "visibility", visibility));
        if (organization != null) {
            body.put("organizationId", organization);
        }
        Api.Reply created = client.post("/api/deployments", body);
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.id());
    }

    /** A deployment as its owner reads it, for its ETag. */
    private record Reply(String etag) {
        Reply(Client client, UUID id) {
            this(client.get("/api/deployments/" + id).etag());
        }
    }
}
