package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.util.UUID;

/**
 * A person's score and tier now, for the team and for the actor, so that logging a touchpoint can say what it
 * did to them. Kept by the module that scores relationships, which listens to touchpoints (the other way round
 * the modules would depend on each other).
 */
public interface RelationshipStanding {

    Standing of(Actor actor, UUID personId);

    record Standing(int teamScore, String teamTier, int ownScore, String ownTier) {}
}
