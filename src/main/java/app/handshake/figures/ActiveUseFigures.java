package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deals.Deals;
import app.handshake.deployments.Deployments;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the won deals became: per deal owner, the days from each visible deal won in the period to the first day its
 * visible deployment was in active use; and per deployment owner, the visible deployments in active use now. A deal
 * counts only when the reader may see both it and its deployment.
 */
@Component
class ActiveUseFigures {

    private final JdbcClient jdbc;
    private final Deals deals;
    private final Deployments deployments;

    ActiveUseFigures(JdbcClient jdbc, Deals deals, Deployments deployments) {
        this.jdbc = jdbc;
        this.deals = deals;
        this.deployments = deployments;
    }

    /** Per deal owner, the days to active use of each deal won in the period whose deployment reached it. */
    Map<UUID, List<Long>> daysToActiveUse(Actor reader, Period period) {
        SqlFilter deal = deals.readFilter(reader);
        SqlFilter deployment = deployments.readFilter(reader);
        Map<String, Object> params = new HashMap<>(deal.params());
        params.putAll(deployment.params());
        Map<UUID, List<Long>> days = new HashMap<>();
        jdbc.sql("""
                select d.owner_id, d.closed_at, dp.first_active_on from deal d
                  join deployment dp on dp.deal_id = d.id
                 where d.outcome = 'won' and d.closed_at >= :from and d.closed_at < :to
                   and dp.first_active_on is not null and %s and %s
                """.formatted(deal.sql(), deployment.sql()))
                .params(params).param("from", period.start()).param("to", period.end())
                .query(rs -> {
                    LocalDate won = period.dayOf(rs.getObject(2, OffsetDateTime.class));
                    LocalDate active = rs.getObject(3, LocalDate.class);
                    days.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(java.time.temporal.ChronoUnit.DAYS.between(won, active));
                });
        return days;
    }

    /** Per deployment owner, the visible deployments in active use now. */
    Map<UUID, Integer> inActiveUse(Actor reader) {
        SqlFilter deployment = deployments.readFilter(reader);
        Map<UUID, Integer> counts = new HashMap<>();
        jdbc.sql("select dp.owner_id, count(*) from deployment dp where dp.active_since is not null and "
                        + deployment.sql() + " group by dp.owner_id")
                .params(deployment.params())
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    /** The visible deployments in active use now, for the headline. */
    int inActiveUseCount(Actor reader) {
        SqlFilter deployment = deployments.readFilter(reader);
        return jdbc.sql("select count(*) from deployment dp where dp.active_since is not null and " + deployment.sql())
                .params(deployment.params()).query(Integer.class).single();
    }
}
