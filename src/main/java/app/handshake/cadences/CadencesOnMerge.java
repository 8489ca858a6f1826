package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.Users;
import app.handshake.people.MergeNote;
import app.handshake.people.MergeParticipant;
import app.handshake.people.PersonMerge;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Cadences and snoozes when two records of one person merge: the cadence set on the duplicate is not lost
 * but reconciled with the survivor's ({@link CadenceMerge}), and each user's snooze carries over; where a
 * user snoozed both, the later one stays, since they asked not to be reminded before either day.
 */
@Component
class CadencesOnMerge implements MergeParticipant {

    private final CadenceStore store;
    private final Users users;
    private final RecordAccess access;
    private final Clock clock;

    CadencesOnMerge(CadenceStore store, Users users, RecordAccess access, Clock clock) {
        this.store = store;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    private record Plan(Optional<Cadence> before, Optional<Cadence> after, MergeNote note) {}

    @Override
    public List<MergeNote> preview(Actor actor, PersonMerge merge) {
        return notes(actor, merge, plan(merge));
    }

    @Override
    public List<MergeNote> merge(Actor actor, PersonMerge merge) {
        Plan plan = plan(merge);
        List<MergeNote> notes = notes(actor, merge, plan);
        if (plan.after().isPresent() && !plan.after().equals(plan.before())) {
            store.setDirect(merge.survivorId(), plan.after().get(), actor.userId(), now(), null);
        }
        store.moveSnoozes(merge.duplicateId(), merge.survivorId());
        return notes;
    }

    private Plan plan(PersonMerge merge) {
        Optional<Cadence> survivor = store.direct(merge.survivorId());
        CadenceMerge result = CadenceMerge.of(survivor, store.direct(merge.duplicateId()), merge.survivorName(),
                merge.duplicateName());
        Optional<Cadence> after = result.cadence();
        String text = result.text();
        UUID assignee = after.map(Cadence::assigneeId).orElse(null);
        if (assignee != null && !maySee(assignee, merge)) {
            // Reminders about someone the assignee may not open would be reminders about nobody.
            after = after.map(c -> new Cadence(c.intervalDays(), c.channel(), null));
            text += " Reminders go to the owner: " + users.find(assignee).map(u -> u.displayName()).orElse("the assignee")
                    + " may not see the merged person.";
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("from", result.from());
        after.ifPresent(c -> {
            facts.put("intervalDays", c.intervalDays());
            if (c.channel() != null) {
                facts.put("channel", c.channel().name());
            }
        });
        return new Plan(survivor, after, new MergeNote("cadence", text, facts));
    }

    private List<MergeNote> notes(Actor actor, PersonMerge merge, Plan plan) {
        List<MergeNote> notes = new ArrayList<>(List.of(plan.note()));
        // Only the actor's own snooze is told: someone else's agenda is their business.
        Optional<OffsetDateTime> onSurvivor = store.snoozedUntil(actor.userId(), merge.survivorId(), now());
        Optional<OffsetDateTime> onDuplicate = store.snoozedUntil(actor.userId(), merge.duplicateId(), now());
        Stream.of(onSurvivor, onDuplicate).flatMap(Optional::stream).max(Comparator.naturalOrder()).ifPresent(until -> {
            String day = until.atZoneSameInstant(clock.getZone()).toLocalDate().toString();
            String text = onSurvivor.isPresent() && onDuplicate.isPresent()
                    ? "You snoozed both; the later snooze holds: " + merge.survivorName() + " stays off your agenda until " + day + "."
                    : "Your snooze carries over: " + merge.survivorName() + " stays off your agenda until " + day + ".";
            notes.add(new MergeNote("snooze", text, Map.of("until", until.toString())));
        });
        return notes;
    }

    private boolean maySee(UUID userId, PersonMerge merge) {
        return users.find(userId).map(u -> access.canRead(u.actor(), merge.ownerId(), merge.visibility())).orElse(false);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
