package app.handshake.touchpoints;

/** Where a planned meeting stands: still to happen, logged as a touchpoint, or called off. */
public enum PlannedStatus {
    planned, done, cancelled
}
