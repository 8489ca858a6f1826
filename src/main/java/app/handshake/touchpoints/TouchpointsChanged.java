package app.handshake.touchpoints;

import java.util.Set;
import java.util.UUID;

/** Touchpoints with these people were logged, changed or deleted: their scores and due dates move. */
public record TouchpointsChanged(Set<UUID> personIds) {}
