package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.People;
import app.handshake.touchpoints.TouchpointTimes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deals' figures over a period, per owner, from what one reader may see: how the deals closed in it ended, and
 * how well the nurture of those lost in it is kept up. Read in a few set-wise queries, for the team's figures page.
 */
@Service
@Transactional(readOnly = true)
public class DealFigures {

    private final JdbcClient jdbc;
    private final Deals deals;
    private final People people;
    private final TouchpointTimes touchpoints;
    private final Pipeline pipeline;
    private final Clock clock;

    DealFigures(JdbcClient jdbc, Deals deals, People people, TouchpointTimes touchpoints, Pipeline pipeline,
            Clock clock) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.people = people;
        this.touchpoints = touchpoints;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** One owner's deals closed in the period: won (of which won back), lost and walked away from. */
    public record Outcomes(UUID ownerId, int won, int lost, int walkedAway, int wonBack) {}

    /**
     * The nurture of one owner's deals lost in the period that have a decision maker or champion the reader may
     * see: of the months since each loss that have ended, how many were kept (see {@link NurtureRecord}).
     */
    public record Nurture(UUID ownerId, int deals, int monthsDue, int monthsKept) {}

    /** Per owner, the visible deals closed in [from, to). */
    public List<Outcomes> outcomes(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        SqlFilter visible = deals.readFilter(reader);
        Map<UUID, int[]> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select d.owner_id, d.outcome, d.won_back, count(*) from deal d
                 where d.outcome <> 'open' and d.closed_at >= :from and d.closed_at < :to and %s
                 group by d.owner_id, d.outcome, d.won_back""".formatted(visible.sql()))
                .params(visible.params()).param("from", from).param("to", to)
                .query(rs -> {
                    int[] count = counts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new int[4]);
                    int n = rs.getInt(4);
                    switch (DealOutcome.valueOf(rs.getString(2))) {
                        case won -> {
                            count[0] += n;
                            count[3] += rs.getBoolean(3) ? n : 0;
                        }
                        case lost -> count[1] += n;
                        case walked_away -> count[2] += n;
                        case open -> { }
                    }
                });
        List<Outcomes> list = new ArrayList<>();
        counts.forEach((owner, c) -> list.add(new Outcomes(owner, c[0], c[1], c[2], c[3])));
        return list;
    }

    /**
     * Per owner, the nurture of the visible deals lost in [from, to) and still lost: month by month since the loss
     * up to now, as {@link NurtureFigures} counts a single deal's, over the nurtured people and touchpoints the
     * reader may see.
     */
    public List<Nurture> nurture(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        SqlFilter visible = deals.readFilter(reader);
        SqlFilter persons = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(persons.params());
        params.put("from", from);
        params.put("to", to);
        String nurtured = """
                select d.id key_id, dpp.person_id, d.closed_at since, d.owner_id, d.nurture_every_days from deal d
                  join deal_person dpp on dpp.deal_id = d.id and dpp.role in ('decision_maker', 'champion')
                  join person p on p.id = dpp.person_id
                 where d.outcome = 'lost' and d.closed_at >= :from and d.closed_at < :to and %s and %s
                """.formatted(visible.sql(), persons.sql());
        Map<UUID, Lost> lost = new LinkedHashMap<>();
        int defaultInterval = pipeline.nurtureEveryDays();
        jdbc.sql(nurtured).params(params).query(rs -> {
            Integer every = rs.getObject(5, Integer.class);
            // A row per nurtured person: the deal once.
            lost.putIfAbsent(rs.getObject(1, UUID.class), new Lost(rs.getObject(4, UUID.class),
                    rs.getObject(3, OffsetDateTime.class), every == null ? defaultInterval : every, new ArrayList<>()));
        });
        if (lost.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // Each touchpoint once per deal, from the deal's loss on, however many of its people it was with.
        for (TouchpointTimes.Moment moment : touchpoints.sinceEach(reader, nurtured, params, now)) {
            lost.get(moment.key()).times().add(moment.occurredAt());
        }
        Map<UUID, int[]> sums = new LinkedHashMap<>();
        for (Lost deal : lost.values()) {
            List<OffsetDateTime> times = deal.times().stream().sorted().toList();
            int[] sum = sums.computeIfAbsent(deal.ownerId(), k -> new int[3]);
            sum[0]++;
            for (NurtureRecord.Month month : NurtureFigures.months(deal.since(), now, deal.interval(), times)) {
                if (!month.to().isAfter(now)) {
                    sum[1]++;
                    sum[2] += month.state() == NurtureRecord.MonthState.kept ? 1 : 0;
                }
            }
        }
        List<Nurture> list = new ArrayList<>();
        sums.forEach((owner, s) -> list.add(new Nurture(owner, s[0], s[1], s[2])));
        return list;
    }

    private record Lost(UUID ownerId, OffsetDateTime since, int interval, List<OffsetDateTime> times) {}
}
