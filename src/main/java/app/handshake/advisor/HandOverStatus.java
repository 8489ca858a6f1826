package app.handshake.advisor;

/** Where a hand-over plan stands: proposed, accepted (meetings planned, owners moved), done (every one met). */
public enum HandOverStatus {
    proposed, accepted, done, cancelled
}
