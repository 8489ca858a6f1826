package app.handshake.touchpoints;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.Cursor;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Planned meetings, their people and the colleagues joining, in explicit SQL. */
@Repository
class PlannedTouchpointStore {

    private static final String SELECT = """
            select pt.id, pt.version, pt.status, pt.channel, pt.planned_at, pt.purpose, pt.assignee_id,
                   u.display_name as assignee_name, pt.organization_id, pt.deal_id, pt.origin_kind, pt.origin_ref,
                   pt.touchpoint_id, pt.created_by, pt.created_at, pt.updated_at
              from planned_touchpoint pt join app_user u on u.id = pt.assignee_id
            """;

    private final JdbcClient jdbc;
    private final app.handshake.platform.RowLocks rowLocks;

    PlannedTouchpointStore(JdbcClient jdbc, app.handshake.platform.RowLocks rowLocks) {
        this.jdbc = jdbc;
        this.rowLocks = rowLocks;
    }

    void insert(UUID id, PlannedDraft draft, UUID assigneeId, UUID createdBy, OffsetDateTime now) {
        jdbc.sql("""
                insert into planned_touchpoint (id, assignee_id, channel, planned_at, purpose, organization_id, deal_id,
                    origin_kind, origin_ref, status, created_by, created_at, updated_at, version)
                values (:id, :assignee, :channel, :plannedAt, :purpose, :organization, :deal, :originKind, :originRef,
                    'planned', :createdBy, :now, :now, 0)
                """)
                .param("id", id).param("assignee", assigneeId).param("channel", draft.channel().name())
                .param("plannedAt", draft.plannedAt()).param("purpose", draft.purpose())
                .param("organization", draft.organizationId()).param("deal", draft.dealId())
                .param("originKind", draft.originKind()).param("originRef", draft.originRef())
                .param("createdBy", createdBy).param("now", now)
                .update();
        for (UUID person : draft.personIds()) {
            jdbc.sql("insert into planned_touchpoint_person (planned_id, person_id) values (:id, :person)")
                    .param("id", id).param("person", person).update();
        }
        for (UUID user : draft.joiningUserIds()) {
            if (!user.equals(assigneeId)) {
                jdbc.sql("insert into planned_touchpoint_user (planned_id, user_id) values (:id, :user)")
                        .param("id", id).param("user", user).update();
            }
        }
    }

    Optional<PlannedTouchpoint> find(UUID id) {
        return filled(jdbc.sql(SELECT + " where pt.id = :id").param("id", id).query(this::row).list())
                .stream().findFirst();
    }

    /** Whether {@code visible} (alias {@code pt}) lets this planned meeting through. */
    boolean isVisible(UUID id, SqlFilter visible) {
        return jdbc.sql("select count(*) from planned_touchpoint pt where pt.id = :onlyId and " + visible.sql())
                .params(visible.params()).param("onlyId", id).query(Long.class).single() > 0;
    }

    /**
     * One page, earliest first, of the planned meetings of a user (assignee or joining) in a status between two
     * times (either may be open), of those {@code visible} lets through (alias {@code pt}).
     */
    Page<PlannedTouchpoint> ofUser(UUID userId, PlannedStatus status, OffsetDateTime from, OffsetDateTime to,
            SqlFilter visible, PageRequest page) {
        StringBuilder sql = new StringBuilder(SELECT).append("""
                 where (pt.assignee_id = :user or exists (select 1 from planned_touchpoint_user pu
                        where pu.planned_id = pt.id and pu.user_id = :user))
                """);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("user", userId);
        sql.append(" and ").append(visible.sql()).append('\n');
        if (status != null) {
            sql.append(" and pt.status = :status\n");
            params.put("status", status.name());
        }
        if (from != null) {
            sql.append(" and pt.planned_at >= :from\n");
            params.put("from", from);
        }
        if (to != null) {
            sql.append(" and pt.planned_at < :to\n");
            params.put("to", to);
        }
        if (page.after() != null) {
            sql.append(" and (pt.planned_at > :at or (pt.planned_at = :at and pt.id > :afterId))\n");
            params.put("at", OffsetDateTime.parse(page.after().sortKey()));
            params.put("afterId", page.after().id());
        }
        sql.append(" order by pt.planned_at, pt.id fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<PlannedTouchpoint> rows = jdbc.sql(sql.toString()).params(params).query(this::row).list();
        Page<PlannedTouchpoint> result = Page.of(rows, page.limit(), p -> new Cursor(p.plannedAt().toString(), p.id()));
        return new Page<>(filled(result.items()), result.next());
    }

    List<PlannedTouchpoint> byOrigin(String originKind, String originRef) {
        return filled(jdbc.sql(SELECT + " where pt.origin_kind = :kind and pt.origin_ref = :ref order by pt.planned_at, pt.id")
                .param("kind", originKind).param("ref", originRef).query(this::row).list());
    }

    /**
     * The open planned meetings a touchpoint may fulfil: one of these users will be there, one of these people is
     * on it, and it was planned between these two times. Read from the people's side (few meetings each), and
     * locked, so that two touchpoints logged at once complete it only once.
     */
    List<UUID> openMatching(Collection<UUID> userIds, Collection<UUID> personIds, OffsetDateTime earliest,
            OffsetDateTime latest) {
        return jdbc.sql("""
                select pt.id from planned_touchpoint pt
                 where pt.id in (select pp.planned_id from planned_touchpoint_person pp where pp.person_id in (:people))
                   and pt.status = 'planned' and pt.planned_at between :earliest and :latest
                   and (pt.assignee_id in (:users) or exists (select 1 from planned_touchpoint_user pu
                        where pu.planned_id = pt.id and pu.user_id in (:users)))
                 order by pt.id
                """ + rowLocks.forWrite())
                .param("users", userIds).param("people", personIds).param("earliest", earliest)
                .param("latest", latest).query(UUID.class).list();
    }

    /** Marks it done by this touchpoint; false when it was no longer open. */
    boolean complete(UUID id, UUID touchpointId, OffsetDateTime now) {
        return jdbc.sql("""
                update planned_touchpoint set status = 'done', touchpoint_id = :touchpoint, updated_at = :now,
                    version = version + 1
                 where id = :id and status = 'planned'
                """).param("id", id).param("touchpoint", touchpointId).param("now", now).update() > 0;
    }

    /** Opens again what this touchpoint completed: it is about to be deleted, so the meeting did not happen. */
    void reopen(UUID touchpointId, OffsetDateTime now) {
        jdbc.sql("""
                update planned_touchpoint set status = 'planned', touchpoint_id = null, updated_at = :now,
                    version = version + 1
                 where touchpoint_id = :touchpoint and status = 'done'
                """).param("touchpoint", touchpointId).param("now", now).update();
    }

    boolean cancel(UUID id, long version, OffsetDateTime now) {
        return jdbc.sql("""
                update planned_touchpoint set status = 'cancelled', updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = 'planned'
                """).param("id", id).param("version", version).param("now", now).update() > 0;
    }

    boolean reschedule(UUID id, long version, OffsetDateTime plannedAt, Channel channel, String purpose,
            OffsetDateTime now) {
        return jdbc.sql("""
                update planned_touchpoint set planned_at = :plannedAt, channel = :channel, purpose = :purpose,
                    updated_at = :now, version = version + 1
                 where id = :id and version = :version and status = 'planned'
                """).param("id", id).param("version", version).param("plannedAt", plannedAt)
                .param("channel", channel.name()).param("purpose", purpose).param("now", now).update() > 0;
    }

    /** Moves the merged person's planned meetings to the survivor, once each. */
    void movePerson(UUID from, UUID to) {
        jdbc.sql("""
                delete from planned_touchpoint_person
                 where person_id = :from
                   and planned_id in (select planned_id from planned_touchpoint_person where person_id = :to)
                """).param("from", from).param("to", to).update();
        jdbc.sql("update planned_touchpoint_person set person_id = :to where person_id = :from")
                .param("from", from).param("to", to).update();
    }

    private PlannedTouchpoint row(ResultSet rs, int n) throws SQLException {
        return new PlannedTouchpoint(rs.getObject("id", UUID.class), rs.getLong("version"),
                PlannedStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                rs.getObject("planned_at", OffsetDateTime.class), rs.getString("purpose"), List.of(),
                rs.getObject("assignee_id", UUID.class), rs.getString("assignee_name"), List.of(),
                rs.getObject("organization_id", UUID.class), rs.getObject("deal_id", UUID.class), null,
                rs.getString("origin_kind"), rs.getString("origin_ref"), rs.getObject("touchpoint_id", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    /** Fills in the people and the colleagues joining, in two queries for any number of planned meetings. */
    private List<PlannedTouchpoint> filled(List<PlannedTouchpoint> planned) {
        if (planned.isEmpty()) {
            return planned;
        }
        Set<UUID> ids = new java.util.LinkedHashSet<>(planned.stream().map(PlannedTouchpoint::id).toList());
        Map<UUID, List<TouchpointDetails.Participant>> persons = new HashMap<>();
        jdbc.sql("""
                select pp.planned_id, p.id, p.name from planned_touchpoint_person pp join person p on p.id = pp.person_id
                 where pp.planned_id in (:ids) order by p.sort_name, p.id
                """).param("ids", ids).query(rs -> {
                    persons.computeIfAbsent(rs.getObject("planned_id", UUID.class), k -> new ArrayList<>())
                            .add(new TouchpointDetails.Participant(rs.getObject("id", UUID.class), rs.getString("name")));
                });
        Map<UUID, List<TouchpointDetails.Participant>> users = new HashMap<>();
        jdbc.sql("""
                select pu.planned_id, u.id, u.display_name from planned_touchpoint_user pu join app_user u on u.id = pu.user_id
                 where pu.planned_id in (:ids) order by u.display_name, u.id
                """).param("ids", ids).query(rs -> {
                    users.computeIfAbsent(rs.getObject("planned_id", UUID.class), k -> new ArrayList<>())
                            .add(new TouchpointDetails.Participant(rs.getObject("id", UUID.class),
                                    rs.getString("display_name")));
                });
        return planned.stream().map(p -> p.withParticipants(List.copyOf(persons.getOrDefault(p.id(), List.of())),
                List.copyOf(users.getOrDefault(p.id(), List.of())))).toList();
    }
}
