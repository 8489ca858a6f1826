package app.handshake.deals;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.People;
import app.handshake.shared.Money;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Some team members' deals with their people in roles, as one reader may see them: the deals under the
 * reader's visibility, and on each only the people the reader may see. For advice on whom to meet.
 */
@Service
@Transactional(readOnly = true)
public class DealRoster {

    private final JdbcClient jdbc;
    private final Deals deals;
    private final People people;

    DealRoster(JdbcClient jdbc, Deals deals, People people) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.people = people;
    }

    /** A deal and the visible people on it, each with their roles. */
    public record Entry(UUID id, String name, @Nullable UUID organizationId, UUID ownerId, @Nullable Money value,
            DealOutcome outcome, @Nullable OffsetDateTime closedAt, Map<UUID, List<DealRole>> people) {

        public List<UUID> in(DealRole role) {
            return people.entrySet().stream().filter(e -> e.getValue().contains(role)).map(Map.Entry::getKey).toList();
        }
    }

    /** The open deals these team members own. */
    public List<Entry> open(Actor reader, Collection<UUID> ownerIds) {
        return read(reader, ownerIds, "d.outcome = 'open'", Map.of());
    }

    /** The deals these team members lost since {@code since} and have not reopened. */
    public List<Entry> lostSince(Actor reader, Collection<UUID> ownerIds, OffsetDateTime since) {
        return read(reader, ownerIds, "d.outcome = 'lost' and d.closed_at >= :since", Map.of("since", since));
    }

    /** These deals, as far as the reader may see them. */
    public List<Entry> byIds(Actor reader, Collection<UUID> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return read(reader, null, "d.id in (:ids)", Map.of("ids", dealIds));
    }

    private List<Entry> read(Actor reader, @Nullable Collection<UUID> ownerIds, String condition,
            Map<String, Object> extra) {
        if (ownerIds != null && ownerIds.isEmpty()) {
            return List.of();
        }
        SqlFilter visible = deals.readFilter(reader);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.putAll(extra);
        String owners = "";
        if (ownerIds != null) {
            owners = " and d.owner_id in (:owners)";
            params.put("owners", ownerIds);
        }
        Map<UUID, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("select d.id, d.name, d.organization_id, d.owner_id, d.value_amount, d.value_currency, d.outcome,"
                        + " d.closed_at from deal d where " + condition + owners + " and " + visible.sql()
                        + " order by d.sort_name, d.id")
                .params(params)
                .query((rs, n) -> entries.put(rs.getObject("id", UUID.class), new Entry(rs.getObject("id", UUID.class),
                        rs.getString("name"), rs.getObject("organization_id", UUID.class),
                        rs.getObject("owner_id", UUID.class),
                        rs.getObject("value_amount") == null ? null
                                : new Money(rs.getLong("value_amount"), rs.getString("value_currency")),
                        DealOutcome.valueOf(rs.getString("outcome")), rs.getObject("closed_at", OffsetDateTime.class),
                        new LinkedHashMap<>())))
                .list();
        if (entries.isEmpty()) {
            return List.of();
        }
        SqlFilter person = people.readFilter(reader);
        Map<String, Object> personParams = new HashMap<>(person.params());
        personParams.put("deals", entries.keySet());
        jdbc.sql("select dp.deal_id, dp.person_id, dp.role from deal_person dp join person p on p.id = dp.person_id"
                        + " where dp.deal_id in (:deals) and " + person.sql() + " order by p.sort_name, dp.role")
                .params(personParams)
                .query((rs, n) -> entries.get(rs.getObject(1, UUID.class)).people()
                        .computeIfAbsent(rs.getObject(2, UUID.class), k -> new java.util.ArrayList<>())
                        .add(DealRole.valueOf(rs.getString(3))))
                .list();
        return List.copyOf(entries.values());
    }
}
