package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.touchpoints.DealNames;
import app.handshake.touchpoints.DealTouchpointLogged;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deals as the touchpoint log sees them: named only to those who may see them, offered in its forms, and kept
 * from going stale by every touchpoint that names them.
 */
@Component
class TouchpointDealNames implements DealNames {

    /** A phone's screenful of deals to choose from. */
    private static final int CHOICES = 50;

    private final Deals deals;
    private final JdbcClient jdbc;
    private final Clock clock;

    TouchpointDealNames(Deals deals, JdbcClient jdbc, Clock clock) {
        this.deals = deals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<UUID, String> visibleNames(Actor actor, Collection<UUID> dealIds) {
        if (dealIds.isEmpty()) {
            return Map.of();
        }
        SqlFilter visible = deals.readFilter(actor);
        Map<UUID, String> names = new HashMap<>();
        jdbc.sql("select d.id, d.name from deal d where d.id in (:ids) and " + visible.sql())
                .params(visible.params()).param("ids", dealIds)
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    @Override
    public List<DealChoice> likelyDeals(Actor actor, Collection<UUID> personIds) {
        SqlFilter visible = deals.readFilter(actor);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("me", actor.userId());
        params.put("fetch", CHOICES);
        String theirs = "";
        if (!personIds.isEmpty()) {
            theirs = " or exists (select 1 from deal_person dp where dp.deal_id = d.id and dp.person_id in (:people))";
            params.put("people", personIds);
        }
        // The people's deals first: a touchpoint with them is most likely about one of theirs.
        String theirsFirst = personIds.isEmpty() ? ""
                : "case when exists (select 1 from deal_person dp where dp.deal_id = d.id and dp.person_id in (:people))"
                        + " then 0 else 1 end, ";
        Map<UUID, DealChoice> choices = new LinkedHashMap<>();
        jdbc.sql("select d.id, d.name, o.name as organization_name from deal d"
                        + " left join organization o on o.id = d.organization_id"
                        + " where d.outcome = 'open' and " + visible.sql() + " and (d.owner_id = :me" + theirs + ")"
                        + " order by " + theirsFirst + "d.sort_name, d.id fetch first :fetch rows only")
                .params(params)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    choices.put(id, new DealChoice(id, rs.getString("name"), rs.getString("organization_name")));
                });
        return List.copyOf(choices.values());
    }

    /**
     * A touchpoint about the deal is activity on it. A meeting planned for next week counts from now, not from
     * then: until it happens the deal may still go stale.
     */
    @EventListener
    void on(DealTouchpointLogged logged) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime at = logged.occurredAt().isAfter(now) ? now : logged.occurredAt();
        jdbc.sql("update deal set last_activity_at = :at where id = :id and last_activity_at < :at")
                .param("at", at).param("id", logged.dealId()).update();
    }
}
