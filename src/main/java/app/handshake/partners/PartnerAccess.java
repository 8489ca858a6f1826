package app.handshake.partners;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.shared.ForbiddenException;
import app.handshake.shared.RecordNotFoundException;
import app.handshake.shared.StaleVersionException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees a partner: exactly those who may see its organization or its person, since a partner has no visibility
 * of its own. Who sees it may change it, as with the record it stands for; deleting it takes its creator, an admin,
 * or one who may manage (owner, their manager) the record it stands for.
 */
@Component
class PartnerAccess {

    private final RecordAccess access;
    private final PartnerStore store;
    private final JdbcClient jdbc;

    PartnerAccess(RecordAccess access, PartnerStore store, JdbcClient jdbc) {
        this.access = access;
        this.store = store;
        this.jdbc = jdbc;
    }

    /** The partners the actor may see, as a condition on alias {@code pa}. */
    SqlFilter readFilter(Actor actor) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        SqlFilter organization = access.readFilter(actor, "seen_o");
        SqlFilter person = access.readFilter(actor, "seen_p");
        Map<String, Object> params = new HashMap<>(organization.params());
        params.putAll(person.params());
        return new SqlFilter("(pa.organization_id in (select seen_o.id from organization seen_o where "
                + organization.sql() + ") or pa.person_id in (select seen_p.id from person seen_p where "
                + person.sql() + "))", params);
    }

    /** The people the actor may see, as a condition on a person id column: for endorsers, referred people. */
    SqlFilter personFilter(Actor actor, String column) {
        if (actor.isAdmin()) {
            return new SqlFilter("1 = 1", Map.of());
        }
        SqlFilter person = access.readFilter(actor, "seen_pp");
        return new SqlFilter(column + " in (select seen_pp.id from person seen_pp where " + person.sql() + ")",
                person.params());
    }

    boolean maySeePerson(Actor actor, UUID personId) {
        SqlFilter filter = access.readFilter(actor, "pp");
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("person", personId);
        return jdbc.sql("select count(*) from person pp where pp.id = :person and " + filter.sql()).params(params)
                .query(Long.class).single() > 0;
    }

    /** The partner if the actor may see it; otherwise not found, as if it did not exist. */
    PartnerStore.Head read(Actor actor, UUID id) {
        return store.head(id, readFilter(actor)).orElseThrow(() -> new RecordNotFoundException("partner", id));
    }

    /** Like {@link #read}, with the row locked for the change and its version checked when one is expected. */
    PartnerStore.Head write(Actor actor, UUID id, @Nullable Long expectedVersion) {
        read(actor, id);
        PartnerStore.Head head = store.lock(id).orElseThrow(() -> new RecordNotFoundException("partner", id));
        if (expectedVersion != null && expectedVersion != head.version()) {
            throw new StaleVersionException("partner", expectedVersion, head.version());
        }
        return head;
    }

    void requireDelete(Actor actor, PartnerStore.Head head) {
        if (actor.isAdmin() || actor.userId().equals(head.createdBy())) {
            return;
        }
        String table = head.organizationId() != null ? "organization" : "person";
        UUID recordId = head.organizationId() != null ? head.organizationId() : head.personId();
        UUID owner = jdbc.sql("select owner_id from " + table + " where id = :id").param("id", recordId)
                .query(UUID.class).optional().orElse(null);
        if (!access.canManage(actor, owner)) {
            throw new ForbiddenException("Only its creator, the owner of its " + table + ", their manager or an admin"
                    + " deletes a partner");
        }
    }
}
