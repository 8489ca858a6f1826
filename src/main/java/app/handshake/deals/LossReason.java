package app.handshake.deals;

import java.util.UUID;

/** A reason deals are lost, from the workspace's list. */
public record LossReason(UUID id, String label) {}
