package app.handshake.figures;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.deployments.Deployments;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Per deployment owner, and in all, the visible deployments in active use now. */
@Component
class ActiveUseFigures {

    private final JdbcClient jdbc;
    private final Deployments deployments;

    ActiveUseFigures(JdbcClient jdbc, Deployments deployments) {
        this.jdbc = jdbc;
        this.deployments = deployments;
    }

    /** Per deployment owner, the visible deployments in active use now. */
    Map<UUID, Integer> inActiveUse(Actor reader) {
        SqlFilter deployment = deployments.readFilterForMany(reader);
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
        SqlFilter deployment = deployments.readFilterForMany(reader);
        return jdbc.sql("select count(*) from deployment dp where dp.active_since is not null and " + deployment.sql())
                .params(deployment.params()).query(Integer.class).single();
    }
}
