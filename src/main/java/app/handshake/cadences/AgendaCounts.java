package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.people.People;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How full each team member's Today is, as a manager sees it: the people overdue and due today on their
 * agenda (snoozes respected), counting only people the viewer may see. One query for the whole team.
 */
@Service
@Transactional(readOnly = true)
public class AgendaCounts {

    private final JdbcClient jdbc;
    private final People people;
    private final Clock clock;

    AgendaCounts(JdbcClient jdbc, People people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    /** Overdue: due before today began; due today: due by the end of today. */
    public record Count(int overdue, int dueToday) {

        public static final Count NONE = new Count(0, 0);

        public int total() {
            return overdue + dueToday;
        }
    }

    public Map<UUID, Count> of(Actor viewer, Collection<UUID> assignees) {
        Map<UUID, Count> counts = new HashMap<>();
        if (assignees.isEmpty()) {
            return counts;
        }
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime startOfToday = today.atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime endOfToday = today.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        var visible = people.readFilter(viewer);
        jdbc.sql("""
                select d.assignee_id,
                       count(*) filter (where d.due_at < :startOfToday) as overdue,
                       count(*) filter (where d.due_at >= :startOfToday) as due_today
                  from cadence_due d join person p on p.id = d.person_id
                 where d.assignee_id in (:assignees) and d.due_at <= :endOfToday and %s
                   and not exists (select 1 from agenda_snooze s
                                    where s.user_id = d.assignee_id and s.person_id = d.person_id and s.until > :now)
                 group by d.assignee_id
                """.formatted(visible.sql()))
                .params(visible.params())
                .param("assignees", assignees).param("startOfToday", startOfToday).param("endOfToday", endOfToday)
                .param("now", OffsetDateTime.now(clock))
                .query((rs, n) -> Map.entry(rs.getObject("assignee_id", UUID.class),
                        new Count(rs.getInt("overdue"), rs.getInt("due_today"))))
                .list()
                .forEach(row -> counts.put(row.getKey(), row.getValue()));
        return counts;
    }
}
