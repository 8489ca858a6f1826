package app.handshake.advisor;

import app.handshake.people.PeopleMerged;
import app.handshake.touchpoints.ContactFacts;
import app.handshake.touchpoints.PlannedTouchpointDone;
import app.handshake.touchpoints.TouchpointsChanged;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Marks a hand-over's relationship met once a touchpoint with the person involves the new owner (they logged it or
 * took part) after the plan was accepted: the planned introduction, or any other meeting. A deleted touchpoint can
 * take that back; a plan is done when every relationship in it is met.
 */
@Component
class HandOverProgress {

    private final HandOverStore store;
    private final ContactFacts contacts;
    private final Clock clock;

    HandOverProgress(HandOverStore store, ContactFacts contacts, Clock clock) {
        this.store = store;
        this.contacts = contacts;
        this.clock = clock;
    }

    @EventListener
    void on(PlannedTouchpointDone done) {
        if (HandOvers.ORIGIN.equals(done.originKind())) {
            recheck(done.personIds());
        }
    }

    @EventListener
    void on(TouchpointsChanged changed) {
        recheck(changed.personIds());
    }

    @EventListener
    void on(PeopleMerged merged) {
        store.movePerson(merged.mergedId(), merged.survivorId());
        recheck(Set.of(merged.survivorId()));
    }

    private void recheck(Set<UUID> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        List<HandOverStore.Open> open = store.openAbout(personIds);
        if (open.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<UUID> changedPlans = new HashSet<>();
        for (HandOverStore.Open item : open) {
            Map<UUID, OffsetDateTime> first = contacts.firstWithMember(item.newOwnerId(), Set.of(item.personId()),
                    item.acceptedAt(), now);
            OffsetDateTime metAt = first.get(item.personId());
            if (!Objects.equals(metAt == null ? null : metAt.toInstant(),
                    item.metAt() == null ? null : item.metAt().toInstant())) {
                store.met(item.handOverId(), item.personId(), metAt);
                changedPlans.add(item.handOverId());
            }
        }
        changedPlans.forEach(store::settle);
    }
}
