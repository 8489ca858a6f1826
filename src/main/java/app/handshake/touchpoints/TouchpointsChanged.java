package app.handshake.touchpoints;

import java.util.Set;
import java.util.UUID;

/**
 * Touchpoints with these people were logged, changed or deleted: their scores and due dates move.
 * {@code onlyAdded} says that touchpoints were only added, so nothing a stored score was made of went
 * away and every score row it touched can be written over in place.
 */
public record TouchpointsChanged(Set<UUID> personIds, boolean onlyAdded) {

    /** Touchpoints were changed or deleted (or arrived in ways that may have changed some). */
    public TouchpointsChanged(Set<UUID> personIds) {
        this(personIds, false);
    }
}
