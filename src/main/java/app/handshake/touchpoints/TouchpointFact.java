package app.handshake.touchpoints;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * The facts of one touchpoint with one person that scores and cadences are made of: no notes, no
 * names. {@code shared} is the touchpoint's own visibility; {@code othersOpen} says whether everything
 * else it involves (its other people, its organization) may be seen by whoever may see this person. A
 * touchpoint with a colleague's private contact is no more visible than that contact, so its facts stay
 * out of what others are shown.
 */
public record TouchpointFact(UUID touchpointId, UUID personId, Channel channel, Initiator initiatedBy,
        Topic topic, OffsetDateTime occurredAt, UUID ownerId, Set<UUID> userIds, boolean shared,
        boolean othersOpen) {

    /** The team member logged it or took part in it. */
    public boolean involves(UUID userId) {
        return ownerId.equals(userId) || userIds.contains(userId);
    }

    /** Every reader of this person may see it: it counts in the team's score and in what the team is told. */
    public boolean openToTeam() {
        return shared && othersOpen;
    }

    /**
     * It makes this team member's own score: they logged it or took part in it, and it involves nothing
     * they may not see (the one who logged it saw everything it involves when they did).
     */
    public boolean countsFor(UUID userId) {
        return involves(userId) && (othersOpen || ownerId.equals(userId));
    }

    /** This team member may read it: open to them, or theirs, and involving nothing they may not see. */
    public boolean visibleTo(UUID userId) {
        return (shared || involves(userId)) && (othersOpen || ownerId.equals(userId));
    }
}
