package app.handshake.deployments;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The workspace's one row of deployment settings. */
@Repository
class DeploymentSettingsStore {

    private final JdbcClient jdbc;

    DeploymentSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DeploymentSettings read() {
        return jdbc.sql("select active_share_percent, active_days, obstacle_days, falling_days, stalled_days"
                + " from deployment_setting where id = 1").query(DeploymentSettings.class).single();
    }

    void write(DeploymentSettings settings) {
        jdbc.sql("""
                update deployment_setting set active_share_percent = :share, active_days = :days,
                       obstacle_days = :obstacle, falling_days = :falling, stalled_days = :stalled
                 where id = 1
                """).param("share", settings.activeSharePercent()).param("days", settings.activeDays())
                .param("obstacle", settings.obstacleDays()).param("falling", settings.fallingDays())
                .param("stalled", settings.stalledDays()).update();
    }
}
