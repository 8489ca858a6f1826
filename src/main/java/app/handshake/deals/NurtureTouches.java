package app.handshake.deals;

import app.handshake.people.PersonChanged;
import app.handshake.people.PersonDeleting;
import app.handshake.people.VisibilityChanged;
import app.handshake.platform.WorkspaceRestored;
import app.handshake.touchpoints.TouchpointTimes;
import app.handshake.touchpoints.TouchpointsChanged;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The touchpoints of each lost deal's nurture, kept in {@code deal_nurture_touch} as deals, touchpoints and people
 * change, in the transaction that changes them: the figures then read a few rows per lost deal instead of following
 * each decision maker's touchpoints and checking every one. Each row says whether everyone may read its touchpoint;
 * the others are checked against each reader's rules when read, so that a row left saying "not everyone" is only
 * slower, never wrong. Whatever may narrow who reads a touchpoint (a person or an organization made private, a
 * touchpoint changed) counts its deals again here.
 *
 * <p>With them, in {@code deal_nurture_kept}, the months that the touchpoints everyone may read keep, and one nurtured
 * person everyone may see: a reader's figures take those as they are, and check only the touchpoints that would keep
 * a month more ({@code beyond_open}) and, for a deal with no such person, its people.
 */
@Repository
public class NurtureTouches {

    private static final String TOUCHES = """
            select distinct d.id, dpp.person_id, t.id, t.occurred_at, %s
              from deal d
              join deal_person dpp on dpp.deal_id = d.id and dpp.role in ('decision_maker', 'champion')
              join touchpoint_person tp on tp.person_id = dpp.person_id and tp.occurred_at >= d.closed_at
              join touchpoint t on t.id = tp.touchpoint_id
             where d.outcome = 'lost'""".formatted(TouchpointTimes.OPEN_TO_ALL);

    private final JdbcClient jdbc;
    private final NurtureGates gates;

    /** Also built by {@link NurtureKeptClosingMigration} on the migration's connection. */
    NurtureTouches(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.gates = new NurtureGates(jdbc);
    }

    /**
     * Counts these deals' nurture again. Their rows are locked first, in the order of their ids: a touchpoint logged
     * while one of them is being lost waits for the loss, and then counts itself in with everything else, instead of
     * each missing the other's work.
     */
    void follow(Collection<UUID> dealIds) {
        follow(dealIds, null);
    }

    /** Like {@link #follow(Collection)}, as if the person {@code gone} (about to be deleted) were gone already. */
    private void follow(Collection<UUID> dealIds, @Nullable UUID gone) {
        if (dealIds.isEmpty()) {
            return;
        }
        List<String> outcomes = jdbc.sql("select outcome from deal where id in (:ids) order by id for update")
                .param("ids", dealIds).query(String.class).list();
        jdbc.sql("delete from deal_nurture_touch where deal_id in (:ids)").param("ids", dealIds).update();
        jdbc.sql("delete from deal_nurture_kept where deal_id in (:ids)").param("ids", dealIds).update();
        if (outcomes.contains(DealOutcome.lost.name())) {
            Map<String, Object> params = new LinkedHashMap<>(Map.of("ids", dealIds));
            if (gone != null) {
                params.put("gone", gone);
            }
            // Whether everyone may read a touchpoint is still worked out with the person in it: a "not everyone" left
            // by a private person gone is only slower, never wrong.
            jdbc.sql("insert into deal_nurture_touch (deal_id, person_id, touchpoint_id, occurred_at, open_to_all) "
                    + TOUCHES + " and d.id in (:ids)" + (gone == null ? "" : " and dpp.person_id <> :gone"))
                    .params(params).update();
            keep(dealIds, gone);
        }
    }

    @EventListener
    void on(DealChanged changed) {
        follow(Set.of(changed.dealId()));
    }

    /** Touchpoints with these people came, changed or went: the deals any of them is nurtured on, lost or not. */
    @EventListener
    void on(TouchpointsChanged changed) {
        if (changed.personIds().isEmpty()) {
            return;
        }
        follow(nurturedOn(changed.personIds()));
    }

    /**
     * A person changed (made private, say, or merged into): the deals with a touchpoint they took part in, and those
     * they are nurtured on, whose person everyone may see may be them.
     */
    @EventListener
    void on(PersonChanged changed) {
        followPerson(changed.id());
    }

    @EventListener
    void on(VisibilityChanged changed) {
        if (changed.kind() == VisibilityChanged.Kind.person) {
            followPerson(changed.id());
        } else {
            follow(jdbc.sql("""
                            select distinct n.deal_id from deal_nurture_touch n
                              join touchpoint t on t.id = n.touchpoint_id
                             where t.organization_id = :organization""")
                    .param("organization", changed.id()).query(UUID.class).list());
        }
    }

    @EventListener
    void on(PersonDeleting deleting) {
        follow(dealsOf(deleting.id()), deleting.id());
    }

    private void followPerson(UUID personId) {
        follow(dealsOf(personId));
    }

    /** The deals the person is nurtured on, and those with a kept touchpoint they took part in. */
    private Set<UUID> dealsOf(UUID personId) {
        Set<UUID> deals = new TreeSet<>(nurturedOn(Set.of(personId)));
        deals.addAll(jdbc.sql("""
                        select distinct n.deal_id from deal_nurture_touch n
                          join touchpoint_person tp on tp.touchpoint_id = n.touchpoint_id
                         where tp.person_id = :person""")
                .param("person", personId).query(UUID.class).list());
        return deals;
    }

    private List<UUID> nurturedOn(Collection<UUID> personIds) {
        return jdbc.sql("""
                        select distinct deal_id from deal_person
                         where person_id in (:people) and role in ('decision_maker', 'champion')""")
                .param("people", personIds).query(UUID.class).list();
    }

    /** The workspace's nurture cadence changed: the lost deals that follow it keep other months. */
    void followDefaultCadence() {
        follow(jdbc.sql("select id from deal where outcome = 'lost' and nurture_every_days is null")
                .query(UUID.class).list());
    }

    /** Counts every lost deal's nurture again: after a restore, whose backup may come from before it was kept. */
    public void recount() {
        jdbc.sql("delete from deal_nurture_touch").update();
        jdbc.sql("delete from deal_nurture_kept").update();
        jdbc.sql("insert into deal_nurture_touch (deal_id, person_id, touchpoint_id, occurred_at, open_to_all) "
                + TOUCHES).update();
        keep(null, null);
    }

    @EventListener
    void on(WorkspaceRestored restored) {
        recount();
    }

    /**
     * For each of these lost deals (all, for null), whose touchpoints are in: the months its open touchpoints keep,
     * its touchpoints that keep no other month marked so, and one of its nurtured people everyone may see.
     */
    private void keep(@Nullable Collection<UUID> dealIds, @Nullable UUID gone) {
        Map<UUID, Lost> lost = new LinkedHashMap<>();
        jdbc.sql("""
                select d.id, d.closed_at, coalesce(d.nurture_every_days, s.nurture_every_days),
                       n.touchpoint_id, n.occurred_at, n.open_to_all
                  from deal d
                  join deal_setting s on s.id = 1
                  left join deal_nurture_touch n on n.deal_id = d.id
                 where d.outcome = 'lost'""" + (dealIds == null ? "" : " and d.id in (:ids)"))
                .params(dealIds == null ? Map.of() : Map.of("ids", dealIds))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    Lost deal = lost.get(id);
                    if (deal == null) {
                        deal = new Lost(rs.getObject(2, OffsetDateTime.class), rs.getInt(3));
                        lost.put(id, deal);
                    }
                    UUID touchpoint = rs.getObject(4, UUID.class);
                    if (touchpoint != null) {
                        (rs.getBoolean(6) ? deal.open : deal.others).put(touchpoint,
                                rs.getObject(5, OffsetDateTime.class));
                    }
                });
        gates.gate(dealIds);
        lost.forEach((id, deal) -> {
            NurtureMonths months = NurtureMonths.keptBy(deal.since, deal.interval, deal.open.values());
            List<UUID> within = new ArrayList<>();
            deal.others.forEach((touchpoint, at) -> {
                if (!months.keepsMoreThan(at)) {
                    within.add(touchpoint);
                }
            });
            if (!within.isEmpty()) {
                jdbc.sql("""
                                update deal_nurture_touch set beyond_open = false
                                 where deal_id = :deal and touchpoint_id in (:touchpoints)""")
                        .param("deal", id).param("touchpoints", within).update();
            }
            jdbc.sql("""
                    insert into deal_nurture_kept (deal_id, months, open_person_id, closed_at)
                    values (:deal, :months, (select dpp.person_id from deal_person dpp
                                               join person p on p.id = dpp.person_id
                                              where dpp.deal_id = :deal and dpp.role in ('decision_maker', 'champion')
                                                and p.visibility = 'shared' and p.id <> :gone
                                              order by dpp.person_id fetch first 1 rows only), :closedAt)""")
                    .param("deal", id).param("months", months.marks()).param("closedAt", deal.since)
                    // No person has the nil id: with nobody going, nobody is left out.
                    .param("gone", gone == null ? new UUID(0, 0) : gone).update();
        });
    }

    /** A lost deal as its nurture is kept: since when, how often, its open touchpoints and the others. */
    private static final class Lost {
        final OffsetDateTime since;
        final int interval;
        final Map<UUID, OffsetDateTime> open = new LinkedHashMap<>();
        final Map<UUID, OffsetDateTime> others = new LinkedHashMap<>();

        Lost(OffsetDateTime since, int interval) {
            this.since = since;
            this.interval = interval;
        }
    }
}
