package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A touchpoint naming this deal was logged or changed: something happened on the deal at that time. */
public record DealTouchpointLogged(UUID dealId, OffsetDateTime occurredAt) {}
