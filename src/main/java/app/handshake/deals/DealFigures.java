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
 * The deals' figures over a period, per owner, from what one reader may see: how well the nurture of those lost in
 * it is kept up. Read in two set-wise queries, for the team's figures page.
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

    /**
     * The nurture of one owner's deals lost in the period that have a decision maker or champion the reader may
     * see: of the months since each loss that have ended, how many were kept (see {@link NurtureRecord}).
     */
    public record Nurture(UUID ownerId, int deals, int monthsDue, int monthsKept) {}

    /**
     * Per owner, the nurture of the visible deals lost in [from, to) and still lost: month by month since the loss
     * up to now, as {@link NurtureFigures} counts a single deal's, over the nurtured people and touchpoints the
     * reader may see. The touchpoints are those kept for each lost deal ({@link NurtureTouches}): the ones everyone
     * may read count as they are, the others only when this reader may read them.
     */
    public List<Nurture> nurture(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        SqlFilter visible = deals.readFilter(reader);
        SqlFilter persons = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(persons.params());
        params.put("from", from);
        params.put("to", to);
        Map<UUID, Lost> lost = new LinkedHashMap<>();
        int defaultInterval = pipeline.nurtureEveryDays();
        // A lost deal counts when the reader may see one of its decision makers or champions.
        jdbc.sql("""
                select d.id, d.owner_id, d.closed_at, d.nurture_every_days from deal d
                 where d.outcome = 'lost' and d.closed_at >= :from and d.closed_at < :to and %s
                   and exists (select 1 from deal_person dpp join person p on p.id = dpp.person_id
                                where dpp.deal_id = d.id and dpp.role in ('decision_maker', 'champion') and %s)
                """.formatted(visible.sql(), persons.sql())).params(params).query(rs -> {
                    Integer every = rs.getObject(4, Integer.class);
                    lost.put(rs.getObject(1, UUID.class), new Lost(rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class), every == null ? defaultInterval : every,
                            new HashMap<>()));
                });
        if (lost.isEmpty()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        SqlFilter readable = touchpoints.readFilter(reader);
        Map<String, Object> touchParams = new HashMap<>(visible.params());
        touchParams.putAll(readable.params());
        touchParams.put("from", from);
        touchParams.put("to", to);
        touchParams.put("now", now);
        // Each touchpoint once per deal, from the deal's loss on, however many of its people it was with; one that a
        // person hidden from the reader took part in is not readable, so the people need no check of their own.
        jdbc.sql("""
                select n.deal_id, n.touchpoint_id, n.occurred_at from deal d
                  join deal_nurture_touch n on n.deal_id = d.id
                 where d.outcome = 'lost' and d.closed_at >= :from and d.closed_at < :to and %s
                   and n.occurred_at < :now
                   and (n.open_to_all or exists (select 1 from touchpoint t where t.id = n.touchpoint_id and %s))
                """.formatted(visible.sql(), readable.sql())).params(touchParams).query(rs -> {
                    Lost deal = lost.get(rs.getObject(1, UUID.class));
                    if (deal != null) {
                        deal.times().put(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class));
                    }
                });
        Map<UUID, int[]> sums = new LinkedHashMap<>();
        for (Lost deal : lost.values()) {
            List<OffsetDateTime> times = deal.times().values().stream().sorted().toList();
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

    private record Lost(UUID ownerId, OffsetDateTime since, int interval, Map<UUID, OffsetDateTime> times) {}
}
