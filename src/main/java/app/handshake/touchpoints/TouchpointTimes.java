package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import java.time.OffsetDateTime;
import java.util.Collection;
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

    /**
     * A condition on a touchpoint aliased {@code t}: everyone may read it, whoever they are (it is shared, at no
     * private organization, and with no private person). Figures kept ahead of any reader may count such a
     * touchpoint for all; any other they check against each reader's rules when read.
     */
    public static final String OPEN_TO_ALL = """
            (t.visibility = 'shared'
             and (t.organization_id is null or exists (select 1 from organization open_o
                                                        where open_o.id = t.organization_id
                                                          and open_o.visibility = 'shared'))
             and not exists (select 1 from touchpoint_person open_tp join person open_p on open_p.id = open_tp.person_id
                              where open_tp.touchpoint_id = t.id and open_p.visibility <> 'shared'))""";

    /** The touchpoints the reader may read, as a condition on alias {@code t}. */
    public SqlFilter readFilter(Actor reader) {
        return touchpoints.readFilter(reader);
    }
}
