package app.handshake.touchpoints;

/** What a touchpoint was about; personal ones weigh more in a relationship. */
public enum Topic {
    business, personal
}
