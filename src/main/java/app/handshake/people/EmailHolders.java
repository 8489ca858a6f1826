package app.handshake.people;

import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.platform.WorkspaceRestored;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who holds an email address, as far as one user may know. An address is unique among the records that
 * can be seen together: every shared record, or one owner's private records ({@code unique_within}). A
 * user is never told of a record they may not see, so the same address may sit on someone's private
 * record and on a record its owner does not control; the owner finds those here and merges them.
 */
@Repository
class EmailHolders {

    /** A record that holds some of the same addresses as another. */
    record Holder(UUID personId, String name, List<String> addresses) {}

    private final JdbcClient jdbc;

    EmailHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each of these addresses (lower case), one record the filter lets through that holds it, the owner's
     * own first; {@code except} (may be null) is left out.
     */
    Map<String, UUID> visible(SqlFilter visible, Collection<String> addresses, UUID except, UUID ownFirst) {
        Map<String, UUID> holders = new HashMap<>();
        if (addresses.isEmpty()) {
            return holders;
        }
        jdbc.sql("""
                select e.address, e.person_id from person_email e join person p on p.id = e.person_id
                 where e.address in (:addresses) and %s %s
                 order by case when p.owner_id = :ownFirst then 0 else 1 end, e.person_id
                """.formatted(visible.sql(), except == null ? "" : "and e.person_id <> :except"))
                .params(visible.params())
                .param("addresses", addresses).param("ownFirst", ownFirst).params(except == null ? Map.of() : Map.of("except", except))
                .query(rs -> {
                    holders.putIfAbsent(rs.getString("address"), rs.getObject("person_id", UUID.class));
                });
        return holders;
    }

    /** Which records other than {@code except} hold these addresses among the records they must be unique within. */
    Map<String, UUID> within(UUID uniqueWithin, Collection<String> addresses, Collection<UUID> except) {
        Map<String, UUID> holders = new HashMap<>();
        if (addresses.isEmpty()) {
            return holders;
        }
        jdbc.sql("""
                select address, person_id from person_email
                 where address in (:addresses) and unique_within = :within and person_id not in (:except)
                """)
                .param("addresses", addresses).param("within", uniqueWithin).param("except", except)
                .query(rs -> {
                    holders.putIfAbsent(rs.getString("address"), rs.getObject("person_id", UUID.class));
                });
        return holders;
    }

    /** The records the filter lets through that hold any of the person's addresses, with the addresses they share. */
    List<Holder> sharingAddressesWith(SqlFilter visible, UUID personId) {
        Map<UUID, Holder> holders = new LinkedHashMap<>();
        jdbc.sql("""
                select p.id, p.name, e.address
                  from person_email mine
                  join person_email e on e.address = mine.address and e.person_id <> mine.person_id
                  join person p on p.id = e.person_id
                 where mine.person_id = :person and %s
                 order by p.sort_name, p.id, e.address
                """.formatted(visible.sql()))
                .params(visible.params()).param("person", personId)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String name = rs.getString("name");
                    holders.computeIfAbsent(id, x -> new Holder(x, name, new ArrayList<>()))
                            .addresses().add(rs.getString("address"));
                });
        return List.copyOf(holders.values());
    }

    /**
     * A backup from before addresses were unique per audience restores them all as shared: the private
     * records' addresses are put back among their owner's. None can clash, as they were unique workspace-wide.
     */
    @EventListener
    void on(WorkspaceRestored restored) {
        jdbc.sql("""
                update person_email
                   set unique_within = (select coalesce(p.owner_id, :noOwner) from person p where p.id = person_email.person_id)
                 where unique_within = :everyone
                   and person_id in (select p.id from person p where p.visibility = 'private')
                """)
                .param("noOwner", AddressAudience.ADMINS).param("everyone", AddressAudience.EVERYONE)
                .update();
    }
}
