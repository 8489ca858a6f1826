package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deployments.Deployments;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partners' delivery records, read under the reader's eyes: a deployment the reader may not see (a private deal's,
 * another's private one) is not counted, nor a referral about a person they may not see. Several partners at once in
 * a few queries, for lists and the ranking.
 */
@Service
@Transactional(readOnly = true)
public class DeliveryRecords {

    private final JdbcClient jdbc;
    private final PartnerAccess access;
    private final Deployments deployments;
    private final Clock clock;

    DeliveryRecords(JdbcClient jdbc, PartnerAccess access, Deployments deployments, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.deployments = deployments;
        this.clock = clock;
    }

    /** One partner's record; not found when the actor may not see the partner. */
    public DeliveryRecord of(Actor actor, UUID partnerId) {
        access.read(actor, partnerId);
        return of(actor, List.of(partnerId)).get(partnerId);
    }

    /** The records of these partners that the actor may see (the others are left out). */
    public Map<UUID, DeliveryRecord> of(Actor actor, Collection<UUID> partnerIds) {
        Map<UUID, DeliveryRecord> records = new LinkedHashMap<>();
        if (partnerIds.isEmpty()) {
            return records;
        }
        SqlFilter partners = access.readFilter(actor);
        Map<String, Object> params = new HashMap<>(partners.params());
        params.put("ids", partnerIds);
        jdbc.sql("select pa.id from partner pa where pa.id in (:ids) and " + partners.sql()).params(params)
                .query(UUID.class).list().forEach(id -> records.put(id, DeliveryRecord.none(id)));
        if (records.isEmpty()) {
            return records;
        }
        countDeployments(actor, records);
        countOutcomes(actor, records);
        countCertifications(records);
        return records;
    }

    /** A deployment a partner took part in, as its record lists it; {@code activeSince} is null until active use. */
    public record DeliveredDeployment(UUID id, String name, @org.jspecify.annotations.Nullable LocalDate activeSince) {}

    /** The deployments the partner took part in that the actor may see, latest first (at most {@code limit}). */
    public java.util.List<DeliveredDeployment> deploymentsOf(Actor actor, UUID partnerId, int limit) {
        access.read(actor, partnerId);
        SqlFilter visible = deployments.readFilter(actor);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", partnerId);
        params.put("limit", limit);
        return jdbc.sql("""
                select distinct dp.id, dp.name, dp.first_active_on, dp.started_on
                  from partner pa
                  join deployment_partner dpp on dpp.organization_id = pa.organization_id
                                              or dpp.person_id = pa.person_id
                  join deployment dp on dp.id = dpp.deployment_id
                 where pa.id = :id and\s""" + visible.sql() + " order by dp.started_on desc, dp.id limit :limit")
                .params(params).query((rs, n) -> new DeliveredDeployment(rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getObject("first_active_on", LocalDate.class))).list();
    }

    private void countDeployments(Actor actor, Map<UUID, DeliveryRecord> records) {
        SqlFilter visible = deployments.readFilter(actor);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("ids", records.keySet());
        jdbc.sql("""
                select pa.id as partner_id, count(distinct dp.id) as taken_part,
                       count(distinct case when dp.first_active_on is not null then dp.id end) as reached
                  from partner pa
                  join deployment_partner dpp on dpp.organization_id = pa.organization_id
                                              or dpp.person_id = pa.person_id
                  join deployment dp on dp.id = dpp.deployment_id
                 where pa.id in (:ids) and\s""" + visible.sql() + " group by pa.id").params(params)
                .query((rs, n) -> {
                    UUID id = rs.getObject("partner_id", UUID.class);
                    DeliveryRecord r = records.get(id);
                    return records.put(id, new DeliveryRecord(id, rs.getLong("taken_part"), rs.getLong("reached"),
                            r.deliveredWell(), r.deliveredBadly(), r.certificationsCurrent(), r.certificationsExpired()));
                }).list();
    }

    private void countOutcomes(Actor actor, Map<UUID, DeliveryRecord> records) {
        SqlFilter people = access.personFilter(actor, "r.person_id");
        Map<String, Object> params = new HashMap<>(people.params());
        params.put("ids", records.keySet());
        jdbc.sql("""
                select r.partner_id,
                       count(*) filter (where r.outcome = 'delivered_well') as well,
                       count(*) filter (where r.outcome = 'delivered_badly') as badly
                  from referral r
                 where r.partner_id in (:ids) and\s""" + ReferralStore.personVisible(people) + " group by r.partner_id")
                .params(params).query((rs, n) -> {
                    UUID id = rs.getObject("partner_id", UUID.class);
                    DeliveryRecord r = records.get(id);
                    return records.put(id, new DeliveryRecord(id, r.deployments(), r.reachedActiveUse(),
                            rs.getLong("well"), rs.getLong("badly"), r.certificationsCurrent(),
                            r.certificationsExpired()));
                }).list();
    }

    private void countCertifications(Map<UUID, DeliveryRecord> records) {
        jdbc.sql("""
                select c.partner_id,
                       count(*) filter (where c.expires_on is null or c.expires_on >= :today) as current_ones,
                       count(*) filter (where c.expires_on < :today) as expired
                  from partner_certification c
                 where c.partner_id in (:ids) group by c.partner_id
                """).param("ids", records.keySet()).param("today", LocalDate.now(clock)).query((rs, n) -> {
                    UUID id = rs.getObject("partner_id", UUID.class);
                    DeliveryRecord r = records.get(id);
                    return records.put(id, new DeliveryRecord(id, r.deployments(), r.reachedActiveUse(),
                            r.deliveredWell(), r.deliveredBadly(), rs.getLong("current_ones"), rs.getLong("expired")));
                }).list();
    }
}
