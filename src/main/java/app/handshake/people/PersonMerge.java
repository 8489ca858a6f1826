package app.handshake.people;

import app.handshake.accounts.Visibility;
import java.util.UUID;

/**
 * Two records of one person about to become one: the survivor keeps its id and owner, the duplicate goes;
 * {@code visibility} is who will see the merged person.
 */
public record PersonMerge(UUID survivorId, String survivorName, UUID duplicateId, String duplicateName, UUID ownerId,
        Visibility visibility) {}
