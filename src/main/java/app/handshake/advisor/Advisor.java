package app.handshake.advisor;

import app.handshake.accounts.Actor;
import app.handshake.accounts.AuditTrail;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.advisor.Recommendation.Held;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.InvalidRequestException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedDraft;
import app.handshake.touchpoints.PlannedStatus;
import app.handshake.touchpoints.PlannedTouchpoint;
import app.handshake.touchpoints.PlannedTouchpoints;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor: recommendations worked out when read, from what the reader may see, for the reader's own
 * records or, for a manager, their team's; and what each user does with them (dismiss, snooze), audited.
 */
@Service
@Transactional(readOnly = true)
public class Advisor {

    private static final String AUDIT_TYPE = "recommendation";

    /** Whose records are in view: the reader's own, or (managers and admins) their team's. */
    public enum Scope { mine, team }

    /** Which recommendations to show; {@code held}: also those dismissed or snoozed. */
    public record Filter(@Nullable RecommendationKind kind, @Nullable SubjectType subjectType,
            @Nullable UUID subjectId, boolean held) {

        public static Filter all() {
            return new Filter(null, null, null, false);
        }

        public static Filter about(SubjectType type, UUID id) {
            return new Filter(null, type, id, false);
        }
    }

    /** Whose planned meetings these are: the advisor's, under the recommendation's key. */
    static final String ORIGIN = "advisor";

    private final List<Signal> signals;
    private final PlannedTouchpoints planned;
    private final SettingsStore settings;
    private final Holds holds;
    private final Users users;
    private final TimeZones zones;
    private final AuditTrail audit;
    private final Clock clock;

    Advisor(List<Signal> signals, PlannedTouchpoints planned, SettingsStore settings, Holds holds, Users users,
            TimeZones zones, AuditTrail audit, Clock clock) {
        this.signals = signals;
        this.planned = planned;
        this.settings = settings;
        this.holds = holds;
        this.users = users;
        this.zones = zones;
        this.audit = audit;
        this.clock = clock;
    }

    /** The recommendations for the actor, most important first. */
    public List<Recommendation> recommendations(Actor actor, Scope scope, Filter filter) {
        return recommendations(actor, owners(actor, scope), filter);
    }

    /**
     * The recommendations about one deal, organization or person, whoever holds it: those of its owner's records,
     * as far as the actor may see them.
     */
    public List<Recommendation> about(Actor actor, SubjectType type, UUID id, UUID ownerId) {
        return recommendations(actor, Set.of(ownerId), Filter.about(type, id));
    }

    private List<Recommendation> recommendations(Actor actor, Set<UUID> owners, Filter filter) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Situation situation = new Situation(actor, owners, now, zones.zoneOf(actor.userId()), settings.read());
        Map<String, Holds.Hold> held = holds.of(actor.userId());
        return signals.stream().filter(signal -> filter.kind() == null || signal.kind() == filter.kind())
                .flatMap(signal -> signal.find(situation).stream())
                .filter(r -> filter.subjectType() == null || r.subject().type() == filter.subjectType())
                .filter(r -> filter.subjectId() == null || r.subject().id().equals(filter.subjectId()))
                .map(r -> {
                    Holds.Hold hold = held.get(r.key());
                    return hold != null && hold.hides(r, now)
                            ? r.withHeld(new Held(hold.kind(), hold.kind().equals("snoozed") ? hold.until() : null))
                            : r;
                })
                .filter(r -> filter.held() || r.held() == null)
                .map(r -> r.withPlanned(meetingFor(r.key())))
                .sorted(Comparator.comparingInt(Recommendation::priority).reversed()
                        .thenComparing(r -> r.subject().name()).thenComparing(Recommendation::key))
                .toList();
    }

    /** One recommendation as it stands now for the actor (their own or their team's), held or not. */
    public Recommendation get(Actor actor, String key) {
        SubjectType type;
        UUID id;
        RecommendationKind kind;
        try {
            String[] parts = key.split(":", 3);
            kind = RecommendationKind.valueOf(parts[0]);
            type = SubjectType.valueOf(parts[1]);
            id = UUID.fromString(parts[2]);
        } catch (RuntimeException e) {
            throw new InvalidRequestException("key", "is not a recommendation's key (kind:subject:id)");
        }
        Scope scope = actor.isManager() || actor.isAdmin() ? Scope.team : Scope.mine;
        return recommendations(actor, owners(actor, scope), new Filter(kind, type, id, true)).stream()
                .filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("recommendation", id));
    }

    /**
     * Plans the meeting a recommendation calls for, with its people (or those named), at its deal or account, for
     * the actor: a planned touchpoint on Today and in the calendar feed, which the touchpoint logged for it
     * completes. Until then the recommendation shows the meeting and weighs less.
     */
    @Transactional
    public PlannedTouchpoint plan(Actor actor, String key, OffsetDateTime at, @Nullable Channel channel,
            @Nullable List<UUID> personIds) {
        Recommendation recommendation = get(actor, key);
        List<UUID> people = personIds != null && !personIds.isEmpty() ? personIds
                : recommendation.people().stream().map(Recommendation.Person::id).toList();
        if (people.isEmpty()) {
            throw new InvalidRequestException("personIds", "name whom to meet: this advice names nobody");
        }
        UUID dealId = recommendation.subject().type() == SubjectType.deal ? recommendation.subject().id() : null;
        UUID organizationId = recommendation.subject().type() == SubjectType.organization
                ? recommendation.subject().id() : null;
        PlannedTouchpoint meeting = planned.plan(actor, new PlannedDraft(people, at,
                channel != null ? channel : recommendation.kind() == RecommendationKind.nurture_lapsed ? Channel.meal
                        : Channel.in_person,
                recommendation.headline(), dealId, organizationId, null, List.of(), ORIGIN, key));
        audited(actor, recommendation, "meeting planned for " + at.toLocalDate());
        return meeting;
    }

    private Recommendation.@Nullable Planned meetingFor(String key) {
        return planned.byOrigin(ORIGIN, key).stream().filter(p -> p.status() == PlannedStatus.planned)
                .min(Comparator.comparing(PlannedTouchpoint::plannedAt))
                .map(p -> new Recommendation.Planned(p.id(), p.plannedAt())).orElse(null);
    }

    /** Hides the recommendation from the actor until its facts change. */
    @Transactional
    public Recommendation dismiss(Actor actor, String key) {
        Recommendation recommendation = get(actor, key);
        holds.dismiss(actor.userId(), key, recommendation.facts(), OffsetDateTime.now(clock));
        audited(actor, recommendation, "dismissed");
        return recommendation.withHeld(new Held("dismissed", null));
    }

    /** Hides the recommendation from the actor until a moment in the future. */
    @Transactional
    public Recommendation snooze(Actor actor, String key, OffsetDateTime until) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!until.isAfter(now)) {
            throw new InvalidRequestException("until", "must be in the future");
        }
        if (until.isAfter(now.plusYears(1))) {
            throw new InvalidRequestException("until", "must be within a year");
        }
        Recommendation recommendation = get(actor, key);
        holds.snooze(actor.userId(), key, until, now);
        audited(actor, recommendation, "snoozed until " + until.toLocalDate());
        return recommendation.withHeld(new Held("snoozed", until));
    }

    /** Takes back the actor's dismissal or snooze. */
    @Transactional
    public Recommendation restore(Actor actor, String key) {
        Recommendation recommendation = get(actor, key);
        if (holds.lift(actor.userId(), key)) {
            audited(actor, recommendation, "shown again");
        }
        return recommendation.withHeld(null);
    }

    public AdvisorSettings settings() {
        return settings.read();
    }

    @Transactional
    public AdvisorSettings changeSettings(Actor actor, AdvisorSettings changed) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only an admin changes the advisor's thresholds");
        }
        AdvisorSettings before = settings.read();
        settings.write(changed);
        audit.updated(actor.userId(), "advisor", UUID.nameUUIDFromBytes("advisor".getBytes(StandardCharsets.UTF_8)),
                "Advisor thresholds", before, changed);
        return settings.read();
    }

    private void audited(Actor actor, Recommendation recommendation, String action) {
        audit.updated(actor.userId(), AUDIT_TYPE, recommendation.subject().id(), recommendation.headline(),
                Map.of("advice", new AuditTrail.Change(recommendation.kind().label(), action)));
    }

    /** Whether advice about records this user owns is the actor's to act on: theirs, a report's, or an admin's. */
    public boolean inScope(Actor actor, UUID ownerId) {
        return owners(actor, actor.isManager() || actor.isAdmin() ? Scope.team : Scope.mine).contains(ownerId);
    }

    private Set<UUID> owners(Actor actor, Scope scope) {
        if (scope == Scope.mine) {
            return Set.of(actor.userId());
        }
        if (actor.isAdmin()) {
            Set<UUID> everyone = new LinkedHashSet<>();
            users.list().forEach(user -> everyone.add(user.id()));
            return everyone;
        }
        if (!actor.isManager()) {
            throw new ForbiddenException("The team's recommendations are for managers and admins");
        }
        Set<UUID> team = new LinkedHashSet<>();
        team.add(actor.userId());
        users.list().stream().filter(user -> actor.userId().equals(user.managerId())).map(UserView::id)
                .forEach(team::add);
        return team;
    }
}
