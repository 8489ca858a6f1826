package app.handshake.cadences;

import app.handshake.deals.DealClosed;
import app.handshake.deals.DealOutcome;
import app.handshake.deals.DealReopened;
import app.handshake.people.People;
import app.handshake.people.PeopleMerged;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A lost deal does not vanish: its decision makers and champions are nurtured, each kept in touch with on
 * Today, until the deal is reopened or won. Acts in the transaction that closed or reopened the deal.
 */
@Component
class DealNurtures {

    private final NurtureStore store;
    private final DueDates dueDates;
    private final People people;

    DealNurtures(NurtureStore store, DueDates dueDates, People people) {
        this.store = store;
        this.dueDates = dueDates;
        this.people = people;
    }

    @EventListener
    void on(DealClosed closed) {
        List<UUID> before = store.nurtured(closed.dealId());
        List<UUID> after = closed.outcome() == DealOutcome.lost ? closed.nurtured() : List.of();
        TreeSet<UUID> affected = new TreeSet<>(before);
        affected.addAll(after);
        if (affected.isEmpty()) {
            return;
        }
        // Like every writer of due dates, lock the people first, in id order.
        people.lockForWrite(affected);
        store.end(closed.dealId(), closed.at());
        for (UUID personId : after) {
            store.start(closed.dealId(), personId, closed.nurtureEveryDays(), closed.at());
        }
        affected.forEach(dueDates::refresh);
    }

    @EventListener
    void on(DealReopened reopened) {
        List<UUID> nurtured = store.nurtured(reopened.dealId());
        if (nurtured.isEmpty()) {
            return;
        }
        people.lockForWrite(nurtured);
        store.end(reopened.dealId(), reopened.at());
        nurtured.forEach(dueDates::refresh);
    }

    /** Before the duplicate goes: its nurtures are the survivor's now (the survivor's due date follows). */
    @EventListener
    void on(PeopleMerged merged) {
        store.movePerson(merged.mergedId(), merged.survivorId());
    }
}
