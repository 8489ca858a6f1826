package app.handshake.deals;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The gates of the kept nurture touchpoints ({@code deal_nurture_touch.gate_id}): for a touchpoint not everyone may
 * read, the one user besides managers and admins who might, when only one might. A member's figures then check only
 * the touchpoints gated to them or to nobody in particular, not every private one of the team's.
 */
final class NurtureGates {

    /** No user has the nil id: a touchpoint gated to it is read by managers and admins alone. */
    static final UUID NOBODY = new UUID(0, 0);

    private final JdbcClient jdbc;

    NurtureGates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For these lost deals' touchpoints not open to all (every lost deal's, for null), the one user besides
     * managers and admins who might read each, if only one might: a private touchpoint is read by its owner and those
     * who took part, one with a private person by that person's owner. The organization is left to the full check.
     */
    void gate(@Nullable Collection<UUID> dealIds) {
        String deals = dealIds == null ? "" : " and n.deal_id in (:ids)";
        Map<String, Object> params = dealIds == null ? Map.of() : Map.of("ids", dealIds);
        // Per touchpoint, each restriction with the users it leaves: 'touchpoint' (owner and those who took part,
        // read together as one set) or one row per private person (its owner; none if it has no owner).
        Map<UUID, Map<String, Set<UUID>>> restrictions = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct n.touchpoint_id, 'touchpoint', t.owner_id from deal_nurture_touch n
                  join touchpoint t on t.id = n.touchpoint_id
                 where not n.open_to_all and t.visibility <> 'shared'""" + deals + """

                union all
                select distinct n.touchpoint_id, 'touchpoint', tu.user_id from deal_nurture_touch n
                  join touchpoint t on t.id = n.touchpoint_id
                  join touchpoint_user tu on tu.touchpoint_id = t.id
                 where not n.open_to_all and t.visibility <> 'shared'""" + deals + """

                union all
                select distinct n.touchpoint_id, cast(p.id as varchar(36)), p.owner_id from deal_nurture_touch n
                  join touchpoint_person tp on tp.touchpoint_id = n.touchpoint_id
                  join person p on p.id = tp.person_id
                 where not n.open_to_all and p.visibility <> 'shared'""" + deals)
                .params(params).query(rs -> {
                    Set<UUID> users = restrictions.computeIfAbsent(rs.getObject(1, UUID.class),
                            k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(2), k -> new HashSet<>());
                    UUID user = rs.getObject(3, UUID.class);
                    if (user != null) {
                        users.add(user);
                    }
                });
        restrictions.forEach((touchpoint, each) -> {
            Set<UUID> left = null;
            for (Set<UUID> users : each.values()) {
                if (left == null) {
                    left = new HashSet<>(users);
                } else {
                    left.retainAll(users);
                }
            }
            if (left != null && left.size() <= 1) {
                Map<String, Object> gated = new LinkedHashMap<>(params);
                gated.put("touchpoint", touchpoint);
                gated.put("gate", left.isEmpty() ? NOBODY : left.iterator().next());
                jdbc.sql("update deal_nurture_touch n set gate_id = :gate where n.touchpoint_id = :touchpoint" + deals)
                        .params(gated).update();
            }
        });
    }
}
