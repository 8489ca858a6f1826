package app.handshake.relationships;

/** What a relationship is, from a name one never really met to someone one trusts. */
public enum Tier {
    connection, acquaintance, relationship, trusted
}
