package app.handshake.people;

import java.util.UUID;

/** A person was deleted. */
public record PersonDeleted(UUID id) {}
