package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Role;
import app.handshake.people.People;
import app.handshake.touchpoints.TouchpointTimes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deals' figures over a period, per owner, from what one reader may see: how many were closed, and how well the
 * nurture of those lost in it is kept up. For the team's figures page.
 */
@Service
@Transactional(readOnly = true)
public class DealFigures {

    private final JdbcClient jdbc;
    private final Deals deals;
    private final People people;
    private final TouchpointTimes touchpoints;
    private final Pipeline pipeline;
    private final ClosedTotals closedTotals;
    private final Clock clock;

    DealFigures(JdbcClient jdbc, Deals deals, People people, TouchpointTimes touchpoints, Pipeline pipeline,
            ClosedTotals closedTotals, Clock clock) {
        this.closedTotals = closedTotals;
        this.jdbc = jdbc;
        this.deals = deals;
        this.people = people;
        this.touchpoints = touchpoints;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** One owner's deals closed in a period: won (of which won back), lost, walked away. */
    public record Closed(UUID ownerId, int won, int lost, int walkedAway, int wonBack) {}

    /**
     * Per owner, the deals closed in [from, to) that the reader may see (see {@link ClosedTotals}); an owner whose
     * deals of the period are all hidden from the reader is not among them.
     */
    public List<Closed> closed(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        return closedTotals.closed(reader, from, to, deals.readFilterForMany(reader).hidden());
    }

    /**
     * The nurture of one owner's deals lost in the period that have a decision maker or champion the reader may
     * see: of the months since each loss that have ended, how many were kept (see {@link NurtureRecord}).
     */
    public record Nurture(UUID ownerId, int deals, int monthsDue, int monthsKept) {}

    /**
     * Per owner, the nurture of the visible deals lost in [from, to) and still lost: month by month since the loss
     * up to now, as {@link NurtureFigures} counts a single deal's, over the nurtured people and touchpoints the
     * reader may see. The touchpoints are those kept for each lost deal ({@link NurtureTouches}): the months that the
     * ones everyone may read keep count as they are, the others only when this reader may read them.
     */
    public List<Nurture> nurture(Actor reader, OffsetDateTime from, OffsetDateTime to) {
        ManyRowsFilter dealRule = deals.readFilterForMany(reader);
        SqlFilter visible = dealRule.perRow();
        SqlFilter persons = people.readFilter(reader);
        SqlFilter readable = touchpoints.readFilter(reader);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(persons.params());
        params.putAll(readable.params());
        params.put("from", from);
        params.put("to", to);
        params.put("now", now);
        params.put("reader", reader.userId());
        int defaultInterval = pipeline.nurtureEveryDays();
        // The visible deals lost in the period, from the index that holds every column asked for.
        Map<UUID, Loss> losses = new HashMap<>();
        jdbc.sql("""
                select d.id, d.owner_id, d.closed_at, d.nurture_every_days, d.organization_id from deal d
                 where d.outcome = 'lost' and d.closed_at >= :from and d.closed_at < :to and %s
                """.formatted(visible.sql())).params(params).query(rs -> {
                    if (dealRule.hides(rs.getObject(5, UUID.class))) {
                        return;
                    }
                    Integer every = rs.getObject(4, Integer.class);
                    losses.put(rs.getObject(1, UUID.class), new Loss(rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class), every == null ? defaultInterval : every));
                });
        // Each of them with the months its open touchpoints keep, and whether one of its decision makers or champions
        // is someone everyone may see; read by the moment of the loss from the index that holds them, and matched
        // here: looking up each deal's row instead took most of the figures' time.
        Map<UUID, Lost> lost = new LinkedHashMap<>();
        List<UUID> unchecked = new ArrayList<>();
        jdbc.sql("""
                select k.deal_id, k.months, k.open_person_id from deal_nurture_kept k
                 where k.closed_at >= :from and k.closed_at < :to""").params(params).query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Loss loss = losses.get(id);
                    if (loss == null) {
                        return;
                    }
                    lost.put(id, new Lost(loss.ownerId(), loss.since(), loss.interval(), rs.getString(2), new Times()));
                    if (rs.getObject(3) == null) {
                        unchecked.add(id);
                    }
                });
        // A lost deal counts when the reader may see one of its decision makers or champions: the few with nobody
        // everyone may see are checked for one this reader may.
        if (!unchecked.isEmpty()) {
            Set<UUID> nurtured = new HashSet<>(jdbc.sql("""
                    select distinct dpp.deal_id from deal_person dpp join person p on p.id = dpp.person_id
                     where dpp.deal_id = any(:unchecked) and dpp.role in ('decision_maker', 'champion') and %s
                    """.formatted(persons.sql())).params(persons.params())
                    .param("unchecked", unchecked.toArray(UUID[]::new)).query(UUID.class).list());
            unchecked.stream().filter(id -> !nurtured.contains(id)).forEach(lost::remove);
        }
        // The few other touchpoints of the deals lost in the period that would keep a month more, that this reader may
        // read. One that a person hidden from the reader took part in is not readable, so the people need no check
        // of their own. A member reads none gated to someone else (NurtureGates): those are not checked. A kept
        // touchpoint is no earlier than its loss, so those of the period's losses occurred since it began; which deal
        // each is for is looked up among those above, not joined: a range of days bound as a parameter is guessed
        // at by a plan made once for every period, which then reads the deals first, one by one.
        String gate = reader.role() == Role.member ? " and (n.gate_id is null or n.gate_id = :reader)" : "";
        jdbc.sql("""
                select n.deal_id, n.occurred_at from deal_nurture_touch n
                 where n.beyond_open and not n.open_to_all and n.occurred_at >= :from and n.occurred_at < :now%s
                   and exists (select 1 from touchpoint t where t.id = n.touchpoint_id and %s)
                """.formatted(gate, readable.sql())).params(params).query(rs -> {
                    Lost deal = lost.get(rs.getObject(1, UUID.class));
                    if (deal != null) {
                        deal.times().add(NurtureFigures.micros(rs.getObject(2, OffsetDateTime.class)));
                    }
                });
        Map<UUID, int[]> sums = new LinkedHashMap<>();
        for (Lost deal : lost.values()) {
            NurtureFigures.MonthTally months = NurtureFigures.tally(deal.since(), now, deal.interval(),
                    deal.months(), deal.times().sorted());
            int[] sum = sums.computeIfAbsent(deal.ownerId(), k -> new int[3]);
            sum[0]++;
            sum[1] += months.due();
            sum[2] += months.kept();
        }
        List<Nurture> list = new ArrayList<>();
        sums.forEach((owner, s) -> list.add(new Nurture(owner, s[0], s[1], s[2])));
        return list;
    }

    /** A lost deal's readable touchpoint moments, in epoch microseconds, as they come. */
    private static final class Times {
        private static final long[] NONE = {};
        /** Most lost deals have none: room is made at the first. */
        private long[] values = NONE;
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, Math.max(8, size * 2));
            }
            values[size++] = value;
        }

        long[] sorted() {
            if (size == 0) {
                return NONE;
            }
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return sorted;
        }
    }

    /** A visible deal lost in the period: by whom, since when, how often its nurture is due. */
    private record Loss(UUID ownerId, OffsetDateTime since, int interval) {}

    private record Lost(UUID ownerId, OffsetDateTime since, int interval, String months, Times times) {}
}
