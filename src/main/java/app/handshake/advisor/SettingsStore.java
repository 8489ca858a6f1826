package app.handshake.advisor;

import app.handshake.people.OrganizationTier;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The advisor's settings row and its value thresholds per currency. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    AdvisorSettings read() {
        Map<String, Long> from = new TreeMap<>();
        jdbc.sql("select currency, min_amount from advisor_value_threshold")
                .query((rs, n) -> from.put(rs.getString(1), rs.getLong(2))).list();
        return jdbc.sql("""
                        select meet_within_months, virtual_only_months, important_tier, single_threaded_touchpoints,
                               single_threaded_days, cooling_points, cooling_days, overdue_days, nurture_missed_months
                          from advisor_setting where id = 1""")
                .query((rs, n) -> new AdvisorSettings(from, rs.getInt(1), rs.getInt(2),
                        OrganizationTier.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getInt(7), rs.getInt(8), rs.getInt(9)))
                .single();
    }

    void write(AdvisorSettings settings) {
        jdbc.sql("""
                        update advisor_setting set meet_within_months = :meet, virtual_only_months = :virtual,
                               important_tier = :tier, single_threaded_touchpoints = :touchpoints,
                               single_threaded_days = :threadDays, cooling_points = :points, cooling_days = :coolDays,
                               overdue_days = :overdue, nurture_missed_months = :missed
                         where id = 1""")
                .param("meet", settings.meetWithinMonths()).param("virtual", settings.virtualOnlyMonths())
                .param("tier", settings.importantTier().name())
                .param("touchpoints", settings.singleThreadedTouchpoints())
                .param("threadDays", settings.singleThreadedDays()).param("points", settings.coolingPoints())
                .param("coolDays", settings.coolingDays()).param("overdue", settings.overdueDays())
                .param("missed", settings.nurtureMissedMonths()).update();
        jdbc.sql("delete from advisor_value_threshold").update();
        settings.meetFrom().forEach((currency, amount) -> jdbc.sql(
                        "insert into advisor_value_threshold (currency, min_amount) values (:currency, :amount)")
                .param("currency", currency).param("amount", amount).update());
    }
}
