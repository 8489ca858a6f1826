package app.handshake.partners;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Text;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partner rows, read under the reader's visibility filter (alias {@code pa}). */
@Repository
class PartnerStore {

    private static final String SELECT = """
            select pa.id, pa.version, pa.name, pa.sort_name, pa.kind, pa.organization_id, pa.person_id,
                   pa.description, pa.website, pa.created_by, pa.created_at, pa.updated_at
              from partner pa
            """;

    /** A partner's own row. */
    record Head(UUID id, long version, String name, String sortName, String kind, @Nullable UUID organizationId,
            @Nullable UUID personId, @Nullable String description, @Nullable String website, UUID createdBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** A specialty of one of the partners asked about. */
    record SpecialtyOf(UUID partnerId, UUID specialtyId, String name) {}

    private final JdbcClient jdbc;

    PartnerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, PartnerKind kind, @Nullable UUID organizationId, @Nullable UUID personId,
            @Nullable String description, @Nullable String website, UUID createdBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into partner (id, version, name, sort_name, kind, organization_id, person_id, description,
                                     website, created_by, created_at, updated_at)
                values (:id, 0, :name, :sortName, :kind, :organization, :person, :description, :website, :createdBy,
                        :now, :now)
                """).param("id", id).param("name", name).param("sortName", sortName(name)).param("kind", kind.name())
                .param("organization", organizationId).param("person", personId).param("description", description)
                .param("website", website).param("createdBy", createdBy).param("now", now).update();
    }

    Optional<Head> head(UUID id, SqlFilter visible) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", id);
        return jdbc.sql(SELECT + " where pa.id = :id and " + visible.sql()).params(params).query(Head.class).optional();
    }

    Optional<Head> lock(UUID id) {
        return jdbc.sql(SELECT + " where pa.id = :id for update").param("id", id).query(Head.class).optional();
    }

    Optional<UUID> byOrganization(UUID organizationId) {
        return jdbc.sql("select id from partner where organization_id = :id").param("id", organizationId)
                .query(UUID.class).optional();
    }

    Optional<UUID> byPerson(UUID personId) {
        return jdbc.sql("select id from partner where person_id = :id").param("id", personId).query(UUID.class)
                .optional();
    }

    boolean update(UUID id, long expected, String name, PartnerKind kind, @Nullable String description,
            @Nullable String website, OffsetDateTime now) {
        return jdbc.sql("""
                update partner set version = version + 1, name = :name, sort_name = :sortName, kind = :kind,
                       description = :description, website = :website, updated_at = :now
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("name", name).param("sortName", sortName(name))
                .param("kind", kind.name()).param("description", description).param("website", website)
                .param("now", now).update() == 1;
    }

    /** A change to a part (a specialty, an area...) is a change of the partner: its version moves on. */
    void touch(UUID id, OffsetDateTime now) {
        jdbc.sql("update partner set version = version + 1, updated_at = :now where id = :id").param("id", id)
                .param("now", now).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from partner where id = :id").param("id", id).update();
    }

    Page<Head> list(SqlFilter visible, @Nullable String text, @Nullable UUID specialtyId, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        if (text != null) {
            sql.append(" and pa.sort_name like :text escape '\\'");
            params.put("text", Text.containsPattern(text.toLowerCase(Locale.ROOT)));
        }
        if (specialtyId != null) {
            sql.append(" and exists (select 1 from partner_specialty ps where ps.partner_id = pa.id"
                    + " and ps.specialty_id = :specialty)");
            params.put("specialty", specialtyId);
        }
        if (page.after() != null) {
            sql.append(" and (pa.sort_name > :afterKey or (pa.sort_name = :afterKey and pa.id > :afterId))");
            params.put("afterKey", page.after().sortKey());
            params.put("afterId", page.after().id());
        }
        sql.append(" order by pa.sort_name, pa.id fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Head> rows = jdbc.sql(sql.toString()).params(params).query(Head.class).list();
        return Page.of(rows, page.limit(), row -> new Cursor(row.sortName(), row.id()));
    }

    List<SpecialtyOf> specialtiesOf(Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select ps.partner_id, s.id as specialty_id, s.name from partner_specialty ps
                  join specialty s on s.id = ps.specialty_id
                 where ps.partner_id in (:ids) order by lower(s.name), s.id
                """).param("ids", partnerIds).query(SpecialtyOf.class).list();
    }

    private static String sortName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
