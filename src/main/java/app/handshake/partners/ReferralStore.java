package app.handshake.partners;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Referral rows, read under the partner's filter (alias {@code pa}) and the referred person's ({@code r.person_id}). */
@Repository
class ReferralStore {

    private static final String SELECT = """
            select r.id, r.version, r.partner_id, pa.name as partner_name, r.direction, r.person_id,
                   rp.name as person_name, r.specialty_id, s.name as specialty_name, r.need, r.referred_on, r.outcome,
                   r.outcome_on, r.recorded_by, r.created_at, r.updated_at
              from referral r
              join partner pa on pa.id = r.partner_id
              left join person rp on rp.id = r.person_id
              left join specialty s on s.id = r.specialty_id
            """;

    private final JdbcClient jdbc;

    ReferralStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String personVisible(SqlFilter people) {
        return "(r.person_id is null or " + people.sql() + ")";
    }

    void insert(UUID id, UUID partnerId, ReferralDirection direction, @Nullable UUID personId,
            @Nullable UUID specialtyId, @Nullable String need, LocalDate referredOn, @Nullable ReferralOutcome outcome,
            @Nullable LocalDate outcomeOn, UUID recordedBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into referral (id, version, partner_id, direction, person_id, specialty_id, need, referred_on,
                                      outcome, outcome_on, recorded_by, created_at, updated_at)
                values (:id, 0, :partner, :direction, :person, :specialty, :need, :on, :outcome, :outcomeOn,
                        :recordedBy, :now, :now)
                """).param("id", id).param("partner", partnerId).param("direction", direction.name())
                .param("person", personId).param("specialty", specialtyId).param("need", need).param("on", referredOn)
                .param("outcome", outcome == null ? null : outcome.name())
                .param("outcomeOn", outcomeOn, java.sql.Types.DATE).param("recordedBy", recordedBy).param("now", now)
                .update();
    }

    Optional<Referral> get(UUID id, SqlFilter partners, SqlFilter people) {
        Map<String, Object> params = params(partners, people);
        params.put("id", id);
        return jdbc.sql(SELECT + " where r.id = :id and " + partners.sql() + " and " + personVisible(people))
                .params(params).query(Referral.class).optional();
    }

    Page<Referral> list(@Nullable UUID partnerId, @Nullable UUID personId, SqlFilter partners, SqlFilter people,
            PageRequest page) {
        Map<String, Object> params = params(partners, people);
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(partners.sql()).append(" and ")
                .append(personVisible(people));
        if (partnerId != null) {
            sql.append(" and r.partner_id = :partner");
            params.put("partner", partnerId);
        }
        if (personId != null) {
            sql.append(" and r.person_id = :person");
            params.put("person", personId);
        }
        if (page.after() != null) {
            sql.append(" and (r.referred_on < :afterDay or (r.referred_on = :afterDay and r.id < :afterId))");
            params.put("afterDay", LocalDate.parse(page.after().sortKey()));
            params.put("afterId", page.after().id());
        }
        sql.append(" order by r.referred_on desc, r.id desc fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Referral> rows = jdbc.sql(sql.toString()).params(params).query(Referral.class).list();
        return Page.of(rows, page.limit(), r -> new Cursor(r.referredOn().toString(), r.id()));
    }

    Optional<Long> lock(UUID id) {
        return jdbc.sql("select version from referral where id = :id for update").param("id", id).query(Long.class)
                .optional();
    }

    boolean updateOutcome(UUID id, long expected, @Nullable ReferralOutcome outcome, @Nullable LocalDate outcomeOn,
            OffsetDateTime now) {
        return jdbc.sql("""
                update referral set version = version + 1, outcome = :outcome, outcome_on = :outcomeOn, updated_at = :now
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("outcome", outcome == null ? null : outcome.name())
                .param("outcomeOn", outcomeOn, java.sql.Types.DATE).param("now", now).update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("delete from referral where id = :id").param("id", id).update();
    }

    /** How many visible referrals of the partner ended in each outcome. */
    Map<String, Long> outcomes(UUID partnerId, SqlFilter people) {
        Map<String, Object> params = new HashMap<>(people.params());
        params.put("partner", partnerId);
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select r.outcome, count(*) as n from referral r where r.partner_id = :partner and r.outcome is not null"
                + " and " + personVisible(people) + " group by r.outcome").params(params)
                .query((rs, n) -> counts.put(rs.getString("outcome"), rs.getLong("n"))).list();
        return counts;
    }

    private static Map<String, Object> params(SqlFilter partners, SqlFilter people) {
        Map<String, Object> params = new HashMap<>(partners.params());
        params.putAll(people.params());
        return params;
    }
}
