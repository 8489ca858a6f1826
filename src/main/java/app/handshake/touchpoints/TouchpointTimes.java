package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the touchpoints with any of some people happened, for figures over time: each touchpoint once, and only
 * those the reader may read, so that a colleague's private meeting or private contact never shows as a count.
 */
@Service
@Transactional(readOnly = true)
public class TouchpointTimes {

    private final JdbcClient jdbc;
    private final Touchpoints touchpoints;

    TouchpointTimes(JdbcClient jdbc, Touchpoints touchpoints) {
        this.jdbc = jdbc;
        this.touchpoints = touchpoints;
    }

    /** The moments, oldest first, of the touchpoints in [from, to) with any of these people. */
    public List<OffsetDateTime> with(Actor reader, Collection<UUID> personIds, OffsetDateTime from, OffsetDateTime to) {
        if (personIds.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        var visible = touchpoints.readFilter(reader);
        return jdbc.sql("""
                select t.occurred_at from touchpoint t
                 where t.occurred_at >= :from and t.occurred_at < :to
                   and exists (select 1 from touchpoint_person with_tp
                                where with_tp.touchpoint_id = t.id and with_tp.person_id in (:people))
                   and %s
                 order by t.occurred_at, t.id
                """.formatted(visible.sql()))
                .params(visible.params())
                .param("people", personIds).param("from", from).param("to", to)
                .query(OffsetDateTime.class).list();
    }

    /** A touchpoint with one person, when it happened. */
    public record Moment(UUID touchpointId, UUID personId, OffsetDateTime occurredAt) {}

    /**
     * The touchpoints in [from, to) with each of many people at once, for figures over many deals: a touchpoint
     * with several of them comes once for each.
     */
    public List<Moment> ofEach(Actor reader, Collection<UUID> personIds, OffsetDateTime from, OffsetDateTime to) {
        if (personIds.isEmpty() || !from.isBefore(to)) {
            return List.of();
        }
        var visible = touchpoints.readFilter(reader);
        List<UUID> all = List.copyOf(personIds);
        List<Moment> moments = new java.util.ArrayList<>();
        // In slices, so that no statement carries thousands of parameters.
        for (int start = 0; start < all.size(); start += SLICE) {
            moments.addAll(jdbc.sql("""
                    select tp.touchpoint_id, tp.person_id, tp.occurred_at from touchpoint_person tp
                      join touchpoint t on t.id = tp.touchpoint_id
                     where tp.person_id in (:people) and tp.occurred_at >= :from and tp.occurred_at < :to and %s
                    """.formatted(visible.sql()))
                    .params(visible.params())
                    .param("people", all.subList(start, Math.min(all.size(), start + SLICE)))
                    .param("from", from).param("to", to)
                    .query((rs, row) -> new Moment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, OffsetDateTime.class))).list());
        }
        return moments;
    }

    private static final int SLICE = 1_000;
}
