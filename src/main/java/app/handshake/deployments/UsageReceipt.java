package app.handshake.deployments;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a batch of usage did: rows written (a day posted again replaces the one before), the sites it touched with
 * whether each is in active use now, and since when the deployment is (null: not in active use).
 */
public record UsageReceipt(int rows, List<SiteState> sites, @Nullable LocalDate deploymentActiveSince) {

    public record SiteState(java.util.UUID siteId, String name, @Nullable LocalDate activeSince) {}
}
