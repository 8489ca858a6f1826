package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.people.Organizations;
import app.handshake.people.People;
import app.handshake.people.PersonSearch;
import app.handshake.people.PersonSummary;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization seen through its relationships: each of its people with the team's tier and score, the
 * last touch and who on the team knows them best, and how many of its decision makers the team holds. Only
 * the people the reader may see are in it, listed or counted.
 */
@Service
@Transactional(readOnly = true)
public class AccountRelationships {

    /** One of the organization's people, as the account view shows them. */
    public record AccountPerson(UUID id, String name, @Nullable String title, boolean decisionMaker, int score,
            Tier tier, @Nullable OffsetDateTime lastTouch, TeamHolders.@Nullable Holder knowsBest) {}

    /** How many decision makers there are, and how many of them are at relationship tier or above. */
    public record Coverage(int decisionMakers, int held) {}

    private final People people;
    private final Organizations organizations;
    private final Touchpoints touchpoints;
    private final TeamHolders holders;
    private final StrengthFormula formula;
    private final Clock clock;

    AccountRelationships(People people, Organizations organizations, Touchpoints touchpoints, TeamHolders holders,
            RelationshipScores scores, Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.touchpoints = touchpoints;
        this.holders = holders;
        this.formula = scores.formula();
        this.clock = clock;
    }

    /** A page of the organization's people, strongest relationship first. */
    public Page<AccountPerson> people(Actor actor, UUID organizationId, PageRequest page) {
        organizations.get(actor, organizationId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        return people.search(actor, byStrength(organizationId), page).map(p -> person(actor, p, now));
    }

    /** The decision makers among the organization's people the actor may see, and how many the team holds. */
    public Coverage coverage(Actor actor, UUID organizationId) {
        organizations.get(actor, organizationId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int decisionMakers = 0;
        int held = 0;
        Cursor after = null;
        do {
            Page<PersonSummary> page = people.search(actor, PersonSearch.inOrganization(organizationId),
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            for (PersonSummary person : page.items()) {
                if (DecisionLevel.of(person.title())) {
                    decisionMakers++;
                    if (teamStrength(touchpoints.factsAbout(person.id()), now).tier().compareTo(Tier.relationship) >= 0) {
                        held++;
                    }
                }
            }
            after = page.next() == null ? null : Cursor.decode(page.next());
        } while (after != null);
        return new Coverage(decisionMakers, held);
    }

    private AccountPerson person(Actor actor, PersonSummary person, OffsetDateTime now) {
        List<TouchpointFact> facts = touchpoints.factsAbout(person.id());
        Strength team = teamStrength(facts, now);
        // The last touchpoint the reader may read, theirs included: what "last touch" means to them.
        OffsetDateTime lastTouch = facts.stream().filter(f -> f.visibleTo(actor.userId()))
                .map(TouchpointFact::occurredAt).filter(at -> !at.isAfter(now))
                .max(OffsetDateTime::compareTo).orElse(null);
        List<TeamHolders.Holder> held = holders.of(actor, facts, now);
        return new AccountPerson(person.id(), person.name(), person.title(), DecisionLevel.of(person.title()),
                team.score(), team.tier(), lastTouch, held.isEmpty() ? null : held.getFirst());
    }

    private Strength teamStrength(List<TouchpointFact> facts, OffsetDateTime now) {
        return formula.measure(facts.stream().filter(TouchpointFact::openToTeam).toList(), now);
    }

    private static PersonSearch byStrength(UUID organizationId) {
        return new PersonSearch(null, null, organizationId, null, PersonSearch.Order.strength);
    }
}
