package app.handshake.deployments;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deals.Deals;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who sees a deployment: its own owner and visibility, like people, and never wider than its organization or the
 * deal it came from (a private deal's deployment is as private as the deal). One who sees it may work on it.
 */
@Component
class DeploymentAccess {

    private final RecordAccess access;
    private final Deals deals;
    private final DeploymentStore store;

    DeploymentAccess(RecordAccess access, Deals deals, DeploymentStore store) {
        this.access = access;
        this.deals = deals;
        this.store = store;
    }

    /**
     * The deployments the actor may see, as a condition on alias {@code dp}. The deal as a correlated "exists" on
     * its key: a page of a few deployments looks up a few deals rather than reading every deal the actor may see
     * (PostgreSQL may still choose to hash those, for many deployments).
     */
    SqlFilter readFilter(Actor actor) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        SqlFilter deal = deals.readFilter(actor);
        return filter(actor, new SqlFilter("(dp.deal_id is null or exists (select 1 from deal d where d.id = dp.deal_id"
                + " and " + deal.sql() + "))", deal.params()));
    }

    /**
     * The same deployments as {@link #readFilter}, as a condition suited to counting many of them: the deals hidden
     * from the actor (usually few: others' private deals, deals at hidden organizations) are gathered once, instead
     * of each deployment's deal being looked up, or every deal the actor may see being hashed, per statement.
     */
    SqlFilter readFilterForMany(Actor actor) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        return filter(actor, deals.notHidden(actor, "dp.deal_id"));
    }

    /**
     * The deployments the actor may see, for statements over many of them (alias {@code dp}): the deployment's own
     * rule per row; the caller sets aside the rows at a hidden organization or of a hidden deal, as the rows come.
     */
    ManyRowsFilter readFilterForManyRows(Actor actor) {
        Set<UUID> organizations = deals.readFilterForMany(actor).hidden();
        Set<UUID> hidden = new HashSet<>(organizations);
        hidden.addAll(deals.hiddenFrom(actor, organizations));
        return new ManyRowsFilter(access.readFilter(actor, "dp"), hidden);
    }

    /** The deployment's own rules and its organization's, and its deal's as {@code dealCheck} words them. */
    private SqlFilter filter(Actor actor, SqlFilter dealCheck) {
        SqlFilter own = access.readFilter(actor, "dp");
        SqlFilter organization = access.readFilter(actor, "hidden_o");
        Map<String, Object> params = new HashMap<>(own.params());
        params.putAll(organization.params());
        params.putAll(dealCheck.params());
        return new SqlFilter("(" + own.sql() + " and (dp.organization_id is null or dp.organization_id not in"
                + " (select hidden_o.id from organization hidden_o where not coalesce(" + organization.sql()
                + ", false))) and " + dealCheck.sql() + ")", params);
    }

    /** The deployment if the actor may see it; otherwise not found, as if it did not exist. */
    DeploymentStore.Head read(Actor actor, UUID id) {
        return store.head(id, readFilter(actor)).orElseThrow(() -> new RecordNotFoundException("deployment", id));
    }

    /** Like {@link #read}, with the row locked for the change and its version checked when one is expected. */
    DeploymentStore.Head write(Actor actor, UUID id, @Nullable Long expectedVersion) {
        DeploymentStore.Head head = read(actor, id);
        long version = store.lock(id).orElseThrow(() -> new RecordNotFoundException("deployment", id));
        if (expectedVersion != null && expectedVersion != version) {
            throw new StaleVersionException("deployment", expectedVersion, version);
        }
        return head;
    }

    boolean canManage(Actor actor, UUID ownerId) {
        return access.canManage(actor, ownerId);
    }
}
