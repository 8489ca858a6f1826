package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.deals.Deals;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visible deals closed in a period, per deal owner: how many were won (and of them won back), lost and walked
 * away from, counted in the database from the index that holds every column asked for, by outcome and day closed;
 * less those at organizations hidden from the reader.
 */
@Component
class ClosedDeals {

    private final JdbcClient jdbc;
    private final Deals deals;

    ClosedDeals(JdbcClient jdbc, Deals deals) {
        this.jdbc = jdbc;
        this.deals = deals;
    }

    /** One owner's closed deals: won (of which won back), lost, walked away. */
    static final class Owner {
        int won;
        int lost;
        int walkedAway;
        int wonBack;
    }

    Map<UUID, Owner> of(Actor reader, Period period) {
        ManyRowsFilter visible = deals.readFilterForMany(reader);
        Map<UUID, Owner> owners = new HashMap<>();
        count(visible, period, "", 1, owners);
        if (!visible.hidden().isEmpty()) {
            // The deals at organizations hidden from the reader, few, found by the deals' organization index.
            count(visible, period, " and d.organization_id = any(:hidden)", -1, owners);
            // An owner whose deals of the period are all hidden is not among the figures.
            owners.values().removeIf(owner -> owner.won == 0 && owner.lost == 0 && owner.walkedAway == 0);
        }
        return owners;
    }

    /** Adds (sign 1) or takes away (sign -1) the counts of the closed deals under the filter and {@code more}. */
    private void count(ManyRowsFilter visible, Period period, String more, int sign, Map<UUID, Owner> owners) {
        jdbc.sql("""
                select d.owner_id, d.outcome, d.won_back, count(*) from deal d
                 where d.outcome in ('won', 'lost', 'walked_away') and d.closed_at >= :from and d.closed_at < :to
                   and %s%s
                 group by d.owner_id, d.outcome, d.won_back
                """.formatted(visible.perRow().sql(), more))
                .params(visible.perRow().params()).param("from", period.start()).param("to", period.end())
                .param("hidden", visible.hidden().toArray(UUID[]::new))
                .query(rs -> {
                    Owner owner = owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Owner());
                    int count = sign * rs.getInt(4);
                    switch (rs.getString(2)) {
                        case "won" -> {
                            owner.won += count;
                            owner.wonBack += rs.getBoolean(3) ? count : 0;
                        }
                        case "lost" -> owner.lost += count;
                        default -> owner.walkedAway += count;
                    }
                });
    }
}
