package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
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
 * The visible deployments' side of the figures, read in one pass over those that are or were in active use: per
 * deployment owner, those in active use now; per deal owner, the days from each deal won in the period to the first
 * day its deployment was in active use. A deployment the reader may see is at a deal they may see: its filter is the
 * deal's too.
 */
@Component
class ActiveUseFigures {

    private final JdbcClient jdbc;
    private final Deployments deployments;

    ActiveUseFigures(JdbcClient jdbc, Deployments deployments) {
        this.jdbc = jdbc;
        this.deployments = deployments;
    }

    /** Per deployment owner, those in active use now; per deal owner, the days from won to active use. */
    record Deployed(Map<UUID, Integer> inActiveUse, Map<UUID, List<Long>> daysToActiveUse) {}

    Deployed of(Actor reader, Period period) {
        SqlFilter deployment = deployments.readFilterForMany(reader);
        Map<UUID, Integer> inUse = new HashMap<>();
        Map<UUID, List<Long>> days = new HashMap<>();
        jdbc.sql("""
                select dp.owner_id, dp.active_since is not null, d.owner_id, d.closed_at, dp.first_active_on
                  from deployment dp
                  left join deal d on d.id = dp.deal_id and d.outcome = 'won'
                        and d.closed_at >= :from and d.closed_at < :to
                 where (dp.active_since is not null or dp.first_active_on is not null) and %s
                """.formatted(deployment.sql()))
                .params(deployment.params()).param("from", period.start()).param("to", period.end())
                .query(rs -> {
                    if (rs.getBoolean(2)) {
                        inUse.merge(rs.getObject(1, UUID.class), 1, Integer::sum);
                    }
                    UUID dealOwner = rs.getObject(3, UUID.class);
                    LocalDate firstActive = rs.getObject(5, LocalDate.class);
                    if (dealOwner != null && firstActive != null) {
                        LocalDate won = period.dayOf(rs.getObject(4, OffsetDateTime.class));
                        days.computeIfAbsent(dealOwner, k -> new ArrayList<>())
                                .add(ChronoUnit.DAYS.between(won, firstActive));
                    }
                });
        return new Deployed(inUse, days);
    }

    /** The visible deployments in active use now, for the headline. */
    int inActiveUseCount(Actor reader) {
        SqlFilter deployment = deployments.readFilterForMany(reader);
        return jdbc.sql("select count(*) from deployment dp where dp.active_since is not null and " + deployment.sql())
                .params(deployment.params()).query(Integer.class).single();
    }
}
