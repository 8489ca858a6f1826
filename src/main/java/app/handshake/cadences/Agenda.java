package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.Visibility;
import app.handshake.deals.Deals;
import app.handshake.people.People;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Initiator;
import app.handshake.touchpoints.Topic;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointDraft;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Today: whom the user should be in touch with, overdue before due, most valuable and most overdue first,
 * each with a suggested channel and the reason. Snooze hides someone until a date; done logs the
 * touchpoint, which moves the due date like any other.
 */
@Service
@Transactional
public class Agenda {

    private final CadenceStore store;
    private final People people;
    private final Touchpoints touchpoints;
    private final TimeZones zones;
    private final NurtureStore nurtures;
    private final Deals deals;
    private final Clock clock;

    Agenda(CadenceStore store, People people, Touchpoints touchpoints, TimeZones zones, NurtureStore nurtures,
            Deals deals, Clock clock) {
        this.zones = zones;
        this.nurtures = nurtures;
        this.deals = deals;
        this.store = store;
        this.people = people;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    /** One person on the agenda; {@code nurture}: the lost deal they are nurtured after, if the reader may see it. */
    public record Item(UUID personId, String name, String title, OffsetDateTime dueAt, boolean overdue,
            long daysOverdue, int intervalDays, Channel cadenceChannel, Channel suggestedChannel, String why,
            String tier, double rank, Nurture nurture) {}

    /** The mark of a nurtured person: "Nurture: IVR for 8 sites, lost 3 Nov 2026". */
    public record Nurture(UUID dealId, String dealName, LocalDate lostOn, String mark) {}

    @Transactional(readOnly = true)
    public List<Item> today(Actor actor) {
        return dueBy(actor, dayOf(actor).plusDays(1));
    }

    /** Everyone due before the end of {@code until} (exclusive), ranked as on the agenda. */
    @Transactional(readOnly = true)
    public List<Item> dueBy(Actor actor, LocalDate until) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZoneId zone = zones.zoneOf(actor.userId());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        var filter = people.readFilter(actor);
        List<CadenceStore.AgendaRow> rows = store.dueFor(actor.userId(), until.atStartOfDay(zone).toOffsetDateTime(),
                now, filter.sql(), filter.params());
        Map<UUID, NurtureStore.Running> nurtured = nurtures.latest(
                rows.stream().map(row -> row.due().personId()).toList(), deals.readFilter(actor));
        return rows.stream()
                .map(row -> item(row, nurtured.get(row.due().personId()), today, zone, now))
                .sorted(Comparator.comparing(Item::overdue).reversed()
                        .thenComparing(Comparator.comparingDouble(Item::rank).reversed())
                        .thenComparing(Item::name))
                .toList();
    }

    public void snooze(Actor actor, UUID personId, LocalDate until) {
        people.get(actor, personId);
        requireOnAgenda(actor, personId);
        if (!until.isAfter(dayOf(actor))) {
            throw new InvalidRequestException("until", "must be a day after today");
        }
        store.snooze(actor.userId(), personId, until.atStartOfDay(zones.zoneOf(actor.userId())).toOffsetDateTime());
    }

    /** Until when the actor snoozed the person on their agenda, if they did and it has not run out. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> snoozedUntil(Actor actor, UUID personId) {
        people.get(actor, personId);
        return store.snoozedUntil(actor.userId(), personId, OffsetDateTime.now(clock));
    }

    /** Ends the actor's snooze of the person now: they are back on Today when due. */
    public void liftSnooze(Actor actor, UUID personId) {
        people.get(actor, personId);
        store.unsnooze(actor.userId(), personId);
    }

    /** Logs the touchpoint that was due, by the actor, with the person; the due date moves on. */
    public TouchpointDetails done(Actor actor, UUID personId, Channel channel, String summary) {
        return done(actor, personId, channel, summary, Initiator.us).touchpoint();
    }

    /**
     * What Done did, enough to take it back: the touchpoint it logged and the due date before it. Kept by the
     * one who pressed Done (in their session), never sent by a client.
     */
    public record Done(TouchpointDetails touchpoint, UUID personId, OffsetDateTime dueBefore) {}

    /** Done with who reached out (a call they made counts for reciprocity) and an optional note. */
    public Done done(Actor actor, UUID personId, Channel channel, String summary, Initiator initiatedBy) {
        people.get(actor, personId);
        requireOnAgenda(actor, personId);
        OffsetDateTime dueBefore = store.due(personId).map(CadenceStore.Due::dueAt).orElse(null);
        TouchpointDetails logged = touchpoints.log(actor, new TouchpointDraft(channel == null ? Channel.phone : channel,
                initiatedBy == null ? Initiator.us : initiatedBy, OffsetDateTime.now(clock), null, Topic.business,
                summary == null || summary.isBlank() ? null : summary.strip(), null, null, List.of(personId),
                List.of(actor.userId()), Visibility.SHARED), "agenda", null);
        store.unsnooze(actor.userId(), personId);
        return new Done(logged, personId, dueBefore);
    }

    /**
     * Takes a Done back: deletes its touchpoint (with the same rights and checks as any delete), which brings
     * the scores and the due date back to what they were. A person never met had their due date kept from
     * when the cadence first applied; the recomputation cannot know it any more, so it is put back.
     */
    public void undo(Actor actor, UUID touchpointId, long version, UUID personId, OffsetDateTime dueBefore) {
        touchpoints.delete(actor, touchpointId, version);
        if (dueBefore != null) {
            store.due(personId).filter(d -> d.lastQualifyingAt() == null)
                    .ifPresent(d -> store.saveDue(new CadenceStore.Due(d.personId(), d.assigneeId(), d.intervalDays(),
                            d.channel(), d.ruleId(), null, d.lastFaceToFaceAt(), d.recentChannels(), dueBefore,
                            d.valueWeight(), d.tier())));
        }
    }

    /** Only the user a person's reminders go to acts on their agenda item. */
    private void requireOnAgenda(Actor actor, UUID personId) {
        if (store.due(personId).filter(d -> d.assigneeId().equals(actor.userId())).isEmpty()) {
            throw new RecordNotFoundException("agenda item", personId);
        }
    }

    private Item item(CadenceStore.AgendaRow row, NurtureStore.Running nurtured, LocalDate today, ZoneId zone,
            OffsetDateTime now) {
        CadenceStore.Due due = row.due();
        LocalDate dueDay = due.dueAt().atZoneSameInstant(zone).toLocalDate();
        long daysOverdue = Math.max(0, ChronoUnit.DAYS.between(dueDay, today));
        boolean overdue = dueDay.isBefore(today);
        ChannelAdvice.Suggestion suggestion = nurtured != null
                ? ChannelAdvice.forNurture(due.channel(), due.recentChannels(), due.lastFaceToFaceAt(), now)
                : ChannelAdvice.suggest(due.channel(), due.recentChannels(), due.lastFaceToFaceAt(), due.tier(),
                        due.valueWeight(), daysOverdue, due.intervalDays(), now);
        double rank = due.valueWeight() * (daysOverdue + 1) * tierWeight(due.tier());
        return new Item(due.personId(), row.name(), row.title(), due.dueAt(), overdue, daysOverdue, due.intervalDays(),
                due.channel(), suggestion.channel(), suggestion.why(), due.tier(), rank,
                nurtured == null ? null : nurture(nurtured, zone));
    }

    private static Nurture nurture(NurtureStore.Running running, ZoneId zone) {
        LocalDate lostOn = running.since().atZoneSameInstant(zone).toLocalDate();
        return new Nurture(running.dealId(), running.dealName(), lostOn, "Nurture: " + running.dealName() + ", lost "
                + lostOn.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)));
    }

    private static double tierWeight(String tier) {
        return switch (tier) {
            case "trusted" -> 2;
            case "relationship" -> 1.5;
            case "acquaintance" -> 1;
            default -> 0.75;
        };
    }

    /** The actor's today: the day it is where they are. */
    private LocalDate dayOf(Actor actor) {
        return LocalDate.now(clock.withZone(zones.zoneOf(actor.userId())));
    }
}
