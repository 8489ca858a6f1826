package app.handshake.deals;

import java.util.Set;
import java.util.UUID;

/**
 * A deal was opened, changed, moved, closed, reopened or deleted. {@code personIds}: everyone on it before or
 * after, whose standing on open deals (cadence rules about deals) may have changed. Listeners act in the
 * deal's transaction.
 */
public record DealChanged(UUID dealId, Set<UUID> personIds) {}
