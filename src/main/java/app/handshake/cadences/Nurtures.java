package app.handshake.cadences;

import app.handshake.accounts.Users;
import app.handshake.deals.Deals;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which lost deal's nurture applies to a person's reminders: only one whose deal the one reminded may see (a
 * colleague's private deal never shows through someone's Today), and of those the most frequent.
 */
@Component
class Nurtures {

    private final NurtureStore store;
    private final Users users;
    private final Deals deals;

    Nurtures(NurtureStore store, Users users, Deals deals) {
        this.store = store;
        this.users = users;
        this.deals = deals;
    }

    Optional<NurtureStore.Running> runningFor(UUID personId, UUID assigneeId) {
        return users.find(assigneeId)
                .flatMap(assignee -> store.running(personId, deals.readFilter(assignee.actor())).stream().findFirst());
    }
}
