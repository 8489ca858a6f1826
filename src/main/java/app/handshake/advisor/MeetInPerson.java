package app.handshake.advisor;

import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.deals.DealRole;
import app.handshake.deals.DealRoster;
import app.handshake.people.AccountRoster;
import app.handshake.shared.Money;
import app.handshake.touchpoints.ContactFacts;
import app.handshake.touchpoints.ContactFacts.LastContact;
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
 * "There is no handshake in the clouds": an open deal worth meeting for whose decision makers nobody on the
 * team has met face to face (in person, at a meal or an event; a video call is not a meeting) within the set
 * months; and an important account the team has only written to and called for the set months.
 */
@Component
class MeetInPerson implements Signal {

    private final DealRoster deals;
    private final AccountRoster accounts;
    private final ContactFacts contacts;

    MeetInPerson(DealRoster deals, AccountRoster accounts, ContactFacts contacts) {
        this.deals = deals;
        this.accounts = accounts;
        this.contacts = contacts;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.meet_in_person;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        List<Recommendation> found = new ArrayList<>(bigDeals(situation));
        found.addAll(virtualAccounts(situation));
        return found;
    }

    private List<Recommendation> bigDeals(Situation situation) {
        var settings = situation.settings();
        List<DealRoster.Entry> big = deals.open(situation.reader(), situation.owners()).stream()
                .filter(deal -> settings.worthMeeting(deal.value()) && !deal.in(DealRole.decision_maker).isEmpty())
                .toList();
        Set<UUID> deciders = new LinkedHashSet<>();
        big.forEach(deal -> deciders.addAll(deal.in(DealRole.decision_maker)));
        Map<UUID, LastContact> last = contacts.lastContact(situation.reader(), deciders, situation.now());
        Map<UUID, String> names = accounts.names(situation.reader(), deciders);
        OffsetDateTime window = situation.now().minusMonths(settings.meetWithinMonths());
        List<Recommendation> found = new ArrayList<>();
        for (DealRoster.Entry deal : big) {
            List<Reason> reasons = new ArrayList<>();
            Money from = new Money(settings.meetFrom().get(deal.value().currency()), deal.value().currency());
            reasons.add(new Reason(deal.name() + " is worth " + deal.value().display() + ", at or above the "
                    + from.display() + " from which the team meets a deal's decision makers",
                    Map.of("amount", deal.value().amount(), "currency", deal.value().currency())));
            List<Person> toMeet = new ArrayList<>();
            List<Object> facts = new ArrayList<>(List.of(deal.value().amount(), deal.value().currency()));
            boolean anyEverMet = false;
            for (UUID decider : deal.in(DealRole.decision_maker)) {
                LastContact contact = last.getOrDefault(decider, LastContact.NEVER);
                OffsetDateTime met = contact.lastFaceToFace();
                anyEverMet |= met != null;
                if (met != null && !met.isBefore(window)) {
                    continue;
                }
                String name = names.get(decider);
                toMeet.add(new Person(decider, name));
                facts.add(decider + "@" + met);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("personId", decider);
                figures.put("lastFaceToFace", met);
                figures.put("lastTouch", contact.lastTouch());
                reasons.add(new Reason(met == null
                        ? "Nobody on the team has met " + name + " (decision maker) in person or at a meal"
                        : name + " (decision maker) was last met face to face on " + situation.day(met) + ", "
                                + situation.monthsSince(met) + " months ago; the team meets them at least every "
                                + settings.meetWithinMonths() + " months",
                        figures));
            }
            if (toMeet.isEmpty()) {
                continue;
            }
            found.add(new Recommendation(Recommendation.key(RecommendationKind.meet_in_person, SubjectType.deal,
                    deal.id()), RecommendationKind.meet_in_person, new Subject(SubjectType.deal, deal.id(), deal.name()),
                    "Meet " + names(toMeet) + " in person about " + deal.name(), anyEverMet ? 75 : 90, reasons, toMeet,
                    deal.ownerId(), Situation.digest(facts.toArray()), null, null));
        }
        return found;
    }

    private List<Recommendation> virtualAccounts(Situation situation) {
        var settings = situation.settings();
        List<AccountRoster.Account> important = accounts.heldBy(situation.reader(), situation.owners()).stream()
                .filter(account -> settings.important(account.tier())).toList();
        Map<UUID, AccountRoster.Account> byId = new LinkedHashMap<>();
        important.forEach(account -> byId.put(account.id(), account));
        OffsetDateTime since = situation.now().minusMonths(settings.virtualOnlyMonths());
        Map<UUID, List<Touch>> touches = contacts.atOrganizations(situation.reader(), byId.keySet(), since,
                situation.now());
        List<Recommendation> found = new ArrayList<>();
        touches.forEach((organizationId, list) -> {
            if (list.isEmpty() || list.stream().anyMatch(touch -> touch.channel().isFaceToFace())) {
                return;
            }
            AccountRoster.Account account = byId.get(organizationId);
            Set<UUID> people = new LinkedHashSet<>();
            list.forEach(touch -> people.addAll(touch.personIds()));
            Map<UUID, LastContact> last = contacts.lastContact(situation.reader(), people, situation.now());
            OffsetDateTime metLast = last.values().stream().map(LastContact::lastFaceToFace)
                    .filter(java.util.Objects::nonNull).max(OffsetDateTime::compareTo).orElse(null);
            Map<UUID, String> names = accounts.names(situation.reader(), people);
            List<Person> toMeet = names.entrySet().stream().limit(3).map(e -> new Person(e.getKey(), e.getValue()))
                    .toList();
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("touchpoints", list.size());
            figures.put("months", settings.virtualOnlyMonths());
            figures.put("lastFaceToFace", metLast);
            List<Reason> reasons = List.of(new Reason(list.size() + " touchpoints with " + account.name() + " ("
                    + account.tier().name() + " account) in " + settings.virtualOnlyMonths()
                    + " months, none face to face" + (metLast == null ? "; nobody has met them in person"
                    : "; last met in person on " + situation.day(metLast)), figures));
            found.add(new Recommendation(Recommendation.key(RecommendationKind.meet_in_person,
                    SubjectType.organization, organizationId), RecommendationKind.meet_in_person,
                    new Subject(SubjectType.organization, organizationId, account.name()),
                    "Visit " + account.name() + ": " + settings.virtualOnlyMonths() + " months without meeting in person",
                    account.tier() == app.handshake.people.OrganizationTier.strategic ? 70 : 60, reasons, toMeet,
                    account.ownerId(), Situation.digest(metLast, people.size() > 0), null, null));
        });
        return found;
    }

    static String names(List<Person> people) {
        List<String> names = people.stream().map(Person::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
