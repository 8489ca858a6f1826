package app.handshake.people;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess;
import app.handshake.accounts.RecordAccess.SqlFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts (organizations) and the people at them, as one reader may see them: for advice on which accounts
 * the team knows too thinly. A private organization or person of a colleague is left out.
 */
@Service
@Transactional(readOnly = true)
public class AccountRoster {

    private final JdbcClient jdbc;
    private final RecordAccess access;

    AccountRoster(JdbcClient jdbc, RecordAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public record Account(UUID id, String name, OrganizationTier tier, UUID ownerId) {}

    public record Contact(UUID id, String name, UUID organizationId, UUID ownerId) {}

    /** The accounts these team members own. */
    public List<Account> heldBy(Actor reader, Collection<UUID> ownerIds) {
        return ownerIds.isEmpty() ? List.of() : accounts(reader, "o.owner_id in (:ids)", ownerIds);
    }

    /** These accounts, as far as the reader may see them. */
    public List<Account> byIds(Actor reader, Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : accounts(reader, "o.id in (:ids)", ids);
    }

    private List<Account> accounts(Actor reader, String condition, Collection<UUID> ids) {
        SqlFilter visible = access.readFilter(reader, "o");
        return jdbc.sql("select o.id, o.name, o.tier, o.owner_id from organization o where " + condition + " and "
                        + visible.sql() + " order by o.sort_name, o.id")
                .params(visible.params()).param("ids", ids)
                .query((rs, n) -> new Account(rs.getObject(1, UUID.class), rs.getString(2),
                        OrganizationTier.valueOf(rs.getString(3)), rs.getObject(4, UUID.class)))
                .list();
    }

    /** The people the reader may see at each of these organizations, by name. */
    public Map<UUID, List<Contact>> peopleAt(Actor reader, Collection<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        SqlFilter visible = access.readFilter(reader, "p");
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("organizations", organizationIds);
        Map<UUID, List<Contact>> people = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.name, p.organization_id, p.owner_id from person p"
                        + " where p.organization_id in (:organizations) and " + visible.sql()
                        + " order by p.sort_name, p.id")
                .params(params)
                .query((rs, n) -> people.computeIfAbsent(rs.getObject(3, UUID.class), o -> new ArrayList<>())
                        .add(new Contact(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
                                rs.getObject(4, UUID.class))))
                .list();
        return people;
    }

    /** The names of those of these people the reader may see. */
    public Map<UUID, String> names(Actor reader, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        SqlFilter visible = access.readFilter(reader, "p");
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("select p.id, p.name from person p where p.id in (:ids) and " + visible.sql() + " order by p.sort_name")
                .params(visible.params()).param("ids", personIds)
                .query((rs, n) -> names.put(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return names;
    }

    /** The owners of those of these people the reader may see. */
    public Map<UUID, UUID> ownersOf(Actor reader, Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        SqlFilter visible = access.readFilter(reader, "p");
        Map<UUID, UUID> owners = new HashMap<>();
        jdbc.sql("select p.id, p.owner_id from person p where p.id in (:ids) and " + visible.sql())
                .params(visible.params()).param("ids", personIds)
                .query((rs, n) -> owners.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        return owners;
    }
}
