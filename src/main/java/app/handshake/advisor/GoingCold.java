package app.handshake.advisor;

import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.cadences.OverdueCadences;
import app.handshake.people.AccountRoster;
import app.handshake.relationships.RelationshipsCooling;
import app.handshake.relationships.Tier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A relationship worth keeping that is cooling: a person at relationship or trusted tier whose score fell by
 * the set points over the set days, or whose cadence is overdue by more than the set days.
 */
@Component
class GoingCold implements Signal {

    private final RelationshipsCooling cooling;
    private final OverdueCadences overdue;
    private final AccountRoster accounts;

    GoingCold(RelationshipsCooling cooling, OverdueCadences overdue, AccountRoster accounts) {
        this.cooling = cooling;
        this.overdue = overdue;
        this.accounts = accounts;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.going_cold;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        var settings = situation.settings();
        Map<UUID, List<Reason>> reasons = new LinkedHashMap<>();
        Map<UUID, UUID> owners = new LinkedHashMap<>();
        Map<UUID, Object> facts = new LinkedHashMap<>();
        for (var change : cooling.ofPeopleHeldBy(situation.reader(), situation.owners(), settings.coolingDays(),
                situation.now())) {
            if (change.tierThen().compareTo(Tier.relationship) < 0
                    || change.scoreThen() - change.scoreNow() < settings.coolingPoints()) {
                continue;
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("scoreThen", change.scoreThen());
            figures.put("scoreNow", change.scoreNow());
            figures.put("days", settings.coolingDays());
            figures.put("lastTouch", change.lastTouch());
            reasons.computeIfAbsent(change.personId(), p -> new ArrayList<>()).add(new Reason(
                    "Score fell from " + change.scoreThen() + " (" + change.tierThen() + ") to " + change.scoreNow()
                            + " (" + change.tierNow() + ") in " + settings.coolingDays() + " days"
                            + (change.lastTouch() == null ? "" : "; last touch " + situation.day(change.lastTouch())),
                    figures));
            facts.put(change.personId(), change.lastTouch() + "/" + change.tierNow());
        }
        var late = overdue.dueBefore(situation.reader(), situation.owners(),
                situation.now().minusDays(settings.overdueDays()), situation.now());
        Set<UUID> latePeople = new LinkedHashSet<>();
        late.forEach(item -> latePeople.add(item.personId()));
        Map<UUID, Tier> tiers = cooling.tiers(situation.reader(), latePeople);
        for (var item : late) {
            Tier tier = tiers.getOrDefault(item.personId(), Tier.connection);
            if (tier.compareTo(Tier.relationship) < 0) {
                continue;
            }
            long days = Duration.between(item.dueAt(), situation.now()).toDays();
            reasons.computeIfAbsent(item.personId(), p -> new ArrayList<>()).add(new Reason(
                    "A " + tier + " relationship whose cadence (every " + item.intervalDays() + " days) is " + days
                            + " days overdue, since " + situation.day(item.dueAt()),
                    Map.of("dueAt", item.dueAt(), "daysOverdue", days, "intervalDays", item.intervalDays())));
            owners.putIfAbsent(item.personId(), item.assigneeId());
            facts.merge(item.personId(), "due " + item.dueAt(), (a, b) -> a + "/" + b);
        }
        Map<UUID, String> names = accounts.names(situation.reader(), reasons.keySet());
        Map<UUID, UUID> personOwners = accounts.ownersOf(situation.reader(), reasons.keySet());
        List<Recommendation> found = new ArrayList<>();
        reasons.forEach((personId, why) -> {
            String name = names.get(personId);
            if (name == null) {
                return;
            }
            found.add(new Recommendation(Recommendation.key(RecommendationKind.going_cold, SubjectType.person,
                    personId), RecommendationKind.going_cold, new Subject(SubjectType.person, personId, name),
                    "Get back in touch with " + name + " before the relationship goes cold", 50 + 10 * why.size(),
                    why, List.of(new Person(personId, name)),
                    owners.getOrDefault(personId, personOwners.getOrDefault(personId, situation.reader().userId())),
                    Situation.digest(facts.get(personId)), null, null));
        });
        return found;
    }
}
