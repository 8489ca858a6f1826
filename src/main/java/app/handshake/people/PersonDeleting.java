package app.handshake.people;

import java.util.UUID;

/**
 * A person is about to be deleted, in the deleting transaction: what other modules work out from the person's links
 * (their deals, their touchpoints) is worked out again without them now, while those links can still be found;
 * deleting the person cascades them away without telling anyone.
 */
public record PersonDeleting(UUID id) {}
