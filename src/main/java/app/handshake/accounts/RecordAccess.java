package app.handshake.accounts;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who may see and change a record that has an owner and a visibility. The same rules feed the SQL of
 * every list and search ({@link #readFilter}) and the checks on a single record, so that a record
 * nobody may see never shows up anywhere.
 *
 * <ul>
 *   <li>read and change: a shared record, one's own, a report's (managers), anything (admins);
 *   <li>delete and change visibility: one's own, a report's (managers), anything (admins).
 * </ul>
 */
@Service
public class RecordAccess {

    private final JdbcClient jdbc;

    RecordAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A condition for a WHERE clause on a table aliased {@code alias}, with its named parameters. */
    public record SqlFilter(String sql, Map<String, Object> params) {}

    /**
     * A read rule for statements over many rows: {@code perRow}, which the database checks on each row from its
     * columns alone, and the records hidden from the reader that hide a row pointing at them (the organizations,
     * and for some rows the deals; few, and their keys are unique across tables), which the caller sets aside as
     * the rows come. Checking every row against a subquery instead would cost the embedded database a run of that
     * subquery per row.
     */
    public record ManyRowsFilter(SqlFilter perRow, Set<UUID> hidden) {

        /** Whether a row pointing at any of these records (each may be null: none) is hidden from the reader. */
        public boolean hides(@Nullable UUID... recordIds) {
            for (UUID id : recordIds) {
                if (id != null && hidden.contains(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    public SqlFilter readFilter(Actor actor, String alias) {
        return switch (actor.role()) {
            case admin -> new SqlFilter("1 = 1", Map.of());
            case manager -> new SqlFilter("(" + alias + ".visibility = 'shared' or " + alias + ".owner_id = :accessActor or "
                    + alias + ".owner_id in (select r.id from app_user r where r.manager_id = :accessActor))",
                    Map.of("accessActor", actor.userId()));
            case member -> new SqlFilter("(" + alias + ".visibility = 'shared' or " + alias + ".owner_id = :accessActor)",
                    Map.of("accessActor", actor.userId()));
        };
    }

    /**
     * The records the actor may not read, as a condition on alias {@code alias}: the negation of {@link #readFilter},
     * worded so that an index on (visibility, owner_id) finds them: in a large workspace they are the few private
     * records of others, gathered once by a statement that sets them aside.
     */
    public SqlFilter hiddenFilter(Actor actor, String alias) {
        String others = "(" + alias + ".visibility = 'private' and (" + alias + ".owner_id is null or ("
                + alias + ".owner_id <> :accessActor";
        return switch (actor.role()) {
            case admin -> new SqlFilter("1 = 0", Map.of());
            case manager -> new SqlFilter(others + " and " + alias
                    + ".owner_id not in (select r.id from app_user r where r.manager_id = :accessActor))))",
                    Map.of("accessActor", actor.userId()));
            case member -> new SqlFilter(others + ")))", Map.of("accessActor", actor.userId()));
        };
    }

    public boolean canRead(Actor actor, UUID ownerId, Visibility visibility) {
        return visibility == Visibility.SHARED || canManage(actor, ownerId);
    }

    /** Owner, the owner's manager, or an admin: may delete the record and decide who sees it. */
    public boolean canManage(Actor actor, UUID ownerId) {
        if (actor.isAdmin()) {
            return true;
        }
        if (ownerId == null) {
            return false;
        }
        return ownerId.equals(actor.userId()) || (actor.isManager() && isManagerOf(actor.userId(), ownerId));
    }

    /**
     * Whether the actor may hand a user's relationships over to colleagues: an admin, or that user's manager; never
     * the user themselves, who is leaving or changing territory.
     */
    public boolean mayHandOver(Actor actor, UUID leavingUserId) {
        return actor.isAdmin() || (actor.isManager() && isManagerOf(actor.userId(), leavingUserId));
    }

    private boolean isManagerOf(UUID managerId, UUID userId) {
        return jdbc.sql("select count(*) from app_user where id = :user and manager_id = :manager")
                .param("user", userId)
                .param("manager", managerId)
                .query(Long.class)
                .single() > 0;
    }
}
