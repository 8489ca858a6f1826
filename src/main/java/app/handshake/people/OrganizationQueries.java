package app.handshake.people;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Visibility;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import app.handshake.shared.Text;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organizations list and search in explicit SQL. */
@Repository
class OrganizationQueries {

    private final JdbcClient jdbc;

    OrganizationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the organizations under {@code hidden}, a condition on alias {@code o}. */
    Set<UUID> ids(SqlFilter hidden) {
        return new HashSet<>(jdbc.sql("select o.id from organization o where " + hidden.sql()).params(hidden.params())
                .query(UUID.class).list());
    }

    /** One page of the organizations the actor may see, counting only the people the actor may see. */
    Page<OrganizationSummary> search(SqlFilter organizations, SqlFilter people, String text, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                select o.id, o.name, o.sort_name, o.domain, o.industry, o.tier, o.visibility,
                       (select count(*) from organization_site s where s.organization_id = o.id) as site_count,
                       (select count(*) from person p where p.organization_id = o.id and %s) as people_count
                  from organization o
                 where %s
                """.formatted(people.sql(), organizations.sql()));
        Map<String, Object> params = new HashMap<>(organizations.params());
        params.putAll(people.params());
        if (text != null) {
            sql.append(" and (o.sort_name like :text or o.domain like :text or lower(o.industry) like :text)\n");
            params.put("text", Text.containsPattern(text));
        }
        if (page.after() != null) {
            sql.append(" and (o.sort_name > :afterKey or (o.sort_name = :afterKey and o.id > :afterId))\n");
            params.put("afterKey", page.after().sortKey());
            params.put("afterId", page.after().id());
        }
        sql.append(" order by o.sort_name, o.id fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);

        record Row(UUID id, String name, String sortName, String domain, String industry, OrganizationTier tier,
                String visibility, int siteCount, long peopleCount) {}
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Row.class).list();
        return Page.of(rows, page.limit(), row -> new Cursor(row.sortName(), row.id()))
                .map(row -> new OrganizationSummary(row.id(), row.name(), row.domain(), row.industry(), row.tier(),
                        Visibility.of(row.visibility()), row.siteCount(), row.peopleCount()));
    }

    long peopleCount(SqlFilter people, UUID organizationId) {
        return jdbc.sql("select count(*) from person p where p.organization_id = :id and " + people.sql())
                .params(people.params())
                .param("id", organizationId)
                .query(Long.class)
                .single();
    }

    java.util.Optional<UUID> idByName(SqlFilter visible, String name) {
        // sort_name is the stored, lower-cased name: an index range, not a scan of every organization.
        return jdbc.sql("select o.id from organization o where o.sort_name = :sortName and " + visible.sql()
                        + " order by o.id fetch first 1 rows only")
                .params(visible.params()).param("sortName", name.strip().toLowerCase(java.util.Locale.ROOT))
                .query(UUID.class).optional();
    }
}
