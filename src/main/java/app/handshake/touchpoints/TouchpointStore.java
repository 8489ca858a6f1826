package app.handshake.touchpoints;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.accounts.Visibility;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Touchpoints and their participants, in explicit SQL. */
@Repository
class TouchpointStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final app.handshake.platform.RowLocks rowLocks;
    private final app.handshake.platform.DatabaseProduct database;

    TouchpointStore(JdbcClient jdbc, DataSource dataSource, app.handshake.platform.RowLocks rowLocks,
            app.handshake.platform.DatabaseProduct database) {
        this.database = database;
        this.jdbc = jdbc;
        this.rowLocks = rowLocks;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches only with a fetch size (inside a transaction); H2 ignores it.
        this.streaming.setFetchSize(2_000);
    }

    /** The parts of a stored touchpoint that decide who may do what with it. */
    record Core(UUID id, long version, UUID ownerId, Visibility visibility, Set<UUID> personIds, Set<UUID> userIds) {}

    void insert(UUID id, TouchpointDraft draft, UUID ownerId, String sourceChannel, String sourceDetail,
            OffsetDateTime now) {
        Participants participants = participants(draft);
        // The touchpoint and its participants in one statement, so one round trip: H2 and PostgreSQL's driver
        // both run the statements of one prepared statement in order, and fail it as a whole.
        jdbc.sql("""
                insert into touchpoint (id, channel, initiated_by, occurred_at, duration_minutes, topic, summary, notes,
                    organization_id, owner_id, visibility, source_channel, source_detail, created_at, updated_at, version,
                    deal_id)
                values (:id, :channel, :initiatedBy, :occurredAt, :duration, :topic, :summary, :notes,
                    :organization, :owner, :visibility, :sourceChannel, :sourceDetail, :now, :now, 0, :deal);
                """ + participants.sql())
                .params(fields(draft)).params(participants.params())
                .param("id", id).param("owner", ownerId).param("sourceChannel", sourceChannel)
                .param("sourceDetail", sourceDetail).param("now", now)
                .update();
    }

    /** Replaces the fields and participants; false when the version moved on meanwhile. */
    boolean update(UUID id, long expectedVersion, TouchpointDraft draft, OffsetDateTime now) {
        int updated = jdbc.sql("""
                update touchpoint set channel = :channel, initiated_by = :initiatedBy, occurred_at = :occurredAt,
                    duration_minutes = :duration, topic = :topic, summary = :summary, notes = :notes,
                    organization_id = :organization, visibility = :visibility, deal_id = :deal, updated_at = :now,
                    version = version + 1
                 where id = :id and version = :version
                """)
                .params(fields(draft))
                .param("id", id).param("version", expectedVersion).param("now", now)
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from touchpoint_person where touchpoint_id = :id").param("id", id).update();
        jdbc.sql("delete from touchpoint_user where touchpoint_id = :id").param("id", id).update();
        writeParticipants(id, draft);
        return true;
    }

    /**
     * Locks the people's rows until the transaction ends, in id order (no deadlocks), so that two
     * touchpoints with one person never rewrite that person's scores and due date at the same time.
     */
    void lockPeople(java.util.Collection<UUID> personIds) {
        if (!personIds.isEmpty()) {
            jdbc.sql("select id from person where id in (:ids) order by id " + rowLocks.forWrite())
                    .param("ids", personIds).query(UUID.class).list();
        }
    }

    /** A person's name as a participant, with the key names sort by. */
    record Named(UUID id, String name, String sortName) {}

    /** The people locked for a new touchpoint, by id, and the name of the team member who logs it. */
    record Locked(Map<UUID, Named> people, String ownerName) {}

    /**
     * Locks, as {@link #lockPeople(java.util.Collection)} does, those of the people whom {@code visible} lets
     * through (alias {@code p}). The owner's name comes along in the same round trip: logging a touchpoint
     * is the hottest write there is.
     */
    Locked lockPeople(java.util.Collection<UUID> personIds, SqlFilter visible, UUID ownerId) {
        Map<UUID, Named> named = new HashMap<>();
        String[] ownerName = new String[1];
        jdbc.sql("select p.id, p.name, p.sort_name,"
                        + " (select u.display_name from app_user u where u.id = :owner) as owner_name"
                        + " from person p where p.id in (:ids) and " + visible.sql() + " order by p.id " + rowLocks.forWrite())
                .params(visible.params()).param("ids", personIds).param("owner", ownerId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    named.put(id, new Named(id, rs.getString("name"), rs.getString("sort_name")));
                    ownerName[0] = rs.getString("owner_name");
                });
        return new Locked(named, ownerName[0]);
    }

    void delete(UUID id) {
        jdbc.sql("delete from touchpoint where id = :id").param("id", id).update();
    }

    Optional<Core> core(UUID id) {
        return jdbc.sql("select id, version, owner_id, visibility from touchpoint where id = :id")
                .param("id", id)
                .query((rs, n) -> new Core(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("owner_id", UUID.class), Visibility.of(rs.getString("visibility")),
                        ids("select person_id from touchpoint_person where touchpoint_id = :id", id),
                        ids("select user_id from touchpoint_user where touchpoint_id = :id", id)))
                .optional();
    }

    /** The deal the touchpoint names, whoever may see it. */
    Optional<UUID> dealOf(UUID id) {
        return jdbc.sql("select deal_id from touchpoint where id = :id and deal_id is not null").param("id", id)
                .query(UUID.class).optional();
    }

    Optional<TouchpointDetails> details(UUID id, SqlFilter visible, SqlFilter people) {
        return page(new TouchpointFilter(null, null, null, null, null), id, visible, people, PageRequest.first(1))
                .items().stream().findFirst();
    }

    /** Whether {@code visible} (alias {@code t}) lets this touchpoint through. */
    boolean isVisible(UUID id, SqlFilter visible) {
        return jdbc.sql("select count(*) from touchpoint t where t.id = :onlyId and " + visible.sql())
                .params(visible.params()).param("onlyId", id).query(Long.class).single() > 0;
    }

    /**
     * One page, newest first, of the touchpoints {@code visible} lets through (alias {@code t}); names only
     * the people {@code people} lets the reader see (alias {@code p}).
     */
    Page<TouchpointDetails> page(TouchpointFilter filter, SqlFilter visible, SqlFilter people, PageRequest page) {
        return page(filter, null, visible, people, page);
    }

    private Page<TouchpointDetails> page(TouchpointFilter filter, UUID onlyId, SqlFilter visible, SqlFilter people,
            PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                select t.id, t.version, t.channel, t.initiated_by, t.occurred_at, t.duration_minutes, t.topic, t.summary,
                       t.notes, t.organization_id, t.owner_id, u.display_name as owner_name, t.visibility,
                       t.source_channel, t.source_detail, t.created_at, t.updated_at, t.deal_id
                  from touchpoint t join app_user u on u.id = t.owner_id
                """);
        Map<String, Object> params = new HashMap<>();
        if (filter.personId() != null) {
            sql.append(" join touchpoint_person fp on fp.touchpoint_id = t.id and fp.person_id = :person\n");
            params.put("person", filter.personId());
        }
        sql.append(" where 1 = 1\n");
        if (visible != null) {
            sql.append(" and ").append(visible.sql()).append('\n');
            params.putAll(visible.params());
        }
        if (onlyId != null) {
            sql.append(" and t.id = :onlyId\n");
            params.put("onlyId", onlyId);
        }
        if (filter.organizationId() != null) {
            sql.append(" and t.organization_id = :organization\n");
            params.put("organization", filter.organizationId());
        }
        if (filter.dealId() != null) {
            sql.append(" and t.deal_id = :deal\n");
            params.put("deal", filter.dealId());
        }
        if (filter.userId() != null) {
            sql.append(" and (t.owner_id = :user or exists (select 1 from touchpoint_user fu"
                    + " where fu.touchpoint_id = t.id and fu.user_id = :user))\n");
            params.put("user", filter.userId());
        }
        if (filter.from() != null) {
            sql.append(" and t.occurred_at >= :from\n");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" and t.occurred_at < :to\n");
            params.put("to", filter.to());
        }
        if (page.after() != null) {
            sql.append(" and (t.occurred_at < :at or (t.occurred_at = :at and t.id < :afterId))\n");
            params.put("at", OffsetDateTime.parse(page.after().sortKey()));
            params.put("afterId", page.after().id());
        }
        sql.append(" order by t.occurred_at desc, t.id desc fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<TouchpointDetails> rows = jdbc.sql(sql.toString()).params(params).query(this::detailsRow).list();
        Page<TouchpointDetails> result = Page.of(rows, page.limit(),
                t -> new Cursor(t.occurredAt().toString(), t.id()));
        return withParticipants(result, people);
    }

    private TouchpointDetails detailsRow(ResultSet rs, int n) throws SQLException {
        return new TouchpointDetails(rs.getObject("id", UUID.class), rs.getLong("version"),
                Channel.valueOf(rs.getString("channel")), Initiator.valueOf(rs.getString("initiated_by")),
                rs.getObject("occurred_at", OffsetDateTime.class), (Integer) rs.getObject("duration_minutes"),
                Topic.valueOf(rs.getString("topic")), rs.getString("summary"), rs.getString("notes"),
                rs.getObject("organization_id", UUID.class), List.of(), List.of(), rs.getObject("owner_id", UUID.class),
                rs.getString("owner_name"), Visibility.of(rs.getString("visibility")), rs.getString("source_channel"),
                rs.getString("source_detail"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("deal_id", UUID.class), null);
    }

    /** Fills in the participants of a page in two queries; people the reader may not see stay unnamed. */
    private Page<TouchpointDetails> withParticipants(Page<TouchpointDetails> page, SqlFilter people) {
        if (page.items().isEmpty()) {
            return page;
        }
        List<UUID> ids = page.items().stream().map(TouchpointDetails::id).toList();
        Map<UUID, List<TouchpointDetails.Participant>> persons = new HashMap<>();
        jdbc.sql("""
                select tp.touchpoint_id, p.id, p.name from touchpoint_person tp join person p on p.id = tp.person_id
                 where tp.touchpoint_id in (:ids) and %s order by p.sort_name
                """.formatted(people.sql()))
                .params(people.params()).param("ids", ids)
                .query(rs -> {
                    persons.computeIfAbsent(rs.getObject("touchpoint_id", UUID.class), k -> new ArrayList<>())
                            .add(new TouchpointDetails.Participant(rs.getObject("id", UUID.class), rs.getString("name")));
                });
        Map<UUID, List<TouchpointDetails.Participant>> users = new HashMap<>();
        jdbc.sql("""
                select tu.touchpoint_id, u.id, u.display_name from touchpoint_user tu join app_user u on u.id = tu.user_id
                 where tu.touchpoint_id in (:ids) order by u.display_name
                """)
                .param("ids", ids)
                .query(rs -> {
                    users.computeIfAbsent(rs.getObject("touchpoint_id", UUID.class), k -> new ArrayList<>())
                            .add(new TouchpointDetails.Participant(rs.getObject("id", UUID.class),
                                    rs.getString("display_name")));
                });
        return page.map(t -> new TouchpointDetails(t.id(), t.version(), t.channel(), t.initiatedBy(), t.occurredAt(),
                t.durationMinutes(), t.topic(), t.summary(), t.notes(), t.organizationId(),
                persons.getOrDefault(t.id(), List.of()), users.getOrDefault(t.id(), List.of()), t.ownerId(),
                t.ownerName(), t.visibility(), t.sourceChannel(), t.sourceDetail(), t.createdAt(), t.updatedAt(),
                t.dealId(), t.dealName()));
    }

    /**
     * Touchpoint facts, one row per (person, touchpoint, team member taking part). {@code others_open} is
     * false when the touchpoint also involves a private record (another person, its organization) that not
     * everyone who may see this person may see: a private record of another owner, or any private record
     * when this person is shared. Worked out when read, so a record made private later is respected at once.
     */
    private static final String FACTS = """
            select tp.person_id, t.id, t.channel, t.initiated_by, t.topic, t.occurred_at, t.owner_id, t.visibility,
                   tu.user_id,
                   case when exists (select 1 from touchpoint_person op join person other on other.id = op.person_id
                                      where op.touchpoint_id = t.id and op.person_id <> tp.person_id
                                        and other.visibility <> 'shared'
                                        and (me.visibility = 'shared' or other.owner_id <> me.owner_id))
                          or (o.visibility <> 'shared' and (me.visibility = 'shared' or o.owner_id <> me.owner_id))
                        then false else true end as others_open
              from person me
              join touchpoint_person tp on tp.person_id = me.id
              join touchpoint t on t.id = tp.touchpoint_id
              left join organization o on o.id = t.organization_id
              left join touchpoint_user tu on tu.touchpoint_id = t.id
            """;

    /** Every touchpoint with one person, as facts for scores and cadences. */
    List<TouchpointFact> factsAbout(UUID personId) {
        List<TouchpointFact> facts = new ArrayList<>();
        FactCollector collector = new FactCollector(facts::addAll);
        streaming.query(FACTS + " where me.id = ? order by t.id", collector, personId);
        collector.flush();
        return facts;
    }

    /**
     * The touchpoint facts of these people (in the database's order of ids), handed over person by person.
     * The range may also hold people added since the ids were read: their facts are left out.
     */
    void streamFacts(List<UUID> orderedPersonIds, Consumer<List<TouchpointFact>> perPerson) {
        Set<UUID> wanted = new HashSet<>(orderedPersonIds);
        FactCollector collector = new FactCollector(facts -> {
            if (wanted.contains(facts.getFirst().personId())) {
                perPerson.accept(facts);
            }
        });
        if (database.isPostgreSql()) {
            // Planned once for any range (a prepared statement), this read costs more than PostgreSQL's threshold
            // for compiling it to machine code, which then takes longer than the read itself: 30-260 ms of
            // compiling for a 90 ms read, two hundred times in a full recompute of 100,000 people.
            jdbc.sql("set local jit = off").update();
        }
        // The range is on the person's key, so that even a plan made without the values reads people by index
        // and their touchpoints by theirs, rather than hashing the whole person table for each chunk.
        jdbc.sql(FACTS + " where me.id between :first and :last order by tp.person_id, t.id")
                .param("first", orderedPersonIds.getFirst()).param("last", orderedPersonIds.getLast())
                .query(collector);
        collector.flush();
    }

    /** Folds rows (one per touchpoint and participating user) into facts, one person at a time. */
    private static final class FactCollector implements org.springframework.jdbc.core.RowCallbackHandler {

        private final Consumer<List<TouchpointFact>> sink;
        private UUID person;
        private final Map<UUID, TouchpointFact> current = new LinkedHashMap<>();

        FactCollector(Consumer<List<TouchpointFact>> sink) {
            this.sink = sink;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            UUID personId = rs.getObject("person_id", UUID.class);
            if (person != null && !person.equals(personId)) {
                flush();
            }
            person = personId;
            UUID touchpointId = rs.getObject("id", UUID.class);
            UUID userId = rs.getObject("user_id", UUID.class);
            TouchpointFact fact = current.get(touchpointId);
            if (fact == null) {
                fact = new TouchpointFact(touchpointId, personId, Channel.valueOf(rs.getString("channel")),
                        Initiator.valueOf(rs.getString("initiated_by")), Topic.valueOf(rs.getString("topic")),
                        rs.getObject("occurred_at", OffsetDateTime.class), rs.getObject("owner_id", UUID.class),
                        new HashSet<>(), "shared".equals(rs.getString("visibility")), rs.getBoolean("others_open"));
                current.put(touchpointId, fact);
            }
            if (userId != null) {
                fact.userIds().add(userId);
            }
        }

        void flush() {
            if (!current.isEmpty()) {
                sink.accept(List.copyOf(current.values()));
                current.clear();
            }
        }
    }

    /** Everyone in a touchpoint with this person, the person included. */
    Set<UUID> peopleMetWith(UUID personId) {
        return new HashSet<>(jdbc.sql("""
                select distinct other.person_id from touchpoint_person mine
                  join touchpoint_person other on other.touchpoint_id = mine.touchpoint_id
                 where mine.person_id = :person
                """).param("person", personId).query(UUID.class).list());
    }

    /** Everyone in a touchpoint at this organization. */
    Set<UUID> peopleMetAt(UUID organizationId) {
        return new HashSet<>(jdbc.sql("""
                select distinct tp.person_id from touchpoint t join touchpoint_person tp on tp.touchpoint_id = t.id
                 where t.organization_id = :organization
                """).param("organization", organizationId).query(UUID.class).list());
    }

    /** Moves every touchpoint with the merged person to the survivor, once each. */
    void movePerson(UUID from, UUID to) {
        jdbc.sql("""
                delete from touchpoint_person
                 where person_id = :from
                   and touchpoint_id in (select touchpoint_id from touchpoint_person where person_id = :to)
                """).param("from", from).param("to", to).update();
        jdbc.sql("update touchpoint_person set person_id = :to where person_id = :from")
                .param("from", from).param("to", to).update();
    }

    private Map<String, Object> fields(TouchpointDraft draft) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("channel", draft.channel().name());
        fields.put("initiatedBy", draft.initiatedBy().name());
        fields.put("occurredAt", draft.occurredAt());
        fields.put("duration", draft.durationMinutes());
        fields.put("topic", draft.topic().name());
        fields.put("summary", draft.summary());
        fields.put("notes", draft.notes());
        fields.put("organization", draft.organizationId());
        fields.put("visibility", draft.visibility().key());
        fields.put("deal", draft.dealId());
        return fields;
    }

    private void writeParticipants(UUID id, TouchpointDraft draft) {
        Participants participants = participants(draft);
        if (participants.sql().isEmpty()) {
            return;
        }
        jdbc.sql(participants.sql()).params(participants.params()).param("id", id)
                .param("occurredAt", draft.occurredAt()).update();
    }

    /** Inserts of the people and team members of touchpoint {@code :id} at {@code :occurredAt}, as one script. */
    private record Participants(String sql, Map<String, Object> params) {}

    private static Participants participants(TouchpointDraft draft) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int n = 0;
        for (UUID person : new java.util.LinkedHashSet<>(draft.personIds())) {
            sql.append("insert into touchpoint_person (touchpoint_id, person_id, occurred_at)")
                    .append(" values (:id, :person").append(n).append(", :occurredAt);\n");
            params.put("person" + n++, person);
        }
        n = 0;
        for (UUID user : new java.util.LinkedHashSet<>(draft.userIds())) {
            sql.append("insert into touchpoint_user (touchpoint_id, user_id) values (:id, :user").append(n).append(");\n");
            params.put("user" + n++, user);
        }
        return new Participants(sql.toString(), params);
    }

    private Set<UUID> ids(String sql, UUID id) {
        return new HashSet<>(jdbc.sql(sql).param("id", id).query(UUID.class).list());
    }
}
