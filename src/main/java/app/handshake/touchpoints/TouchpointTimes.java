package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A touchpoint counted for one of many keys (a deal, say), when it happened. */
    public record Moment(UUID key, UUID touchpointId, OffsetDateTime occurredAt) {}

    /**
     * For figures over many records at once: given a query of rows {@code (key_id, person_id, since)} (with its
     * parameters), the readable touchpoints with each row's person from its {@code since} until {@code until}, each
     * touchpoint once per key. One statement, so that the database follows each person's touchpoints by index from
     * their own moment rather than reading everyone's since the earliest.
     */
    public List<Moment> sinceEach(Actor reader, String sinceQuery, Map<String, Object> params, OffsetDateTime until) {
        var visible = touchpoints.readFilter(reader);
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(visible.params());
        return jdbc.sql("""
                select distinct s.key_id, t.id, t.occurred_at from (%s) s
                  join touchpoint_person tp on tp.person_id = s.person_id and tp.occurred_at >= s.since
                   and tp.occurred_at < :until
                  join touchpoint t on t.id = tp.touchpoint_id
                 where %s
                """.formatted(sinceQuery, visible.sql()))
                .params(all).param("until", until)
                .query((rs, row) -> new Moment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, OffsetDateTime.class))).list();
    }
}
