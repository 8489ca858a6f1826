package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.people.People;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who on the team holds the relationship with a person: each member with their own score, best first. A
 * colleague's score counts only the touchpoints the whole team may see that they logged or took part in, so
 * no private touchpoint of theirs shows through it; the reader's own is their own score, as on the card.
 */
@Service
@Transactional(readOnly = true)
public class TeamHolders {

    /** A team member and their relationship with the person. */
    public record Holder(UUID userId, String name, boolean you, int score, Tier tier) {}

    private final Touchpoints touchpoints;
    private final People people;
    private final Users users;
    private final StrengthFormula formula;
    private final Clock clock;

    TeamHolders(Touchpoints touchpoints, People people, Users users, RelationshipScores scores, Clock clock) {
        this.touchpoints = touchpoints;
        this.people = people;
        this.users = users;
        this.formula = scores.formula();
        this.clock = clock;
    }

    /** The holders of a relationship with a person the actor may see, best first. */
    public List<Holder> of(Actor actor, UUID personId) {
        people.get(actor, personId);
        return of(actor, touchpoints.factsAbout(personId), OffsetDateTime.now(clock));
    }

    /** The same from facts already read: members above connection, best first, then by name. */
    List<Holder> of(Actor actor, List<TouchpointFact> facts, OffsetDateTime now) {
        Set<UUID> members = new LinkedHashSet<>();
        for (TouchpointFact fact : facts) {
            members.add(fact.ownerId());
            members.addAll(fact.userIds());
        }
        return members.stream().map(member -> {
            boolean you = member.equals(actor.userId());
            List<TouchpointFact> counted = facts.stream()
                    .filter(f -> you ? f.countsFor(member) : f.openToTeam() && f.involves(member)).toList();
            Strength strength = formula.measure(counted, now);
            String name = users.find(member).map(UserView::displayName).orElse("A former colleague");
            return new Holder(member, name, you, strength.score(), strength.tier());
        }).filter(h -> h.tier() != Tier.connection)
                .sorted(Comparator.comparingInt(Holder::score).reversed().thenComparing(Holder::name))
                .toList();
    }
}
