package app.handshake.people;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Visibility;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people list and search, in explicit SQL: one query per page plus one for the page's tags. */
@Repository
class PersonQueries {

    private final JdbcClient jdbc;
    private final app.handshake.platform.RowLocks rowLocks;

    PersonQueries(JdbcClient jdbc, app.handshake.platform.RowLocks rowLocks) {
        this.jdbc = jdbc;
        this.rowLocks = rowLocks;
    }

    /**
     * One page of the people the actor may see ({@code people} filters alias {@code p}), naming only the
     * organizations the actor may see ({@code organizations} filters alias {@code o}).
     */
    Page<PersonSummary> search(SqlFilter people, SqlFilter organizations, PersonRanking ranking, PersonSearch search,
            PageRequest page) {
        Statement statement = searchStatement(people, organizations, ranking, search, page);
        boolean byStrength = ranking != null && search.order() == PersonSearch.Order.strength;
        record Row(UUID id, String name, String sortName, String title, UUID organizationId,
                String organizationName, String city, String country, String visibility, double strengthKey,
                java.time.OffsetDateTime lastTouchAt, String email) {}
        List<Row> rows = jdbc.sql(statement.sql()).params(statement.params()).query(Row.class).list();
        Page<Row> rowPage = Page.of(rows, page.limit(), row -> new Cursor(
                byStrength ? Double.toString(row.strengthKey()) : row.sortName(), row.id()));
        Map<UUID, List<String>> tags = tagsOf(rowPage.items().stream().map(Row::id).toList());
        return rowPage.map(row -> {
            PersonRanking.Standing standing = ranking == null ? null : ranking.standing(row.strengthKey());
            return new PersonSummary(row.id(), row.name(), row.title(),
                    row.organizationName() == null ? null : row.organizationId(), row.organizationName(), row.email(),
                    row.city(), row.country(), Visibility.of(row.visibility()), tags.getOrDefault(row.id(), List.of()),
                    standing == null ? null : standing.score(), standing == null ? null : standing.tier(),
                    row.lastTouchAt());
        });
    }

    /** An SQL statement with its named parameters. */
    record Statement(String sql, Map<String, Object> params) {}

    /** The statement of {@link #search}, which a test also asks the database to explain. */
    Statement searchStatement(SqlFilter people, SqlFilter organizations, PersonRanking ranking, PersonSearch search,
            PageRequest page) {
        String key = ranking == null ? "0.0" : ranking.keyExpression();
        List<String> words = search.text() == null ? List.of() : SearchWords.queryWords(search.text());
        StringBuilder sql = new StringBuilder("""
                select p.id, p.name, p.sort_name, p.title, p.organization_id, o.name as organization_name,
                       p.city, p.country, p.visibility, %s as strength_key, %s as last_touch_at,
                       (select e.address from person_email e where e.person_id = p.id
                         order by e.ordinal fetch first 1 rows only) as email
                  from %s
                  left join organization o on o.id = p.organization_id and %s
                  %s
                 where %s
                """.formatted(key, ranking == null ? "cast(null as timestamp with time zone)" : ranking.lastTouchExpression(),
                words.isEmpty() ? "person p" : FOUND_BY_FIRST_WORD, organizations.sql(), ranking == null ? "" : ranking.joinSql(),
                people.sql()));
        Map<String, Object> params = new HashMap<>(people.params());
        params.putAll(organizations.params());
        if (ranking != null) {
            params.putAll(ranking.params());
        }
        if (ranking != null && search.tier() != null) {
            PersonRanking.KeyRange range;
            try {
                range = ranking.range(search.tier());
            } catch (IllegalArgumentException e) {
                throw new app.handshake.shared.InvalidRequestException("tier",
                        "must be connection, acquaintance, relationship or trusted");
            }
            if (range.from() != null) {
                sql.append(" and ").append(key).append(" >= :tierFrom\n");
                params.put("tierFrom", range.from());
            }
            if (range.until() != null) {
                sql.append(" and ").append(key).append(" < :tierUntil\n");
                params.put("tierUntil", range.until());
            }
        }
        boolean byStrength = ranking != null && search.order() == PersonSearch.Order.strength;
        if (search.text() != null) {
            appendWords(sql, params, words);
        }
        // With words, the name order is the words' index order: the first page is read without the rest.
        String nameOrder = words.isEmpty() ? "p.sort_name" : "w.sort_name";
        String idOrder = words.isEmpty() ? "p.id" : "w.person_id";
        if (search.tag() != null) {
            sql.append(" and exists (select 1 from person_tag t where t.person_id = p.id and t.tag = :tag)\n");
            params.put("tag", search.tag());
        }
        if (search.organizationId() != null) {
            sql.append(" and p.organization_id = :organizationId\n");
            params.put("organizationId", search.organizationId());
        }
        if (page.after() != null && byStrength) {
            sql.append(" and (" + key + " < :afterKey or (" + key + " = :afterKey and p.id > :afterId))\n");
            params.put("afterKey", parseKey(page.after().sortKey()));
            params.put("afterId", page.after().id());
        } else if (page.after() != null) {
            sql.append(" and (" + nameOrder + " > :afterKey or (" + nameOrder + " = :afterKey and " + idOrder
                    + " > :afterId))\n");
            params.put("afterKey", page.after().sortKey());
            params.put("afterId", page.after().id());
        }
        // The term, one value here, leads the order as it leads the index: H2 reads an index in order only when
        // the order names its columns from the first.
        sql.append(byStrength ? " order by strength_key desc, p.id"
                : words.isEmpty() ? " order by p.sort_name, p.id"
                : " order by w.term, w.sort_name, w.person_id");
        sql.append(" fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        return new Statement(sql.toString(), params);
    }

    /**
     * The people the first (longest) word of a search finds in the words' index, by their own words or, while
     * it may be seen ({@code o} is null otherwise), their organization's: in name order, as the index holds them.
     */
    private static final String FOUND_BY_FIRST_WORD = """
            person_search_term w
            join person p on p.id = w.person_id""";

    /**
     * Every word typed must begin a word of the person's name, addresses or tags, or of their organization's
     * name while the actor may see it. The first word picks the rows ({@link #FOUND_BY_FIRST_WORD}); every
     * other word is checked on those alone.
     */
    private static void appendWords(StringBuilder sql, Map<String, Object> params, List<String> words) {
        if (words.isEmpty()) {
            sql.append(" and 1 = 0\n");
            return;
        }
        sql.append(" and w.term = :word0 and (w.through_organization = false or o.id is not null)\n");
        params.put("word0", words.getFirst());
        for (int i = 1; i < words.size(); i++) {
            sql.append("""
                     and exists (select 1 from person_search_term t where t.person_id = p.id and t.term = :word%1$d
                                    and (t.through_organization = false or o.id is not null))
                    """.formatted(i));
            params.put("word" + i, words.get(i));
        }
    }

    private static double parseKey(String key) {
        try {
            return Double.parseDouble(key);
        } catch (NumberFormatException e) {
            throw new app.handshake.shared.InvalidRequestException("after", "is not a cursor of this order");
        }
    }

    Map<UUID, List<String>> tagsOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<String>> tags = new LinkedHashMap<>();
        jdbc.sql("select person_id, tag from person_tag where person_id in (:ids) order by tag")
                .param("ids", personIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject("person_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getString("tag"));
                });
        return tags;
    }

    /** The organization's name if the actor may see it ({@code visible} filters alias {@code o}), else null. */
    String organizationName(SqlFilter visible, UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        return jdbc.sql("select o.name from organization o where o.id = :id and " + visible.sql())
                .params(visible.params())
                .param("id", organizationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** One query for what cadence rules need of a person. */
    java.util.Optional<PersonProfile> profile(UUID id) {
        return jdbc.sql("""
                select p.id, p.name, p.owner_id, o.tier, p.source_channel,
                       (select string_agg(t.tag, ',' order by t.tag) from person_tag t where t.person_id = p.id) as tags
                  from person p left join organization o on o.id = p.organization_id
                 where p.id = :id
                """)
                .param("id", id)
                .query((rs, n) -> {
                    String tags = rs.getString("tags");
                    String tier = rs.getString("tier");
                    return new PersonProfile(rs.getObject("id", UUID.class), rs.getString("name"),
                            rs.getObject("owner_id", UUID.class),
                            tags == null ? List.of() : List.of(tags.split(",")),
                            tier == null ? null : OrganizationTier.valueOf(tier),
                            Source.Channel.imported.name().equals(rs.getString("source_channel")));
                })
                .optional();
    }

    java.util.Set<UUID> visibleAmong(SqlFilter visible, Collection<UUID> ids) {
        return new java.util.HashSet<>(jdbc.sql("select p.id from person p where p.id in (:ids) and " + visible.sql())
                .params(visible.params()).param("ids", ids).query(UUID.class).list());
    }

    void lockForWrite(java.util.Collection<UUID> ids) {
        // Sorted as both databases order uuids (unsigned, byte by byte), then locked a thousand at a time.
        List<UUID> sorted = ids.stream().sorted(PersonQueries::databaseOrder).toList();
        for (int from = 0; from < sorted.size(); from += 1000) {
            jdbc.sql("select id from person where id in (:ids) order by id " + rowLocks.forWrite())
                    .param("ids", sorted.subList(from, Math.min(sorted.size(), from + 1000))).query(UUID.class).list();
        }
    }

    private static int databaseOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    List<UUID> nextIds(UUID after, int limit) {
        return next(after, limit, "");
    }

    List<UUID> lockNext(UUID after, int limit) {
        return next(after, limit, rowLocks.forWrite());
    }

    private List<UUID> next(UUID after, int limit, String lock) {
        String sql = "select id from person" + (after == null ? "" : " where id > :after")
                + " order by id fetch first :limit rows only " + lock;
        var statement = jdbc.sql(sql).param("limit", limit);
        return (after == null ? statement : statement.param("after", after)).query(UUID.class).list();
    }

    List<UUID> allIds() {
        return jdbc.sql("select id from person").query(UUID.class).list();
    }

    String userName(UUID userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.sql("select display_name from app_user where id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
