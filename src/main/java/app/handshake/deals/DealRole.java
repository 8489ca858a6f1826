package app.handshake.deals;

/** The part a person plays in a deal. */
public enum DealRole {
    decision_maker, champion, influencer, user, blocker;

    /** Decision makers and champions are nurtured after a loss: they decide whether there is a next time. */
    public boolean nurtured() {
        return this == decision_maker || this == champion;
    }

    public String label() {
        return switch (this) {
            case decision_maker -> "decision maker";
            case champion -> "champion";
            case influencer -> "influencer";
            case user -> "user";
            case blocker -> "blocker";
        };
    }
}
