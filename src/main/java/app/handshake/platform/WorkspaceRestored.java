package app.handshake.platform;

/**
 * A backup was restored into this instance, published inside the restore's transaction: a module that
 * keeps columns derived from other rows brings them up to date, since a backup from an earlier version
 * may not carry them.
 */
public record WorkspaceRestored() {}
