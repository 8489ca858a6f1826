package app.handshake.advisor;

import app.handshake.accounts.Actor;
import app.handshake.accounts.TimeZones;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.deals.DealRoster;
import app.handshake.people.AccountRoster;
import app.handshake.people.People;
import app.handshake.relationships.RelationshipScores;
import app.handshake.relationships.RelationshipScores.OwnScore;
import app.handshake.relationships.TeamHolders;
import app.handshake.relationships.Tier;
import app.handshake.touchpoints.Channel;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Works out a hand-over proposal: the leaving user's relationships (relationship or trusted in their own score,
 * or on an open deal they own) that both the reader and the leaving user may see, each with the colleague who
 * knows the person best as new owner (else the leaving user's manager) and a joint introduction, a few a day.
 */
@Component
class HandOverProposals {

    /** Three introductions a working day: morning, lunch, afternoon. */
    private static final List<LocalTime> SLOTS = List.of(LocalTime.of(10, 0), LocalTime.of(12, 30),
            LocalTime.of(15, 0));

    private final Users users;
    private final People people;
    private final AccountRoster accounts;
    private final DealRoster deals;
    private final RelationshipScores scores;
    private final TeamHolders holders;
    private final TimeZones zones;
    private final Clock clock;

    HandOverProposals(Users users, People people, AccountRoster accounts, DealRoster deals,
            RelationshipScores scores, TeamHolders holders, TimeZones zones, Clock clock) {
        this.users = users;
        this.people = people;
        this.accounts = accounts;
        this.deals = deals;
        this.scores = scores;
        this.holders = holders;
        this.zones = zones;
        this.clock = clock;
    }

    HandOverProposal propose(Actor reader, UserView leaving, @Nullable UserView to) {
        Map<UUID, List<String>> onDeals = new LinkedHashMap<>();
        for (DealRoster.Entry deal : deals.open(reader, Set.of(leaving.id()))) {
            deal.people().keySet().forEach(p -> onDeals.computeIfAbsent(p, k -> new ArrayList<>()).add(deal.name()));
        }
        Map<UUID, OwnScore> held = scores.heldBy(leaving.id(), onDeals.keySet());
        Set<UUID> shown = new HashSet<>(people.visibleAmong(reader, held.keySet()));
        shown.retainAll(people.visibleAmong(leaving.actor(), held.keySet()));
        Map<UUID, String> names = accounts.names(reader, shown);
        Map<UUID, UserView> team = new LinkedHashMap<>();
        users.list().stream().filter(UserView::enabled).forEach(u -> team.put(u.id(), u));
        UUID fallback = fallbackOwner(reader, leaving, team);

        List<OwnScore> ordered = names.keySet().stream().map(held::get)
                .sorted(Comparator.comparing(OwnScore::tier).reversed().thenComparing(Comparator
                        .comparingInt(OwnScore::score).reversed()).thenComparing(s -> names.get(s.personId())))
                .toList();
        ZoneId zone = zones.zoneOf(leaving.id());
        LocalDate day = nextWorkingDay(LocalDate.now(clock.withZone(zone)));
        List<HandOverProposal.ProposedRelationship> relationships = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            OwnScore own = ordered.get(i);
            if (i > 0 && i % SLOTS.size() == 0) {
                day = nextWorkingDay(day);
            }
            List<TeamHolders.Holder> knownBy = holders.of(reader, own.personId()).stream()
                    .filter(h -> !h.userId().equals(leaving.id()) && team.containsKey(h.userId())).toList();
            UUID owner = to != null ? to.id() : knownBy.isEmpty() ? fallback : knownBy.getFirst().userId();
            OffsetDateTime at = day.atTime(SLOTS.get(i % SLOTS.size())).atZone(zone).toOffsetDateTime();
            relationships.add(new HandOverProposal.ProposedRelationship(own.personId(), names.get(own.personId()), own.tier(),
                    own.score(), onDeals.getOrDefault(own.personId(), List.of()), knownBy, owner,
                    owner == null ? null : team.get(owner).displayName(), at,
                    own.tier() == Tier.trusted ? Channel.meal : Channel.in_person));
        }
        List<HandOverProposal.HandOverColleague> colleagues = team.values().stream()
                .filter(u -> !u.id().equals(leaving.id()))
                .sorted(Comparator.comparing(UserView::displayName).thenComparing(UserView::email))
                .map(u -> new HandOverProposal.HandOverColleague(u.id(), u.displayName())).toList();
        return new HandOverProposal(leaving.id(), leaving.displayName(), leaving.enabled(), leaving.managerId(),
                relationships, colleagues);
    }

    /** Nobody else knows the person: their manager takes them over, or else the one making the plan. */
    private static @Nullable UUID fallbackOwner(Actor reader, UserView leaving, Map<UUID, UserView> team) {
        if (leaving.managerId() != null && team.containsKey(leaving.managerId())
                && !leaving.managerId().equals(leaving.id())) {
            return leaving.managerId();
        }
        return reader.userId().equals(leaving.id()) ? null : reader.userId();
    }

    private static LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
