package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many touchpoints each team member had in a period, by channel: those they logged or took part in,
 * each counted once, and only those the viewer may read (so nothing private of someone else shows through
 * a count).
 */
@Service
@Transactional(readOnly = true)
public class ChannelCounts {

    private final JdbcClient jdbc;
    private final Touchpoints touchpoints;

    ChannelCounts(JdbcClient jdbc, Touchpoints touchpoints) {
        this.jdbc = jdbc;
        this.touchpoints = touchpoints;
    }

    /** For each member with any touchpoint in [from, to), the count per channel (channels without any left out). */
    public Map<UUID, Map<Channel, Integer>> of(Actor viewer, Collection<UUID> members, OffsetDateTime from,
            OffsetDateTime to) {
        Map<UUID, Map<Channel, Integer>> counts = new HashMap<>();
        if (members.isEmpty()) {
            return counts;
        }
        var visible = touchpoints.readFilter(viewer);
        jdbc.sql("""
                select m.user_id, t.channel, count(*) as touchpoints
                  from touchpoint t
                  join (select o.id as touchpoint_id, o.owner_id as user_id from touchpoint o
                         where o.owner_id in (:members) and o.occurred_at >= :from and o.occurred_at < :to
                        union
                        select tu.touchpoint_id, tu.user_id from touchpoint_user tu
                          join touchpoint u on u.id = tu.touchpoint_id
                         where tu.user_id in (:members) and u.occurred_at >= :from and u.occurred_at < :to) m
                    on m.touchpoint_id = t.id
                 where %s
                 group by m.user_id, t.channel
                """.formatted(visible.sql()))
                .params(visible.params())
                .param("members", members).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getObject("user_id", UUID.class), Channel.valueOf(rs.getString("channel")),
                        rs.getInt("touchpoints")))
                .list()
                .forEach(row -> counts.computeIfAbsent(row.userId(), id -> new EnumMap<>(Channel.class))
                        .put(row.channel(), row.count()));
        return counts;
    }

    private record Row(UUID userId, Channel channel, int count) {}
}
