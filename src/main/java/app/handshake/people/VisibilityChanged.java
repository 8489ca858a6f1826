package app.handshake.people;

import java.util.UUID;

/**
 * A person or an organization was made private or shared: whatever involves it (a touchpoint, and the
 * scores made of touchpoints) is now seen by other people than before.
 */
public record VisibilityChanged(Kind kind, UUID id) {

    public enum Kind { person, organization }
}
