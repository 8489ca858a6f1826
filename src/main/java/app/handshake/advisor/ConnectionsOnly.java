package app.handshake.advisor;

import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.people.AccountRoster;
import app.handshake.relationships.RelationshipsCooling;
import app.handshake.relationships.Tier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An important account where the team has names but no relationship: every person there it may see is at
 * connection tier, nobody an acquaintance or better.
 */
@Component
class ConnectionsOnly implements Signal {

    private final AccountRoster accounts;
    private final RelationshipsCooling relationships;

    ConnectionsOnly(AccountRoster accounts, RelationshipsCooling relationships) {
        this.accounts = accounts;
        this.relationships = relationships;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.connections_only;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        var important = accounts.heldBy(situation.reader(), situation.owners()).stream()
                .filter(account -> situation.settings().important(account.tier())).toList();
        Map<UUID, List<AccountRoster.Contact>> people = accounts.peopleAt(situation.reader(),
                important.stream().map(AccountRoster.Account::id).toList());
        Set<UUID> everyone = new LinkedHashSet<>();
        people.values().forEach(list -> list.forEach(contact -> everyone.add(contact.id())));
        Map<UUID, Tier> tiers = relationships.tiers(situation.reader(), everyone);
        List<Recommendation> found = new ArrayList<>();
        for (AccountRoster.Account account : important) {
            List<AccountRoster.Contact> there = people.getOrDefault(account.id(), List.of());
            if (there.isEmpty() || there.stream()
                    .anyMatch(contact -> tiers.getOrDefault(contact.id(), Tier.connection) != Tier.connection)) {
                continue;
            }
            List<Person> toMeet = there.stream().limit(3).map(c -> new Person(c.id(), c.name())).toList();
            Reason reason = new Reason("The team knows " + there.size() + (there.size() == 1 ? " person" : " people")
                    + " at " + account.name() + " (" + account.tier() + " account), all by name only: nobody there is"
                    + " an acquaintance yet", Map.of("people", there.size(), "tier", account.tier().name()));
            found.add(new Recommendation(Recommendation.key(RecommendationKind.connections_only,
                    SubjectType.organization, account.id()), RecommendationKind.connections_only,
                    new Subject(SubjectType.organization, account.id(), account.name()),
                    "Get to know someone at " + account.name(), account.tier().ordinal() == 0 ? 55 : 45, List.of(reason),
                    toMeet, account.ownerId(), Situation.digest(there.size()), null, null));
        }
        return found;
    }
}
