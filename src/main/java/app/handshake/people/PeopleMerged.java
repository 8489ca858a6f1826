package app.handshake.people;

import java.util.UUID;

/** Two records of one person became one: whatever pointed at the merged id now belongs to the survivor. */
public record PeopleMerged(UUID survivorId, UUID mergedId) {}
