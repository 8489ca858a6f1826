package app.handshake.advisor;

import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Hand-over plans and their items, in explicit SQL. */
@Repository
class HandOverStore {

    /** Looked up at most this many people at a time: an import may touch thousands at once. */
    private static final int CHUNK = 500;

    private final JdbcClient jdbc;

    HandOverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Plan(UUID id, UUID userId, UUID createdBy, OffsetDateTime createdAt, @Nullable OffsetDateTime acceptedAt,
            HandOverStatus status, long version) {}

    record Item(UUID handOverId, UUID personId, UUID newOwnerId, OffsetDateTime plannedAt, Channel channel,
            @Nullable UUID plannedTouchpointId, @Nullable OffsetDateTime metAt) {}

    /** An item of an accepted plan, with the time from which a meeting counts. */
    record Open(UUID handOverId, UUID personId, UUID newOwnerId, OffsetDateTime acceptedAt,
            @Nullable OffsetDateTime metAt) {}

    void insert(Plan plan, List<Item> items) {
        jdbc.sql("""
                        insert into hand_over (id, user_id, created_by, created_at, status, version)
                        values (:id, :user, :by, :at, :status, 1)""")
                .param("id", plan.id()).param("user", plan.userId()).param("by", plan.createdBy())
                .param("at", plan.createdAt()).param("status", plan.status().name()).update();
        for (Item item : items) {
            jdbc.sql("""
                            insert into hand_over_item (hand_over_id, person_id, new_owner_id, planned_at, channel)
                            values (:plan, :person, :owner, :at, :channel)""")
                    .param("plan", plan.id()).param("person", item.personId()).param("owner", item.newOwnerId())
                    .param("at", item.plannedAt()).param("channel", item.channel().name()).update();
        }
    }

    Optional<Plan> find(UUID id) {
        return jdbc.sql(PLAN + " where id = :id").param("id", id).query((rs, n) -> plan(rs)).optional();
    }

    /** Plans about these users (null: everyone's), newest first, from after the cursor's id. */
    List<Plan> list(@Nullable Collection<UUID> userIds, @Nullable UUID after, int limit) {
        if (userIds != null && userIds.isEmpty()) {
            return List.of();
        }
        var statement = jdbc.sql(PLAN + " where 1 = 1" + (userIds == null ? "" : " and user_id in (:users)")
                + (after == null ? "" : " and id < :after") + " order by id desc limit :limit");
        if (userIds != null) {
            statement = statement.param("users", userIds);
        }
        if (after != null) {
            statement = statement.param("after", after);
        }
        return statement.param("limit", limit).query((rs, n) -> plan(rs)).list();
    }

    /** The plans in which this user takes relationships over. */
    List<UUID> takenOverBy(UUID userId) {
        return jdbc.sql("select distinct hand_over_id from hand_over_item where new_owner_id = :user")
                .param("user", userId).query(UUID.class).list();
    }

    List<Item> items(UUID handOverId) {
        return jdbc.sql("""
                        select hand_over_id, person_id, new_owner_id, planned_at, channel, planned_touchpoint_id, met_at
                          from hand_over_item where hand_over_id = :plan order by planned_at, person_id""")
                .param("plan", handOverId)
                .query((rs, n) -> new Item(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class),
                        Channel.valueOf(rs.getString(5)), rs.getObject(6, UUID.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** Proposed to accepted, on top of the version read; false when it moved on meanwhile. */
    boolean accept(UUID id, long version, OffsetDateTime now) {
        return jdbc.sql("""
                        update hand_over set status = 'accepted', accepted_at = :now, version = version + 1
                         where id = :id and version = :version and status = 'proposed'""")
                .param("id", id).param("version", version).param("now", now).update() > 0;
    }

    void planned(UUID handOverId, UUID personId, UUID plannedTouchpointId) {
        jdbc.sql("update hand_over_item set planned_touchpoint_id = :planned where hand_over_id = :plan"
                        + " and person_id = :person")
                .param("planned", plannedTouchpointId).param("plan", handOverId).param("person", personId).update();
    }

    /** The items of accepted (or done) plans about these people. */
    List<Open> openAbout(Collection<UUID> personIds) {
        List<UUID> all = List.copyOf(personIds);
        List<Open> open = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            open.addAll(jdbc.sql("""
                            select i.hand_over_id, i.person_id, i.new_owner_id, h.accepted_at, i.met_at
                              from hand_over_item i join hand_over h on h.id = i.hand_over_id
                             where i.person_id in (:people) and h.status in ('accepted', 'done')""")
                    .param("people", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .query((rs, n) -> new Open(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getObject(4, OffsetDateTime.class),
                            rs.getObject(5, OffsetDateTime.class)))
                    .list());
        }
        return open;
    }

    void met(UUID handOverId, UUID personId, @Nullable OffsetDateTime metAt) {
        jdbc.sql("update hand_over_item set met_at = :met where hand_over_id = :plan and person_id = :person")
                .param("met", metAt).param("plan", handOverId).param("person", personId).update();
    }

    /** A merged duplicate's items become the survivor's, unless the plan already holds the survivor. */
    void movePerson(UUID from, UUID to) {
        jdbc.sql("""
                delete from hand_over_item
                 where person_id = :from
                   and hand_over_id in (select hand_over_id from hand_over_item where person_id = :to)
                """).param("from", from).param("to", to).update();
        jdbc.sql("update hand_over_item set person_id = :to where person_id = :from")
                .param("from", from).param("to", to).update();
    }

    /** Done when every item is met, accepted again when one no longer is (its touchpoint was deleted). */
    void settle(UUID handOverId) {
        jdbc.sql("""
                        update hand_over set status = case when exists (select 1 from hand_over_item i
                                   where i.hand_over_id = hand_over.id and i.met_at is null) then 'accepted' else 'done' end
                         where id = :id and status in ('accepted', 'done')""")
                .param("id", handOverId).update();
    }

    private static final String PLAN = "select id, user_id, created_by, created_at, accepted_at, status, version"
            + " from hand_over";

    private static Plan plan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Plan(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("created_by", UUID.class), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("accepted_at", OffsetDateTime.class), HandOverStatus.valueOf(rs.getString("status")),
                rs.getLong("version"));
    }
}
