package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.touchpoints.RelationshipStanding;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells the log form the scores it changed, as the person page shows them. */
@Component
class StandingForTouchpoints implements RelationshipStanding {

    private final RelationshipScores scores;

    StandingForTouchpoints(RelationshipScores scores) {
        this.scores = scores;
    }

    @Override
    public Standing of(Actor actor, UUID personId) {
        RelationshipScores.Relationship relationship = scores.of(actor, personId);
        return new Standing(relationship.team().score(), relationship.team().tier().name(),
                relationship.mine().score(), relationship.mine().tier().name());
    }
}
