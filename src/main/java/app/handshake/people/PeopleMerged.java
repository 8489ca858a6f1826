package app.handshake.people;

import java.util.UUID;

/**
 * Two records of one person are becoming one: published before the merged record is deleted (which
 * cascades), so that listeners move whatever points at the merged id to the survivor.
 */
public record PeopleMerged(UUID survivorId, UUID mergedId) {}
