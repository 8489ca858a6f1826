package app.handshake.deals;

import app.handshake.accounts.Visibility;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deal was won, lost or walked away from. {@code nurtured} are its decision makers and champions and
 * {@code nurtureEveryDays} how often they are to be seen after a loss (for any other outcome, none).
 * {@code visibility} is the deal's: what a closing starts (a deployment) is seen no wider. Listeners act in the
 * closing transaction.
 */
public record DealClosed(UUID dealId, String dealName, @Nullable UUID organizationId, UUID ownerId,
        DealOutcome outcome, OffsetDateTime at, boolean wonBack, List<UUID> nurtured, int nurtureEveryDays,
        Visibility visibility) {}
