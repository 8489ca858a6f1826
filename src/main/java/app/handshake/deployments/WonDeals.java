package app.handshake.deployments;

import app.handshake.deals.DealClosed;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealReopened;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A won deal starts its deployment, in the transaction that won it; the deals module does not know. A win taken
 * back (or reopened) before anyone put anything in the deployment takes the empty deployment with it; one with
 * sites, milestones, obstacles or partners stays.
 */
@Component
class WonDeals {

    private final Deployments deployments;
    private final DeploymentStore store;
    private final PartsStore parts;

    WonDeals(Deployments deployments, DeploymentStore store, PartsStore parts) {
        this.deployments = deployments;
        this.store = store;
        this.parts = parts;
    }

    @EventListener
    void on(DealClosed closed) {
        if (closed.outcome() == DealOutcome.won) {
            deployments.startFor(closed.dealId(), closed.dealName(), closed.organizationId(), closed.ownerId(),
                    closed.visibility(), closed.at().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        }
    }

    @EventListener
    void on(DealReopened reopened) {
        if (reopened.was() != DealOutcome.won) {
            return;
        }
        store.byDeal(reopened.dealId()).ifPresent(id -> {
            store.lock(id);
            if (!parts.holdsWork(id)) {
                store.delete(id);
            }
        });
    }
}
