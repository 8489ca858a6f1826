package app.handshake.relationships;

/** Where a score is heading: compared with the same score 30 days ago. */
public enum Trend {
    rising, steady, falling
}
