package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.People;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cadences long past their due date on some team members' Today: the people the reader may see, snoozes kept. */
@Service
@Transactional(readOnly = true)
public class OverdueCadences {

    private final JdbcClient jdbc;
    private final People people;

    OverdueCadences(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record Overdue(UUID personId, UUID assigneeId, OffsetDateTime dueAt, int intervalDays) {}

    /** Those due before {@code dueBefore} and not snoozed past {@code now} by their assignee, longest overdue first. */
    public List<Overdue> dueBefore(Actor reader, Collection<UUID> assigneeIds, OffsetDateTime dueBefore,
            OffsetDateTime now) {
        if (assigneeIds.isEmpty()) {
            return List.of();
        }
        SqlFilter visible = people.readFilter(reader);
        Map<String, Object> params = new HashMap<>(visible.params());
        params.put("assignees", assigneeIds);
        params.put("before", dueBefore);
        params.put("now", now);
        return jdbc.sql("""
                        select c.person_id, c.assignee_id, c.due_at, c.interval_days
                          from cadence_due c join person p on p.id = c.person_id
                         where c.assignee_id in (:assignees) and c.due_at < :before and %s
                           and not exists (select 1 from agenda_snooze s where s.user_id = c.assignee_id
                                            and s.person_id = c.person_id and s.until > :now)
                         order by c.due_at, c.person_id""".formatted(visible.sql()))
                .params(params).query(Overdue.class).list();
    }
}
