package app.handshake.deals;

import app.handshake.people.PersonChanged;
import app.handshake.people.VisibilityChanged;
import app.handshake.platform.WorkspaceRestored;
import app.handshake.touchpoints.TouchpointTimes;
import app.handshake.touchpoints.TouchpointsChanged;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    NurtureTouches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts these deals' nurture again. Their rows are locked first, in the order of their ids: a touchpoint logged
     * while one of them is being lost waits for the loss, and then counts itself in with everything else, instead of
     * each missing the other's work.
     */
    void follow(Collection<UUID> dealIds) {
        if (dealIds.isEmpty()) {
            return;
        }
        List<String> outcomes = jdbc.sql("select outcome from deal where id in (:ids) order by id for update")
                .param("ids", dealIds).query(String.class).list();
        jdbc.sql("delete from deal_nurture_touch where deal_id in (:ids)").param("ids", dealIds).update();
        if (outcomes.contains(DealOutcome.lost.name())) {
            jdbc.sql("insert into deal_nurture_touch (deal_id, person_id, touchpoint_id, occurred_at, open_to_all) "
                    + TOUCHES + " and d.id in (:ids)").param("ids", dealIds).update();
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
        follow(jdbc.sql("""
                        select distinct deal_id from deal_person
                         where person_id in (:people) and role in ('decision_maker', 'champion')""")
                .param("people", changed.personIds()).query(UUID.class).list());
    }

    /** A person changed (made private, say, or merged into): the deals with a touchpoint they took part in. */
    @EventListener
    void on(PersonChanged changed) {
        followTouchesWith(changed.id());
    }

    @EventListener
    void on(VisibilityChanged changed) {
        if (changed.kind() == VisibilityChanged.Kind.person) {
            followTouchesWith(changed.id());
        } else {
            follow(jdbc.sql("""
                            select distinct n.deal_id from deal_nurture_touch n
                              join touchpoint t on t.id = n.touchpoint_id
                             where t.organization_id = :organization""")
                    .param("organization", changed.id()).query(UUID.class).list());
        }
    }

    private void followTouchesWith(UUID personId) {
        follow(jdbc.sql("""
                        select distinct n.deal_id from deal_nurture_touch n
                          join touchpoint_person tp on tp.touchpoint_id = n.touchpoint_id
                         where tp.person_id = :person""")
                .param("person", personId).query(UUID.class).list());
    }

    /** Counts every lost deal's nurture again: after a restore, whose backup may come from before it was kept. */
    public void recount() {
        jdbc.sql("delete from deal_nurture_touch").update();
        jdbc.sql("insert into deal_nurture_touch (deal_id, person_id, touchpoint_id, occurred_at, open_to_all) "
                + TOUCHES).update();
    }

    @EventListener
    void on(WorkspaceRestored restored) {
        recount();
    }
}
