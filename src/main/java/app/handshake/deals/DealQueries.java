package app.handshake.deals;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Visibility;
import app.handshake.shared.Cursor;
import app.handshake.shared.Money;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of deal lists and the board, always under the reader's visibility filter (alias {@code d}). */
@Repository
class DealQueries {

    // The names come from subqueries, not joins: with joins, H2 began from the few pipeline stages and read and
    // sorted every deal for a page of 25; from the deal alone it reads the page in the order of an index and stops.
    private static final String SELECT = """
            select d.id, d.name, d.sort_name, d.organization_id,
                   (select o.name from organization o where o.id = d.organization_id) as organization_name, d.owner_id,
                   (select u.display_name from app_user u where u.id = d.owner_id) as owner_name, d.stage_id,
                   (select s.name from pipeline_stage s where s.id = d.stage_id) as stage_name,
                   (select s.idle_days from pipeline_stage s where s.id = d.stage_id) as idle_days, d.value_amount,
                   d.value_currency, d.expected_close, d.outcome, d.closed_at, d.won_back, d.visibility,
                   d.last_activity_at
              from deal d
            """;

    private final JdbcClient jdbc;

    DealQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the deals under {@code others} (alias d), and of those at the given organizations. */
    Set<UUID> hidden(SqlFilter others, Set<UUID> organizations) {
        Set<UUID> hidden = new HashSet<>(jdbc.sql("select d.id from deal d where " + others.sql())
                .params(others.params()).query(UUID.class).list());
        if (!organizations.isEmpty()) {
            hidden.addAll(jdbc.sql("select d.id from deal d where d.organization_id = any(:organizations)")
                    .param("organizations", organizations.toArray(UUID[]::new)).query(UUID.class).list());
        }
        return hidden;
    }

    private record Row(UUID id, String name, String sortName, @Nullable UUID organizationId,
            @Nullable String organizationName, UUID ownerId, String ownerName, UUID stageId, String stageName,
            @Nullable Integer idleDays, @Nullable Long valueAmount, @Nullable String valueCurrency,
            @Nullable LocalDate expectedClose, String outcome, @Nullable OffsetDateTime closedAt, boolean wonBack,
            String visibility, OffsetDateTime lastActivityAt) {

        DealSummary summary(OffsetDateTime now) {
            DealOutcome state = DealOutcome.valueOf(outcome);
            return new DealSummary(id, name, organizationId, organizationName, ownerId, ownerName, stageId, stageName,
                    valueAmount == null ? null : new Money(valueAmount, valueCurrency), expectedClose, state, closedAt,
                    wonBack, Visibility.of(visibility), lastActivityAt,
                    Staleness.goingStale(state, idleDays, lastActivityAt, now));
        }
    }

    Page<DealSummary> list(SqlFilter visible, DealFilter filter, List<PipelineStage> stages, OffsetDateTime now,
            PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where ").append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        conditions(sql, params, filter, stages, now);
        if (page.after() != null) {
            sql.append(" and (d.sort_name > :afterKey or (d.sort_name = :afterKey and d.id > :afterId))\n");
            params.put("afterKey", page.after().sortKey());
            params.put("afterId", page.after().id());
        }
        sql.append(" order by d.sort_name, d.id fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Row.class).list();
        return Page.of(rows, page.limit(), row -> new Cursor(row.sortName(), row.id())).map(row -> row.summary(now));
    }

    /** The open deals of one stage for its board column, first by name. */
    List<DealSummary> column(SqlFilter visible, DealFilter filter, UUID stageId, OffsetDateTime now, int limit) {
        StringBuilder sql = new StringBuilder(SELECT).append(" where d.outcome = 'open' and d.stage_id = :stage and ")
                .append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("stage", stageId);
        conditions(sql, params, filter, List.of(), now);
        // Ordered as deal_by_stage is (outcome and stage are fixed here, so the order is by name all the same): H2
        // then reads the column's first cards from that index and stops, instead of sorting every deal of the stage.
        sql.append(" order by d.outcome, d.stage_id, d.sort_name, d.id fetch first :fetch rows only");
        params.put("fetch", limit);
        return jdbc.sql(sql.toString()).params(params).query(Row.class).list().stream().map(row -> row.summary(now))
                .toList();
    }

    /** Per stage and currency: how many open deals, and the sum of their values (null currency: no value). */
    record StageSum(UUID stageId, @Nullable String currency, long deals, long total) {}

    List<StageSum> stageSums(SqlFilter visible, DealFilter filter, OffsetDateTime now) {
        StringBuilder sql = new StringBuilder("""
                select d.stage_id, d.value_currency as currency, count(*) as deals,
                       coalesce(sum(d.value_amount), 0) as total
                  from deal d
                 where d.outcome = 'open'""").append(" and ").append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        conditions(sql, params, filter, List.of(), now);
        sql.append(" group by d.stage_id, d.value_currency");
        return jdbc.sql(sql.toString()).params(params).query(StageSum.class).list();
    }

    long count(SqlFilter visible, DealFilter filter, List<PipelineStage> stages, OffsetDateTime now) {
        StringBuilder sql = new StringBuilder("select count(*) from deal d where ").append(visible.sql()).append('\n');
        Map<String, Object> params = new HashMap<>(visible.params());
        conditions(sql, params, filter, stages, now);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    private static void conditions(StringBuilder sql, Map<String, Object> params, DealFilter filter,
            List<PipelineStage> stages, OffsetDateTime now) {
        if (filter.stageId() != null) {
            sql.append(" and d.stage_id = :stageId\n");
            params.put("stageId", filter.stageId());
        }
        if (filter.ownerId() != null) {
            sql.append(" and d.owner_id = :ownerId\n");
            params.put("ownerId", filter.ownerId());
        }
        if (filter.organizationId() != null) {
            sql.append(" and d.organization_id = :organizationId\n");
            params.put("organizationId", filter.organizationId());
        }
        if (filter.personId() != null) {
            sql.append(" and exists (select 1 from deal_person dp where dp.deal_id = d.id and dp.person_id = :personId)\n");
            params.put("personId", filter.personId());
        }
        if (filter.outcome() != null) {
            sql.append(" and d.outcome = :outcome\n");
            params.put("outcome", filter.outcome().name());
        }
        if (filter.currency() != null) {
            sql.append(" and d.value_currency = :currency\n");
            params.put("currency", filter.currency());
        }
        if (filter.minAmount() != null) {
            sql.append(" and d.value_amount >= :minAmount\n");
            params.put("minAmount", filter.minAmount());
        }
        if (filter.maxAmount() != null) {
            sql.append(" and d.value_amount <= :maxAmount\n");
            params.put("maxAmount", filter.maxAmount());
        }
        if (filter.closingFrom() != null) {
            sql.append(" and d.expected_close >= :closingFrom\n");
            params.put("closingFrom", filter.closingFrom());
        }
        if (filter.closingTo() != null) {
            sql.append(" and d.expected_close <= :closingTo\n");
            params.put("closingTo", filter.closingTo());
        }
        if (filter.text() != null) {
            sql.append(" and d.sort_name like :text escape '\\'\n");
            params.put("text", "%" + filter.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.goingStale() != null) {
            // The cut-off of each stage, computed here: the same SQL on H2 and PostgreSQL, no date arithmetic.
            List<String> stale = new ArrayList<>();
            for (PipelineStage stage : stages) {
                if (stage.idleDays() != null) {
                    int n = stale.size();
                    stale.add("(d.stage_id = :staleStage" + n + " and d.last_activity_at < :staleBefore" + n + ")");
                    params.put("staleStage" + n, stage.id());
                    params.put("staleBefore" + n, now.minusDays(stage.idleDays()));
                }
            }
            String condition = stale.isEmpty() ? "1 = 0" : "d.outcome = 'open' and (" + String.join(" or ", stale) + ")";
            sql.append(filter.goingStale() ? " and (" + condition + ")\n" : " and not (" + condition + ")\n");
        }
    }

    /** The names of the people among these whom the reader may see ({@code p}). */
    Map<UUID, String> visiblePeople(SqlFilter people, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>(people.params());
        params.put("ids", ids);
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.name from person p where p.id in (:ids) and " + people.sql() + " order by p.sort_name")
                .params(params).query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }

    /** Deals the reader may see among those linked: the origin, or the follow-ons of {@code originId}. */
    List<DealDetails.Linked> linked(SqlFilter visible, @Nullable UUID id, @Nullable UUID originId) {
        Map<String, Object> params = new HashMap<>(visible.params());
        String where;
        if (id != null) {
            where = "d.id = :id";
            params.put("id", id);
        } else {
            where = "d.origin_deal_id = :originId";
            params.put("originId", originId);
        }
        return jdbc.sql("select d.id, d.name, d.outcome from deal d where " + where + " and " + visible.sql()
                        + " order by d.sort_name, d.id fetch first 100 rows only")
                .params(params).query((rs, n) -> new DealDetails.Linked(rs.getObject(1, UUID.class), rs.getString(2),
                        DealOutcome.valueOf(rs.getString(3)))).list();
    }

    /** The open deals this user owns with this person on them. */
    List<UUID> openOwnedWith(UUID ownerId, UUID personId) {
        return jdbc.sql("""
                        select d.id from deal d where d.owner_id = :owner and d.outcome = 'open'
                           and exists (select 1 from deal_person dp where dp.deal_id = d.id and dp.person_id = :person)
                         order by d.id""")
                .param("owner", ownerId).param("person", personId).query(UUID.class).list();
    }

    boolean visible(SqlFilter visible, UUID id) {
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("id", id);
        return jdbc.sql("select count(*) from deal d where d.id = :id and " + visible.sql()).params(params)
                .query(Long.class).single() > 0;
    }

    String ownerName(UUID ownerId) {
        return jdbc.sql("select display_name from app_user where id = :id").param("id", ownerId).query(String.class)
                .optional().orElse("");
    }

    @Nullable
    String organizationName(@Nullable UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        return jdbc.sql("select name from organization where id = :id").param("id", organizationId)
                .query(String.class).optional().orElse(null);
    }
}
