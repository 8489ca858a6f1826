package app.handshake.partners;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Endorsement rows, always read under two filters: the partner's (alias {@code pa}) and the endorser's (a person
 * endorser must be visible; a team member endorser always is).
 */
@Repository
class EndorsementStore {

    private static final String SELECT = """
            select e.id, e.version, e.partner_id, pa.name as partner_name, e.endorser_person_id, e.endorser_user_id,
                   coalesce(ep.name, eu.display_name) as endorser_name, e.specialty_id, s.name as specialty_name,
                   e.endorsed_on, e.said, e.rating, e.recorded_by, e.created_at, e.updated_at
              from endorsement e
              join partner pa on pa.id = e.partner_id
              left join person ep on ep.id = e.endorser_person_id
              left join app_user eu on eu.id = e.endorser_user_id
              left join specialty s on s.id = e.specialty_id
            """;

    private final JdbcClient jdbc;

    EndorsementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The condition that hides endorsements by people the reader may not see. */
    static String endorserVisible(SqlFilter people) {
        return "(e.endorser_person_id is null or " + people.sql() + ")";
    }

    Optional<Endorsement> get(UUID id, SqlFilter partners, SqlFilter people) {
        Map<String, Object> params = params(partners, people);
        params.put("id", id);
        return jdbc.sql(SELECT + " where e.id = :id and " + partners.sql() + " and " + endorserVisible(people))
                .params(params).query(Endorsement.class).optional();
    }

    Page<Endorsement> ofPartner(UUID partnerId, SqlFilter partners, SqlFilter people, PageRequest page) {
        return page("e.partner_id", partnerId, partners, people, page);
    }

    Page<Endorsement> byPerson(UUID personId, SqlFilter partners, SqlFilter people, PageRequest page) {
        return page("e.endorser_person_id", personId, partners, people, page);
    }

    private Page<Endorsement> page(String column, UUID value, SqlFilter partners, SqlFilter people,
            PageRequest page) {
        Map<String, Object> params = params(partners, people);
        params.put("value", value);
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(column).append(" = :value and ")
                .append(partners.sql()).append(" and ").append(endorserVisible(people));
        if (page.after() != null) {
            sql.append(" and (e.endorsed_on < :afterDay or (e.endorsed_on = :afterDay and e.id < :afterId))");
            params.put("afterDay", LocalDate.parse(page.after().sortKey()));
            params.put("afterId", page.after().id());
        }
        sql.append(" order by e.endorsed_on desc, e.id desc fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Endorsement> rows = jdbc.sql(sql.toString()).params(params).query(Endorsement.class).list();
        return Page.of(rows, page.limit(), e -> new Cursor(e.endorsedOn().toString(), e.id()));
    }

    /** How many endorsements of each partner the reader may see (partners with none are absent). */
    Map<UUID, Long> counts(Collection<UUID> partnerIds, SqlFilter people) {
        if (partnerIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>(people.params());
        params.put("ids", partnerIds);
        return jdbc.sql("select e.partner_id, count(*) as n from endorsement e where e.partner_id in (:ids) and "
                + endorserVisible(people) + " group by e.partner_id").params(params)
                .query((rs, n) -> Map.entry(rs.getObject("partner_id", UUID.class), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void insert(UUID id, UUID partnerId, EndorsementDraft draft, LocalDate endorsedOn, int rating,
            @Nullable String said, UUID recordedBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into endorsement (id, version, partner_id, endorser_person_id, endorser_user_id, specialty_id,
                                         endorsed_on, said, rating, recorded_by, created_at, updated_at)
                values (:id, 0, :partner, :person, :user, :specialty, :on, :said, :rating, :recordedBy, :now, :now)
                """).param("id", id).param("partner", partnerId).param("person", draft.endorserPersonId())
                .param("user", draft.endorserUserId()).param("specialty", draft.specialtyId()).param("on", endorsedOn)
                .param("said", said).param("rating", rating).param("recordedBy", recordedBy).param("now", now)
                .update();
    }

    Optional<Long> lock(UUID id) {
        return jdbc.sql("select version from endorsement where id = :id for update").param("id", id)
                .query(Long.class).optional();
    }

    boolean update(UUID id, long expected, EndorsementDraft draft, LocalDate endorsedOn, int rating,
            @Nullable String said, OffsetDateTime now) {
        return jdbc.sql("""
                update endorsement set version = version + 1, endorser_person_id = :person, endorser_user_id = :user,
                       specialty_id = :specialty, endorsed_on = :on, said = :said, rating = :rating, updated_at = :now
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("person", draft.endorserPersonId())
                .param("user", draft.endorserUserId()).param("specialty", draft.specialtyId()).param("on", endorsedOn)
                .param("said", said).param("rating", rating).param("now", now).update() == 1;
    }

    void delete(UUID id) {
        jdbc.sql("delete from endorsement where id = :id").param("id", id).update();
    }

    private static Map<String, Object> params(SqlFilter partners, SqlFilter people) {
        Map<String, Object> params = new HashMap<>(partners.params());
        params.putAll(people.params());
        return params;
    }
}
