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
 * The visible deals closed in a period, per deal owner: how many were won (and of them won back), lost and walked
 * away from, counted in the database from the index that holds every column asked for, by outcome and day closed;
 * and the days from each won deal to the first day its deployment was in active use, when the reader may see the
 * deployment too, read for those deals alone.
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
        Map<UUID, Owner> owners = new HashMap<>();
        jdbc.sql("""
                select d.owner_id, d.outcome, d.won_back, count(*) from deal d
                 where d.outcome in ('won', 'lost', 'walked_away') and d.closed_at >= :from and d.closed_at < :to
                   and %s
                 group by d.owner_id, d.outcome, d.won_back
                """.formatted(deal.sql()))
                .params(deal.params()).param("from", period.start()).param("to", period.end())
                .query(rs -> {
                    Owner owner = owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Owner());
                    int count = rs.getInt(4);
                    switch (rs.getString(2)) {
                        case "won" -> {
                            owner.won += count;
                            owner.wonBack += rs.getBoolean(3) ? count : 0;
                        }
                        case "lost" -> owner.lost += count;
                        default -> owner.walkedAway += count;
                    }
                });
        // A deployment the reader may see is at a deal they may see: its own filter is the deal's too.
        SqlFilter deployment = deployments.readFilterForMany(reader);
        jdbc.sql("""
                select d.owner_id, d.closed_at, dp.first_active_on from deal d
                  join deployment dp on dp.deal_id = d.id
                 where d.outcome = 'won' and d.closed_at >= :from and d.closed_at < :to
                   and dp.first_active_on is not null and %s
                """.formatted(deployment.sql()))
                .params(deployment.params()).param("from", period.start()).param("to", period.end())
                .query(rs -> {
                    LocalDate won = period.dayOf(rs.getObject(2, OffsetDateTime.class));
                    owners.computeIfAbsent(rs.getObject(1, UUID.class), k -> new Owner()).daysToActiveUse
                            .add(ChronoUnit.DAYS.between(won, rs.getObject(3, LocalDate.class)));
                });
        return owners;
    }
}
