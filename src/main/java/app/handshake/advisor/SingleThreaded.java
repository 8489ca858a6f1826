package app.handshake.advisor;

import app.handshake.accounts.Users;
import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.deals.DealRoster;
import app.handshake.people.AccountRoster;
import app.handshake.touchpoints.ContactFacts;
import app.handshake.touchpoints.ContactFacts.Touch;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A deal or an account that hangs on one person, on either side: over the set span, at least the set number of
 * touchpoints, and every one of them with the same contact, or (for an account) logged by and with the same team
 * member. When that one person leaves, the deal or the account goes with them.
 */
@Component
class SingleThreaded implements Signal {

    private final DealRoster deals;
    private final AccountRoster accounts;
    private final ContactFacts contacts;
    private final Users users;

    SingleThreaded(DealRoster deals, AccountRoster accounts, ContactFacts contacts, Users users) {
        this.deals = deals;
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.single_threaded;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        var settings = situation.settings();
        OffsetDateTime since = situation.now().minusDays(settings.singleThreadedDays());
        List<Recommendation> found = new ArrayList<>();

        List<DealRoster.Entry> open = deals.open(situation.reader(), situation.owners());
        Map<UUID, DealRoster.Entry> dealsById = new LinkedHashMap<>();
        open.forEach(deal -> dealsById.put(deal.id(), deal));
        contacts.onDeals(situation.reader(), dealsById.keySet(), since, situation.now()).forEach((dealId, touches) -> {
            DealRoster.Entry deal = dealsById.get(dealId);
            Recommendation recommendation = hangsOn(situation, touches, SubjectType.deal, dealId, deal.name(),
                    deal.ownerId(), deal.people().keySet());
            if (recommendation != null) {
                found.add(recommendation);
            }
        });

        // The accounts that matter: important ones, and those with an open deal.
        Set<UUID> organizationIds = new LinkedHashSet<>();
        accounts.heldBy(situation.reader(), situation.owners()).stream()
                .filter(account -> settings.important(account.tier())).forEach(a -> organizationIds.add(a.id()));
        open.stream().map(DealRoster.Entry::organizationId).filter(java.util.Objects::nonNull)
                .forEach(organizationIds::add);
        Map<UUID, AccountRoster.Account> byId = new LinkedHashMap<>();
        accounts.byIds(situation.reader(), organizationIds).forEach(account -> byId.put(account.id(), account));
        Map<UUID, List<AccountRoster.Contact>> people = accounts.peopleAt(situation.reader(), byId.keySet());
        contacts.atOrganizations(situation.reader(), byId.keySet(), since, situation.now()).forEach((id, touches) -> {
            AccountRoster.Account account = byId.get(id);
            Set<UUID> known = new LinkedHashSet<>();
            people.getOrDefault(id, List.of()).forEach(contact -> known.add(contact.id()));
            Recommendation recommendation = hangsOn(situation, touches, SubjectType.organization, id, account.name(),
                    account.ownerId(), known);
            if (recommendation != null) {
                found.add(recommendation);
            }
        });
        return found;
    }

    private Recommendation hangsOn(Situation situation, List<Touch> touches, SubjectType type, UUID id, String name,
            UUID ownerId, Set<UUID> others) {
        var settings = situation.settings();
        if (touches.size() < settings.singleThreadedTouchpoints()) {
            return null;
        }
        Set<UUID> theirs = new LinkedHashSet<>();
        Set<UUID> ours = new LinkedHashSet<>();
        touches.forEach(touch -> {
            theirs.addAll(touch.personIds());
            ours.addAll(touch.teamIds());
        });
        List<Reason> reasons = new ArrayList<>();
        List<Person> toMeet = new ArrayList<>();
        String span = touches.size() + " touchpoints " + (type == SubjectType.deal ? "on " : "with ") + name + " in "
                + settings.singleThreadedDays() + " days";
        String contact = null;
        if (theirs.size() == 1) {
            UUID only = theirs.iterator().next();
            String who = accounts.names(situation.reader(), theirs).getOrDefault(only, "one contact");
            contact = who;
            reasons.add(new Reason("All " + span + " were with " + who,
                    Map.of("touchpoints", touches.size(), "personId", only, "days", settings.singleThreadedDays())));
            Set<UUID> rest = new LinkedHashSet<>(others);
            rest.remove(only);
            accounts.names(situation.reader(), rest).entrySet().stream().limit(3)
                    .forEach(e -> toMeet.add(new Person(e.getKey(), e.getValue())));
        }
        // One member holding every relationship of an account matters where there is a team to share it with; a
        // deal worked by its one owner is the usual thing.
        if (type == SubjectType.organization && ours.size() == 1
                && users.list().stream().filter(u -> u.enabled()).count() > 1) {
            UUID member = ours.iterator().next();
            String who = users.find(member).map(u -> u.displayName()).orElse("one team member");
            reasons.add(new Reason("Only " + who + " took part in the " + span,
                    Map.of("touchpoints", touches.size(), "userId", member, "days", settings.singleThreadedDays())));
        }
        if (reasons.isEmpty()) {
            return null;
        }
        String headline = contact != null ? name + " hangs on " + contact + ": meet others there"
                : name + " hangs on one of the team: bring a colleague";
        return new Recommendation(Recommendation.key(RecommendationKind.single_threaded, type, id),
                RecommendationKind.single_threaded, new Subject(type, id, name), headline, type == SubjectType.deal ? 65 : 55,
                reasons, toMeet, ownerId, Situation.digest(theirs.size() == 1 ? theirs : "", ours.size() == 1 ? ours : ""),
                null, null);
    }
}
