package app.handshake.deployments;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.time.LocalDate;
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

/** The deployment rows, read under the reader's visibility filter (alias {@code dp}). */
@Repository
class DeploymentStore {

    private static final String SELECT = """
            select dp.id, dp.version, dp.name, dp.sort_name, dp.deal_id,
                   (select d.name from deal d where d.id = dp.deal_id) as deal_name, dp.organization_id,
                   (select o.name from organization o where o.id = dp.organization_id) as organization_name, dp.owner_id,
                   (select u.display_name from app_user u where u.id = dp.owner_id) as owner_name, dp.visibility,
                   dp.started_on, dp.updated_at, dp.active_since, dp.first_active_on, dp.notes
              from deployment dp
            """;

    /** A deployment's own row with the names it points at. */
    record Head(UUID id, long version, String name, String sortName, @Nullable UUID dealId, @Nullable String dealName,
            @Nullable UUID organizationId, @Nullable String organizationName, UUID ownerId, String ownerName,
            String visibility, LocalDate startedOn, OffsetDateTime updatedAt, @Nullable LocalDate activeSince, @Nullable LocalDate firstActiveOn,
            @Nullable String notes) {}

    /** The list's filters; any may be null. */
    record Filter(@Nullable UUID organizationId, @Nullable UUID ownerId, @Nullable UUID dealId,
            @Nullable Boolean inActiveUse, @Nullable String text) {}

    private final JdbcClient jdbc;

    DeploymentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, @Nullable UUID dealId, @Nullable UUID organizationId, UUID ownerId,
            String visibility, LocalDate startedOn, @Nullable String notes, OffsetDateTime now) {
        jdbc.sql("""
                insert into deployment (id, version, name, sort_name, deal_id, organization_id, owner_id, visibility,
                                        started_on, created_at, updated_at, notes)
                values (:id, 0, :name, :sortName, :deal, :organization, :owner, :visibility, :started, :now, :now, :notes)
                """).param("id", id).param("name", name).param("sortName", sortName(name)).param("deal", dealId)
                .param("organization", organizationId).param("owner", ownerId).param("visibility", visibility)
                .param("started", startedOn).param("now", now).param("notes", notes).update();
    }

    Optional<Head> head(UUID id, SqlFilter visible) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", id);
        return jdbc.sql(SELECT + " where dp.id = :id and " + visible.sql()).params(params).query(Head.class).optional();
    }

    Optional<UUID> byDeal(UUID dealId) {
        return jdbc.sql("select id from deployment where deal_id = :deal").param("deal", dealId).query(UUID.class)
                .optional();
    }

    /** Takes the deployment's row lock: writers of its usage and active use go one at a time. */
    Optional<Long> lock(UUID id) {
        return jdbc.sql("select version from deployment where id = :id for update").param("id", id).query(Long.class)
                .optional();
    }

    /** Writes the fields and the next version when the version is still {@code expected}; false when it is not. */
    boolean update(UUID id, long expected, String name, @Nullable UUID organizationId, String visibility,
            LocalDate startedOn, @Nullable String notes, OffsetDateTime now) {
        return jdbc.sql("""
                update deployment set version = version + 1, name = :name, sort_name = :sortName,
                       organization_id = :organization, visibility = :visibility, started_on = :started, notes = :notes,
                       updated_at = :now
                 where id = :id and version = :expected
                """).param("id", id).param("expected", expected).param("name", name).param("sortName", sortName(name))
                .param("organization", organizationId).param("visibility", visibility).param("started", startedOn)
                .param("notes", notes).param("now", now).update() == 1;
    }

    /** A change to a part (a site, a milestone...) is a change of the deployment: its version moves on. */
    void touch(UUID id, OffsetDateTime now) {
        jdbc.sql("update deployment set version = version + 1, updated_at = :now where id = :id").param("id", id)
                .param("now", now).update();
    }

    void activeUse(UUID id, @Nullable LocalDate since, @Nullable LocalDate first) {
        jdbc.sql("update deployment set active_since = :since, first_active_on = :first where id = :id")
                .param("id", id).param("since", since).param("first", first).update();
    }

    void delete(UUID id) {
        jdbc.sql("delete from deployment where id = :id").param("id", id).update();
    }

    Page<Head> list(SqlFilter visible, Filter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        if (filter.organizationId() != null) {
            sql.append(" and dp.organization_id = :organization");
            params.put("organization", filter.organizationId());
        }
        if (filter.ownerId() != null) {
            sql.append(" and dp.owner_id = :owner");
            params.put("owner", filter.ownerId());
        }
        if (filter.dealId() != null) {
            sql.append(" and dp.deal_id = :deal");
            params.put("deal", filter.dealId());
        }
        if (filter.inActiveUse() != null) {
            sql.append(filter.inActiveUse() ? " and dp.active_since is not null" : " and dp.active_since is null");
        }
        if (filter.text() != null) {
            sql.append(" and dp.sort_name like :text");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        if (page.after() != null) {
            sql.append(" and (dp.sort_name > :afterKey or (dp.sort_name = :afterKey and dp.id > :afterId))");
            params.put("afterKey", page.after().sortKey());
            params.put("afterId", page.after().id());
        }
        sql.append(" order by dp.sort_name, dp.id fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Head> rows = jdbc.sql(sql.toString()).params(params).query(Head.class).list();
        return Page.of(rows, page.limit(), row -> new Cursor(row.sortName(), row.id()));
    }

    /** The visible deployments of some owners (all visible ones when {@code owners} is null), for advice. */
    List<Head> ofOwners(SqlFilter visible, @Nullable Collection<UUID> owners) {
        Map<String, Object> params = new HashMap<>(visible.params());
        String sql = SELECT + " where " + visible.sql();
        if (owners != null) {
            if (owners.isEmpty()) {
                return List.of();
            }
            sql += " and dp.owner_id in (:owners)";
            params.put("owners", owners);
        }
        return jdbc.sql(sql + " order by dp.sort_name, dp.id").params(params).query(Head.class).list();
    }

    List<UUID> allIds() {
        return jdbc.sql("select id from deployment order by id").query(UUID.class).list();
    }

    private static String sortName(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
