package app.handshake.accounts;

import java.util.UUID;

/** A user was disabled: their sessions and tokens stop working at once. */
public record UserDisabled(UUID userId) {}
