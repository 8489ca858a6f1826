package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deals.Deals;
import app.handshake.deployments.Deployments;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visible deals closed in a period, in one pass: per deal owner, how many were won (and of them won back), lost
 * and walked away from, and the days from each won deal to the first day its deployment was in active use, when
 * the reader may see the deployment too. The closed deals are read from the index that holds every column asked
 * for, by outcome and day closed; the deployment is joined plainly and checked in the select list, since H2 would
 * run a filtered sub-select of deployments again for every deal.
 */
@Component
class ClosedDeals {

    private final JdbcClient jdbc;
    private final Deals deals;
    private final Deployments deployments;

    ClosedDeals(JdbcClient jdbc, Deals deals, Deployments deployments) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.deployments = deployments;
    }

    /** One owner's closed deals: won (of which won back), lost, walked away; the days to active use of the won. */
    static final class Owner {
        int won;
        int lost;
        int walkedAway;
        int wonBack;
        final List<Long> daysToActiveUse = new ArrayList<>();
    }

    Map<UUID, Owner> of(Actor reader, Period period) {
        SqlFilter deal = deals.readFilter(reader);
        SqlFilter deployment = deployments.readFilterForMany(reader);
        Map<String, Object> params = new HashMap<>(deal.params());
        params.putAll(deployment.params());
        Map<UUID, Owner> owners = new HashMap<>();
        jdbc.sql("""
                select d.owner_id, d.outcome, d.won_back, d.closed_at,
                       case when %s then dp.first_active_on end
                  from deal d
                  left join deployment dp on dp.deal_id = d.id and d.outcome = 'won' and dp.first_active_on is not null
                 where d.outcome in ('won', 'lost', 'walked_away') and d.closed_at >= :from and d.closed_at < :to
                   and %s
                """.formatted(deployment.sql(), deal.sql()))
                .params(params).param("from", period.start()).param("to", period.end())
                .query(rs -> {
                    Owner owner = owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Owner());
                    switch (rs.getString(2)) {
                        case "won" -> {
                            owner.won++;
                            owner.wonBack += rs.getBoolean(3) ? 1 : 0;
                            LocalDate active = rs.getObject(5, LocalDate.class);
                            if (active != null) {
                                LocalDate won = period.dayOf(rs.getObject(4, OffsetDateTime.class));
                                owner.daysToActiveUse.add(ChronoUnit.DAYS.between(won, active));
                            }
                        }
                        case "lost" -> owner.lost++;
                        default -> owner.walkedAway++;
                    }
                });
        return owners;
    }
}
