package app.handshake.deals;

/** Where a deal stands: still open in the pipeline, or closed one of three ways. */
public enum DealOutcome {
    open, won, lost, walked_away;

    public boolean closed() {
        return this != open;
    }

    /** As people say it. */
    public String label() {
        return switch (this) {
            case open -> "open";
            case won -> "won";
            case lost -> "lost";
            case walked_away -> "walked away";
        };
    }
}
