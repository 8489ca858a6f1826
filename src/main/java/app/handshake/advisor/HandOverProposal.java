package app.handshake.advisor;

import app.handshake.relationships.TeamHolders;
import app.handshake.relationships.Tier;
import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * What a hand-over would do, worked out and not stored: every relationship the leaving user holds that the reader
 * may see, who else on the team knows the person, the proposed new owner and an introduction meeting.
 */
@NullMarked
public record HandOverProposal(UUID userId, String userName, boolean userEnabled, @Nullable UUID managerId,
        List<ProposedRelationship> relationships, List<HandOverColleague> colleagues) {

    /**
     * A person the leaving user holds, at their own tier and score; {@code openDeals}: the names of their open deals
     * the person is on; {@code knownBy}: colleagues who know the person, best first; {@code newOwnerId}: null when
     * nobody could be proposed.
     */
    public record ProposedRelationship(UUID personId, String personName, Tier tier, int score, List<String> openDeals,
            List<TeamHolders.Holder> knownBy, @Nullable UUID newOwnerId, @Nullable String newOwnerName,
            OffsetDateTime plannedAt, Channel channel) {}

    /** A colleague who may take relationships over. */
    public record HandOverColleague(UUID id, String name) {}
}
