package app.handshake.cadences;

import app.handshake.shared.StaleVersionException;
import app.handshake.touchpoints.Channel;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cadences, rules, due dates and snoozes, in explicit SQL. */
@Repository
class CadenceStore {

    private final JdbcClient jdbc;

    CadenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cadence set on the person, if one is (a row without an interval is one that was removed). */
    Optional<Cadence> direct(UUID personId) {
        return jdbc.sql("""
                select interval_days, channel, assignee_id from cadence
                 where person_id = :person and interval_days is not null
                """)
                .param("person", personId)
                .query((rs, n) -> new Cadence(rs.getInt("interval_days"), channel(rs.getString("channel")),
                        rs.getObject("assignee_id", UUID.class)))
                .optional();
    }

    /**
     * Whether any rule exists, the cadence set on a person, whether they have a due date and whether a lost
     * deal's nurture runs for them: one query.
     */
    record State(boolean anyRule, Optional<Cadence> direct, boolean hasDue, boolean nurtured) {}

    State state(UUID personId) {
        return jdbc.sql("""
                select exists (select 1 from cadence_rule) as any_rule,
                       exists (select 1 from cadence_due d where d.person_id = :person) as has_due,
                       exists (select 1 from cadence_nurture n where n.person_id = :person and n.ended_at is null)
                           as nurtured,
                       c.interval_days, c.channel, c.assignee_id
                  from (select 1 as one) x left join cadence c on c.person_id = :person and c.interval_days is not null
                """)
                .param("person", personId)
                .query((rs, n) -> new State(rs.getBoolean("any_rule"),
                        rs.getObject("interval_days") == null ? Optional.empty()
                                : Optional.of(new Cadence(rs.getInt("interval_days"), channel(rs.getString("channel")),
                                        rs.getObject("assignee_id", UUID.class))),
                        rs.getBoolean("has_due"), rs.getBoolean("nurtured")))
                .single();
    }

    /** The version of the cadence set on the person, for If-Match: 0 when none was ever set. */
    long version(UUID personId) {
        return jdbc.sql("select version from cadence where person_id = :person").param("person", personId)
                .query(Long.class).optional().orElse(0L);
    }

    /**
     * Sets the person's cadence on top of version {@code expected} (null: on top of whatever is there);
     * answers false, changing nothing, when that is no longer the version stored.
     */
    boolean setDirect(UUID personId, Cadence cadence, UUID by, OffsetDateTime now, Long expected) {
        int changed = jdbc.sql("""
                update cadence set interval_days = :interval, channel = :channel, assignee_id = :assignee,
                       updated_by = :by, updated_at = :now, version = version + 1
                 where person_id = :person""" + onVersion(expected))
                .params(versionParam(expected))
                .param("person", personId).param("interval", cadence.intervalDays())
                .param("channel", cadence.channel() == null ? null : cadence.channel().name())
                .param("assignee", cadence.assigneeId()).param("by", by).param("now", now)
                .update();
        if (changed > 0) {
            return true;
        }
        if (expected != null && (expected != 0 || version(personId) != 0)) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into cadence (person_id, interval_days, channel, assignee_id, updated_by, updated_at, version)
                    values (:person, :interval, :channel, :assignee, :by, :now, 1)
                    """)
                    .param("person", personId).param("interval", cadence.intervalDays())
                    .param("channel", cadence.channel() == null ? null : cadence.channel().name())
                    .param("assignee", cadence.assigneeId()).param("by", by).param("now", now)
                    .update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // Another request set one a moment ago, on top of the same "none": its row is at version 1. (PostgreSQL
            // has given up on this transaction, so the version cannot be read again.)
            throw new StaleVersionException("cadence", expected == null ? 0 : expected, 1);
        }
    }

    /** Removes the cadence set on the person, on top of {@code expected} (null: whatever is there); false if stale. */
    boolean clearDirect(UUID personId, UUID by, OffsetDateTime now, Long expected) {
        int changed = jdbc.sql("""
                update cadence set interval_days = null, channel = null, assignee_id = null, updated_by = :by,
                       updated_at = :now, version = version + 1
                 where person_id = :person and interval_days is not null""" + onVersion(expected))
                .params(versionParam(expected))
                .param("person", personId).param("by", by).param("now", now)
                .update();
        return changed > 0 || expected == null || version(personId) == expected;
    }

    private static String onVersion(Long expected) {
        return expected == null ? "" : " and version = :expected";
    }

    private static java.util.Map<String, Object> versionParam(Long expected) {
        return expected == null ? java.util.Map.of() : java.util.Map.of("expected", expected);
    }

    List<CadenceRule> rules() {
        return jdbc.sql("select id, kind, rule_value, interval_days, channel from cadence_rule order by kind, rule_value")
                .query((rs, n) -> new CadenceRule(rs.getObject("id", UUID.class),
                        CadenceRule.Kind.valueOf(rs.getString("kind")), rs.getString("rule_value"),
                        rs.getInt("interval_days"), channel(rs.getString("channel"))))
                .list();
    }

    void addRule(CadenceRule rule, UUID by, OffsetDateTime now) {
        jdbc.sql("""
                insert into cadence_rule (id, kind, rule_value, interval_days, channel, created_by, created_at)
                values (:id, :kind, :value, :interval, :channel, :by, :now)
                """)
                .param("id", rule.id()).param("kind", rule.kind().name()).param("value", rule.value())
                .param("interval", rule.intervalDays())
                .param("channel", rule.channel() == null ? null : rule.channel().name())
                .param("by", by).param("now", now)
                .update();
    }

    boolean removeRule(UUID id) {
        return jdbc.sql("delete from cadence_rule where id = :id").param("id", id).update() > 0;
    }

    /** The agenda's row of one person. */
    record Due(UUID personId, UUID assigneeId, int intervalDays, Channel channel, UUID ruleId,
            OffsetDateTime lastQualifyingAt, OffsetDateTime lastFaceToFaceAt, List<Channel> recentChannels,
            OffsetDateTime dueAt, double valueWeight, String tier) {}

    /** Writes a person's due date over the one stored, or adds it: one statement either way. */
    void saveDue(Due due) {
        // Standard MERGE, which H2 and PostgreSQL both take; the casts type the values for both.
        jdbc.sql("""
                merge into cadence_due d
                using (values (cast(:person as uuid), cast(:assignee as uuid), cast(:interval as integer),
                               cast(:channel as varchar(20)), cast(:rule as uuid),
                               cast(:lastQualifying as timestamp with time zone),
                               cast(:lastFaceToFace as timestamp with time zone), cast(:recent as varchar(100)),
                               cast(:due as timestamp with time zone), cast(:value as double precision),
                               cast(:tier as varchar(20))))
                   as v (person_id, assignee_id, interval_days, channel, rule_id, last_qualifying_at,
                         last_face_to_face_at, recent_channels, due_at, value_weight, tier)
                   on d.person_id = v.person_id
                when matched then update set assignee_id = v.assignee_id, interval_days = v.interval_days,
                    channel = v.channel, rule_id = v.rule_id, last_qualifying_at = v.last_qualifying_at,
                    last_face_to_face_at = v.last_face_to_face_at, recent_channels = v.recent_channels,
                    due_at = v.due_at, value_weight = v.value_weight, tier = v.tier
                when not matched then insert (person_id, assignee_id, interval_days, channel, rule_id,
                    last_qualifying_at, last_face_to_face_at, recent_channels, due_at, value_weight, tier)
                    values (v.person_id, v.assignee_id, v.interval_days, v.channel, v.rule_id, v.last_qualifying_at,
                        v.last_face_to_face_at, v.recent_channels, v.due_at, v.value_weight, v.tier)
                """)
                .param("person", due.personId()).param("assignee", due.assigneeId())
                .param("interval", due.intervalDays())
                .param("channel", due.channel() == null ? null : due.channel().name())
                .param("rule", due.ruleId()).param("lastQualifying", due.lastQualifyingAt())
                .param("lastFaceToFace", due.lastFaceToFaceAt())
                .param("recent", String.join(",", due.recentChannels().stream().map(Channel::name).toList()))
                .param("due", due.dueAt()).param("value", due.valueWeight()).param("tier", due.tier())
                .update();
    }

    void deleteDue(UUID personId) {
        jdbc.sql("delete from cadence_due where person_id = :person").param("person", personId).update();
    }

    Optional<Due> due(UUID personId) {
        return jdbc.sql("select * from cadence_due where person_id = :person").param("person", personId)
                .query((rs, n) -> dueRow(rs)).optional();
    }

    /** An assignee's rows due by {@code until} and not snoozed at {@code now}, with the person's name. */
    List<AgendaRow> dueFor(UUID assigneeId, OffsetDateTime until, OffsetDateTime now, String personFilter,
            java.util.Map<String, Object> filterParams) {
        return jdbc.sql("""
                select d.*, p.name as person_name, p.title as person_title
                  from cadence_due d join person p on p.id = d.person_id
                 where d.assignee_id = :assignee and d.due_at <= :until and %s
                   and not exists (select 1 from agenda_snooze s
                                    where s.user_id = :assignee and s.person_id = d.person_id and s.until > :now)
                """.formatted(personFilter))
                .params(filterParams)
                .param("assignee", assigneeId).param("until", until).param("now", now)
                .query((rs, n) -> new AgendaRow(dueRow(rs), rs.getString("person_name"), rs.getString("person_title")))
                .list();
    }

    record AgendaRow(Due due, String name, String title) {}

    /** Everyone's rows due by a moment: counts per assignee for the reminder job. */
    /** Who is due to be reached out to by whom, up to a moment. */
    record Assignment(UUID assigneeId, OffsetDateTime dueAt) {}

    List<Assignment> assigneesDue(OffsetDateTime until) {
        return jdbc.sql("select assignee_id, due_at from cadence_due where due_at <= :until").param("until", until)
                .query((rs, n) -> new Assignment(rs.getObject("assignee_id", UUID.class),
                        rs.getObject("due_at", OffsetDateTime.class))).list();
    }

    void snooze(UUID userId, UUID personId, OffsetDateTime until) {
        unsnooze(userId, personId);
        jdbc.sql("insert into agenda_snooze (user_id, person_id, until) values (:user, :person, :until)")
                .param("user", userId).param("person", personId).param("until", until).update();
    }

    /** Until when a user snoozed a person, if they did and it has not run out by {@code now}. */
    Optional<OffsetDateTime> snoozedUntil(UUID userId, UUID personId, OffsetDateTime now) {
        return jdbc.sql("select until from agenda_snooze where user_id = :user and person_id = :person and until > :now")
                .param("user", userId).param("person", personId).param("now", now)
                .query(OffsetDateTime.class).optional();
    }

    /** Moves every user's snooze of one person to another; where a user snoozed both, the later one stays. */
    void moveSnoozes(UUID fromPerson, UUID toPerson) {
        jdbc.sql("""
                update agenda_snooze s
                   set until = (select d.until from agenda_snooze d where d.person_id = :from and d.user_id = s.user_id)
                 where s.person_id = :to
                   and exists (select 1 from agenda_snooze d
                                where d.person_id = :from and d.user_id = s.user_id and d.until > s.until)
                """)
                .param("from", fromPerson).param("to", toPerson).update();
        jdbc.sql("""
                update agenda_snooze set person_id = :to
                 where person_id = :from
                   and user_id not in (select user_id from agenda_snooze where person_id = :to)
                """)
                .param("from", fromPerson).param("to", toPerson).update();
    }

    void unsnooze(UUID userId, UUID personId) {
        jdbc.sql("delete from agenda_snooze where user_id = :user and person_id = :person")
                .param("user", userId).param("person", personId).update();
    }

    private static Due dueRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        String recent = rs.getString("recent_channels");
        return new Due(rs.getObject("person_id", UUID.class), rs.getObject("assignee_id", UUID.class),
                rs.getInt("interval_days"), channel(rs.getString("channel")), rs.getObject("rule_id", UUID.class),
                rs.getObject("last_qualifying_at", OffsetDateTime.class),
                rs.getObject("last_face_to_face_at", OffsetDateTime.class),
                recent == null || recent.isEmpty() ? List.of()
                        : Arrays.stream(recent.split(",")).map(Channel::valueOf).toList(),
                rs.getObject("due_at", OffsetDateTime.class), rs.getDouble("value_weight"), rs.getString("tier"));
    }

    private static Channel channel(String name) {
        return name == null ? null : Channel.valueOf(name);
    }
}
