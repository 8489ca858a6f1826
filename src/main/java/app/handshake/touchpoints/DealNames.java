package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the log needs to know of deals, answered by the deals module: deals build on touchpoints, so touchpoints
 * ask through this door rather than depend on deals. A deal the actor may not see is no deal at all here.
 */
public interface DealNames {

    /** The names of those of these deals the actor may see, by id; the others are left out. */
    Map<UUID, String> visibleNames(Actor actor, Collection<UUID> dealIds);

    /**
     * The open deals a touchpoint with these people is likely about, by name: those the people are on and the
     * actor's own (at most a screenful); only deals the actor may see.
     */
    List<DealChoice> likelyDeals(Actor actor, Collection<UUID> personIds);

    default boolean mayName(Actor actor, UUID dealId) {
        return visibleNames(actor, Set.of(dealId)).containsKey(dealId);
    }

    default Optional<String> name(Actor actor, UUID dealId) {
        return Optional.ofNullable(visibleNames(actor, Set.of(dealId)).get(dealId));
    }

    /** A deal to choose in a form. */
    record DealChoice(UUID id, String name, String organizationName) {}
}
