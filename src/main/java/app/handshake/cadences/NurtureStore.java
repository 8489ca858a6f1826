package app.handshake.cadences;

import app.handshake.accounts.RecordAccess.SqlFilter;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The nurtures of lost deals' decision makers and champions, in explicit SQL. */
@Repository
class NurtureStore {

    private final JdbcClient jdbc;

    NurtureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A nurture that runs: the lost deal, how often, and since the loss. */
    record Running(UUID dealId, String dealName, int intervalDays, OffsetDateTime since) {}

    /** Starts the person's nurture for the deal; a deal lost once more starts its row anew. */
    void start(UUID dealId, UUID personId, int intervalDays, OffsetDateTime at) {
        jdbc.sql("""
                merge into cadence_nurture n
                using (values (cast(:deal as uuid), cast(:person as uuid), cast(:interval as integer),
                               cast(:at as timestamp with time zone)))
                   as v (deal_id, person_id, interval_days, started_at)
                   on n.deal_id = v.deal_id and n.person_id = v.person_id
                when matched then update set interval_days = v.interval_days, started_at = v.started_at,
                    ended_at = null
                when not matched then insert (deal_id, person_id, interval_days, started_at)
                    values (v.deal_id, v.person_id, v.interval_days, v.started_at)
                """)
                .param("deal", dealId).param("person", personId).param("interval", intervalDays).param("at", at)
                .update();
    }

    /** The people whose nurture for the deal runs. */
    List<UUID> nurtured(UUID dealId) {
        return jdbc.sql("select person_id from cadence_nurture where deal_id = :deal and ended_at is null order by person_id")
                .param("deal", dealId).query(UUID.class).list();
    }

    void end(UUID dealId, OffsetDateTime at) {
        jdbc.sql("update cadence_nurture set ended_at = :at where deal_id = :deal and ended_at is null")
                .param("deal", dealId).param("at", at).update();
    }

    /**
     * The person's running nurtures whose deal {@code deals} lets through (alias {@code d}): the shortest
     * interval first, then the latest loss.
     */
    List<Running> running(UUID personId, SqlFilter deals) {
        return jdbc.sql("""
                select n.deal_id, d.name, n.interval_days, n.started_at
                  from cadence_nurture n join deal d on d.id = n.deal_id
                 where n.person_id = :person and n.ended_at is null and %s
                 order by n.interval_days, n.started_at desc, n.deal_id
                """.formatted(deals.sql()))
                .params(deals.params()).param("person", personId)
                .query((rs, n) -> new Running(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** For each of these people with a running nurture whose deal the reader may see: the latest loss. */
    Map<UUID, Running> latest(Collection<UUID> personIds, SqlFilter deals) {
        Map<UUID, Running> latest = new LinkedHashMap<>();
        if (personIds.isEmpty()) {
            return latest;
        }
        Map<String, Object> params = new HashMap<>(deals.params());
        params.put("people", personIds);
        jdbc.sql("""
                select n.person_id, n.deal_id, d.name, n.interval_days, n.started_at
                  from cadence_nurture n join deal d on d.id = n.deal_id
                 where n.person_id in (:people) and n.ended_at is null and %s
                 order by n.started_at desc, n.deal_id
                """.formatted(deals.sql()))
                .params(params)
                .query((rs, n) -> latest.putIfAbsent(rs.getObject(1, UUID.class), new Running(rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getInt(4), rs.getObject(5, OffsetDateTime.class))))
                .list();
        return latest;
    }

    /** A merged duplicate's nurtures become the survivor's, unless the survivor is nurtured for that deal already. */
    void movePerson(UUID from, UUID to) {
        jdbc.sql("""
                update cadence_nurture set person_id = :to
                 where person_id = :from
                   and deal_id not in (select s.deal_id from cadence_nurture s where s.person_id = :to)
                """)
                .param("from", from).param("to", to).update();
    }
}
