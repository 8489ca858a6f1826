package app.handshake.relationships;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.touchpoints.TouchpointDetails;
import app.handshake.touchpoints.TouchpointFact;
import app.handshake.touchpoints.TouchpointFilter;
import app.handshake.touchpoints.Touchpoints;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out a person's score over the last year from the same facts and formula as the score of today, so
 * the line ends where the score is. The team's line counts what the team's score counts; the reader's line
 * what the reader's own score counts: no touchpoint the reader may not see is in either.
 */
@Service
@Transactional(readOnly = true)
public class ScoreHistories {

    private static final int DAYS = 365;
    private static final int STEP_DAYS = 7;

    private final Touchpoints touchpoints;
    private final People people;
    private final StrengthFormula formula;
    private final StrengthSettings settings;
    private final Clock clock;

    ScoreHistories(Touchpoints touchpoints, People people, RelationshipScores scores, StrengthSettings settings,
            Clock clock) {
        this.touchpoints = touchpoints;
        this.people = people;
        this.formula = scores.formula();
        this.settings = settings;
        this.clock = clock;
    }

    public ScoreHistory of(Actor actor, UUID personId) {
        people.get(actor, personId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime from = now.minusDays(DAYS);
        List<TouchpointFact> facts = touchpoints.factsAbout(personId);
        Map<UUID, String> summaries = summaries(actor, personId, from);
        return new ScoreHistory(personId, from, now,
                new ScoreHistory.Thresholds(settings.acquaintanceFrom(), settings.relationshipFrom(), settings.trustedFrom()),
                series(facts, TouchpointFact::openToTeam, from, now, summaries),
                series(facts, f -> f.countsFor(actor.userId()), from, now, summaries));
    }

    private ScoreHistory.Series series(List<TouchpointFact> all, Predicate<TouchpointFact> counts, OffsetDateTime from,
            OffsetDateTime now, Map<UUID, String> summaries) {
        List<TouchpointFact> facts = all.stream().filter(counts).toList();
        List<ScoreHistory.Point> points = new ArrayList<>();
        for (OffsetDateTime at = from; at.isBefore(now); at = at.plusDays(STEP_DAYS)) {
            points.add(new ScoreHistory.Point(at, scoreAt(facts, at)));
        }
        List<ScoreHistory.Mark> marks = new ArrayList<>();
        List<TouchpointFact> inWindow = facts.stream()
                .filter(f -> f.occurredAt().isAfter(from) && !f.occurredAt().isAfter(now))
                .sorted(Comparator.comparing(TouchpointFact::occurredAt)).toList();
        for (TouchpointFact fact : inWindow) {
            OffsetDateTime at = fact.occurredAt();
            int after = scoreAt(facts, at);
            int without = scoreAt(facts.stream().filter(f -> f != fact).toList(), at);
            // A point a second before and one at the touchpoint: the jump it made stands upright on the line.
            points.add(new ScoreHistory.Point(at.minusSeconds(1), scoreAt(facts, at.minusSeconds(1))));
            points.add(new ScoreHistory.Point(at, after));
            marks.add(new ScoreHistory.Mark(fact.touchpointId(), at, fact.channel(), fact.channel().label(),
                    fact.channel().isFaceToFace(), summaries.get(fact.touchpointId()), after - without, after));
        }
        Strength today = formula.measure(facts, now);
        points.add(new ScoreHistory.Point(now, today.score()));
        points.sort(Comparator.comparing(ScoreHistory.Point::at));
        return new ScoreHistory.Series(today.score(), today.tier(), List.copyOf(points), List.copyOf(marks));
    }

    private int scoreAt(List<TouchpointFact> facts, OffsetDateTime at) {
        return formula.score(formula.raw(facts, at));
    }

    /** What the reader may read of the year's touchpoints with the person: their summaries, by id. */
    private Map<UUID, String> summaries(Actor actor, UUID personId, OffsetDateTime from) {
        Map<UUID, String> summaries = new HashMap<>();
        TouchpointFilter filter = new TouchpointFilter(personId, null, null, from, null);
        Cursor after = null;
        do {
            Page<TouchpointDetails> page = touchpoints.list(actor, filter, new PageRequest(after, PageRequest.MAX_LIMIT));
            page.items().stream().filter(t -> t.summary() != null).forEach(t -> summaries.put(t.id(), t.summary()));
            after = page.next() == null ? null : Cursor.decode(page.next());
        } while (after != null);
        return summaries;
    }
}
