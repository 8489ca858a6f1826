package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.ManyRowsFilter;
import app.handshake.deployments.Deployments;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
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
        ManyRowsFilter visible = deployments.readFilterForManyRows(reader);
        // The deals won in the period, from the index that holds them: a deployment's deal is one the reader may see
        // when the deployment is, so only those of the visible deployments below count.
        Map<UUID, Won> won = new HashMap<>();
        jdbc.sql("select d.id, d.owner_id, d.closed_at from deal d"
                        + " where d.outcome = 'won' and d.closed_at >= :from and d.closed_at < :to")
                .param("from", period.start()).param("to", period.end())
                .query((RowCallbackHandler) rs -> won.put(rs.getObject(1, UUID.class),
                        new Won(rs.getObject(2, UUID.class), period.dayOf(rs.getObject(3, OffsetDateTime.class)))));
        Map<UUID, Integer> inUse = new HashMap<>();
        Map<UUID, List<Long>> days = new HashMap<>();
        jdbc.sql("""
                select dp.owner_id, dp.active_since is not null, dp.first_active_on, dp.organization_id, dp.deal_id
                  from deployment dp
                 where (dp.active_since is not null or dp.first_active_on is not null) and %s
                """.formatted(visible.perRow().sql()))
                .params(visible.perRow().params())
                .query(rs -> {
                    UUID deal = rs.getObject(5, UUID.class);
                    if (visible.hides(rs.getObject(4, UUID.class), deal)) {
                        return;
                    }
                    if (rs.getBoolean(2)) {
                        inUse.merge(rs.getObject(1, UUID.class), 1, Integer::sum);
                    }
                    LocalDate firstActive = rs.getObject(3, LocalDate.class);
                    Won wonInPeriod = deal == null ? null : won.get(deal);
                    if (firstActive != null && wonInPeriod != null) {
                        days.computeIfAbsent(wonInPeriod.ownerId(), k -> new ArrayList<>())
                                .add(ChronoUnit.DAYS.between(wonInPeriod.day(), firstActive));
                    }
                });
        return new Deployed(inUse, days);
    }

    private record Won(UUID ownerId, LocalDate day) {}

    /** The visible deployments in active use now, for the headline. */
    int inActiveUseCount(Actor reader) {
        ManyRowsFilter visible = deployments.readFilterForManyRows(reader);
        int[] count = {0};
        jdbc.sql("select dp.organization_id, dp.deal_id from deployment dp where dp.active_since is not null and "
                        + visible.perRow().sql())
                .params(visible.perRow().params())
                .query(rs -> {
                    if (!visible.hides(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))) {
                        count[0]++;
                    }
                });
        return count[0];
    }
}
