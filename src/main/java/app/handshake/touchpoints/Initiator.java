package app.handshake.touchpoints;

/** Who reached out: we did, or they did. */
public enum Initiator {
    us, them
}
