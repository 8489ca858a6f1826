package app.handshake.advisor;

import app.handshake.advisor.Recommendation.Person;
import app.handshake.advisor.Recommendation.Reason;
import app.handshake.advisor.Recommendation.Subject;
import app.handshake.advisor.Recommendation.SubjectType;
import app.handshake.deals.DealRoster;
import app.handshake.deals.Deals;
import app.handshake.deals.NurtureRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A lost deal whose nurture has lapsed: its last months that have ended (as many as set) each went without a
 * touchpoint with its decision makers and champions. The best seller won his back by keeping it up for a year.
 */
@Component
class NurtureLapsed implements Signal {

    /** Nurtures run on for years; a loss older than this is no longer advised on. */
    private static final int LOOKBACK_MONTHS = 36;

    private final DealRoster roster;
    private final Deals deals;

    NurtureLapsed(DealRoster roster, Deals deals) {
        this.roster = roster;
        this.deals = deals;
    }

    @Override
    public RecommendationKind kind() {
        return RecommendationKind.nurture_lapsed;
    }

    @Override
    public List<Recommendation> find(Situation situation) {
        int lapse = situation.settings().nurtureMissedMonths();
        List<Recommendation> found = new ArrayList<>();
        for (DealRoster.Entry deal : roster.lostSince(situation.reader(), situation.owners(),
                situation.now().minusMonths(LOOKBACK_MONTHS))) {
            NurtureRecord nurture = deals.nurture(situation.reader(), deal.id());
            if (nurture.status() != NurtureRecord.Status.running || nurture.people().isEmpty()) {
                continue;
            }
            List<NurtureRecord.Month> ended = nurture.months().stream()
                    .filter(month -> month.state() != NurtureRecord.MonthState.running).toList();
            int missedInARow = 0;
            for (int i = ended.size() - 1; i >= 0 && ended.get(i).state() == NurtureRecord.MonthState.missed; i--) {
                missedInARow++;
            }
            if (missedInARow < lapse) {
                continue;
            }
            List<Person> people = nurture.people().stream().map(p -> new Person(p.personId(), p.name())).distinct().toList();
            Reason reason = new Reason("Lost on " + situation.day(nurture.since()) + "; the last " + missedInARow
                    + " months of its nurture passed without a touchpoint with " + MeetInPerson.names(people)
                    + " (" + nurture.monthsKept() + " kept, " + nurture.monthsMissed() + " missed in all)",
                    Map.of("lostAt", nurture.since(), "missedInARow", missedInARow, "monthsKept", nurture.monthsKept(),
                            "monthsMissed", nurture.monthsMissed()));
            found.add(new Recommendation(Recommendation.key(RecommendationKind.nurture_lapsed, SubjectType.deal,
                    deal.id()), RecommendationKind.nurture_lapsed, new Subject(SubjectType.deal, deal.id(), deal.name()),
                    "Take up the nurture of " + deal.name() + " again: a meal or a visit", 60 + Math.min(20, 5 * missedInARow),
                    List.of(reason), people, deal.ownerId(), Situation.digest(nurture.monthsMissed()), null, null));
        }
        return found;
    }
}
