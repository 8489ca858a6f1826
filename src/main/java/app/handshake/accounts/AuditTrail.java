package app.handshake.accounts;

import app.handshake.shared.Cursor;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.Ids;
import app.handshake.shared.Page;
import app.handshake.shared.PageRequest;
import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who created, changed or deleted what, and when, with the fields that changed. Written in the same
 * transaction as the change itself, so that no change goes unrecorded; read by admins.
 */
@Service
@Transactional
public class AuditTrail {

    /** Fields never compared: bookkeeping, not facts a person changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt");

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** One field's value before and after, as text. */
    public record Change(String from, String to) {}

    public enum Action {
        created, updated, deleted, merged
    }

    /** One line of the audit log. */
    public record Entry(UUID id, OffsetDateTime occurredAt, UUID actorId, String actorName, Action action,
            String recordType, UUID recordId, String summary, Map<String, Change> changes) {}

    public void created(UUID actorId, String recordType, UUID recordId, String summary, Map<String, ?> values) {
        Map<String, Change> changes = new LinkedHashMap<>();
        values.forEach((field, value) -> changes.put(field, new Change(null, text(value))));
        write(actorId, Action.created, recordType, recordId, summary, changes);
    }

    /** Records the fields that differ between two snapshots of the same record (records of the same type). */
    public void updated(UUID actorId, String recordType, UUID recordId, String summary, Object before, Object after) {
        write(actorId, Action.updated, recordType, recordId, summary, differences(before, after, Set.of()));
    }

    public void updated(UUID actorId, String recordType, UUID recordId, String summary, Map<String, Change> changes) {
        write(actorId, Action.updated, recordType, recordId, summary, changes);
    }

    public void deleted(UUID actorId, String recordType, UUID recordId, String summary) {
        write(actorId, Action.deleted, recordType, recordId, summary, Map.of());
    }

    public void merged(UUID actorId, String recordType, UUID survivorId, UUID mergedId, String summary) {
        write(actorId, Action.merged, recordType, survivorId, summary,
                Map.of("mergedId", new Change(mergedId.toString(), survivorId.toString())));
    }

    /** The fields of two records of one type whose values differ, leaving out the ones named. */
    public static Map<String, Change> differences(Object before, Object after, Set<String> leaveOut) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            String name = component.getName();
            if (BOOKKEEPING.contains(name) || leaveOut.contains(name)) {
                continue;
            }
            try {
                Object from = component.getAccessor().invoke(before);
                Object to = component.getAccessor().invoke(after);
                if (!Objects.equals(from, to)) {
                    changes.put(name, new Change(text(from), text(to)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + before.getClass().getSimpleName(), e);
            }
        }
        return changes;
    }

    /**
     * Which entries to read: by whom, of which type of record, of one record (its id) or of records whose
     * summary holds some words, and from one day to another (inclusive, in UTC); null means any.
     */
    public record Filter(UUID actorId, String recordType, UUID recordId, String words, java.time.LocalDate from,
            java.time.LocalDate to) {

        public static Filter of(UUID recordId) {
            return new Filter(null, null, recordId, null, null, null);
        }
    }

    @Transactional(readOnly = true)
    public Page<Entry> page(Actor actor, UUID recordId, PageRequest page) {
        return page(actor, Filter.of(recordId), page);
    }

    /** The types of record the log holds, for the filter's choices. */
    @Transactional(readOnly = true)
    public List<String> recordTypes(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only admins read the audit log");
        }
        return jdbc.sql("select distinct record_type from audit_event order by record_type").query(String.class).list();
    }

    @Transactional(readOnly = true)
    public Page<Entry> page(Actor actor, Filter filter, PageRequest page) {
        UUID recordId = filter.recordId();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("Only admins read the audit log");
        }
        StringBuilder sql = new StringBuilder("""
                select a.id, a.occurred_at, a.actor_id, u.display_name as actor_name, a.action, a.record_type,
                       a.record_id, a.summary, a.changes
                  from audit_event a left join app_user u on u.id = a.actor_id
                 where 1 = 1
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        if (recordId != null) {
            sql.append(" and a.record_id = :recordId");
            params.put("recordId", recordId);
        }
        if (filter.actorId() != null) {
            sql.append(" and a.actor_id = :actorId");
            params.put("actorId", filter.actorId());
        }
        if (filter.recordType() != null && !filter.recordType().isBlank()) {
            sql.append(" and a.record_type = :recordType");
            params.put("recordType", filter.recordType());
        }
        if (filter.words() != null && !filter.words().isBlank()) {
            sql.append(" and a.summary ilike :words escape '\\'");
            params.put("words", "%" + filter.words().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            sql.append(" and a.occurred_at >= :fromDay");
            params.put("fromDay", filter.from().atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            sql.append(" and a.occurred_at < :toDay");
            params.put("toDay", filter.to().plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
        }
        if (page.after() != null) {
            sql.append(" and (a.occurred_at < :at or (a.occurred_at = :at and a.id < :afterId))");
            params.put("at", OffsetDateTime.parse(page.after().sortKey()));
            params.put("afterId", page.after().id());
        }
        sql.append(" order by a.occurred_at desc, a.id desc fetch first :fetch rows only");
        params.put("fetch", page.limit() + 1);
        List<Entry> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Entry(
                rs.getObject("id", UUID.class), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
                Action.valueOf(rs.getString("action")), rs.getString("record_type"),
                rs.getObject("record_id", UUID.class), rs.getString("summary"), parse(rs.getString("changes"))))
                .list();
        return Page.of(rows, page.limit(), entry -> new Cursor(entry.occurredAt().toString(), entry.id()));
    }

    private void write(UUID actorId, Action action, String recordType, UUID recordId, String summary,
            Map<String, Change> changes) {
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor_id, action, record_type, record_id, summary, changes)
                values (:id, :at, :actor, :action, :type, :record, :summary, :changes)
                """)
                .param("id", Ids.newId(clock))
                .param("at", OffsetDateTime.now(clock))
                .param("actor", actorId)
                .param("action", action.name())
                .param("type", recordType)
                .param("record", recordId)
                .param("summary", summary.length() > 300 ? summary.substring(0, 299) + "…" : summary)
                .param("changes", changes.isEmpty() ? null : json.writeValueAsString(changes))
                .update();
    }

    private Map<String, Change> parse(String changes) {
        return changes == null ? Map.of() : json.readValue(changes, new TypeReference<Map<String, Change>>() {});
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }
}
