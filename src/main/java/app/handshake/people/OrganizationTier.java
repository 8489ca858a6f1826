package app.handshake.people;

/** How much an organization matters to the team; rules and rankings weigh by it. */
public enum OrganizationTier {
    strategic, key, standard
}
