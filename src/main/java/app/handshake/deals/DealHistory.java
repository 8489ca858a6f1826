package app.handshake.deals;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored history of deals: appended to, never rewritten. */
@Repository
class DealHistory {

    private final JdbcClient jdbc;

    DealHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(DealEvent event) {
        jdbc.sql("""
                insert into deal_event (id, deal_id, occurred_at, actor_id, kind, from_stage_id, to_stage_id, reason,
                                        competitor)
                values (:id, :deal, :at, :actor, :kind, :from, :to, :reason, :competitor)""")
                .param("id", event.id()).param("deal", event.dealId()).param("at", event.occurredAt())
                .param("actor", event.actorId()).param("kind", event.kind().name())
                .param("from", event.fromStageId()).param("to", event.toStageId())
                .param("reason", event.reason()).param("competitor", event.competitor()).update();
    }

    List<DealHistoryEntry> of(UUID dealId) {
        return jdbc.sql("""
                select e.id, e.occurred_at, e.actor_id, u.display_name as actor_name, e.kind,
                       f.name as from_stage, t.name as to_stage, e.reason, e.competitor
                  from deal_event e
                  left join app_user u on u.id = e.actor_id
                  left join pipeline_stage f on f.id = e.from_stage_id
                  left join pipeline_stage t on t.id = e.to_stage_id
                 where e.deal_id = :deal
                 order by e.occurred_at, e.id""").param("deal", dealId).query(DealHistoryEntry.class).list();
    }
}
