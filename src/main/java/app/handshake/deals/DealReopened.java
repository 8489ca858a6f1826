package app.handshake.deals;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A closed deal was opened again: whatever its closing started (a nurture) ends. */
public record DealReopened(UUID dealId, DealOutcome was, OffsetDateTime at) {}
