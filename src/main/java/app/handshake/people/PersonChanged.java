package app.handshake.people;

import java.util.UUID;

/** A person was created or changed (tags, organization, owner...): what depends on them may move. */
public record PersonChanged(UUID id) {}
