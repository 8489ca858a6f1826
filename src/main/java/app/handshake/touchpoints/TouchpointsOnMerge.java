package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import app.handshake.accounts.RecordAccess.SqlFilter;
import app.handshake.people.MergeNote;
import app.handshake.people.MergeParticipant;
import app.handshake.people.PersonMerge;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells how many touchpoints a merge moves to the survivor's timeline; the moving itself is done on
 * {@link app.handshake.people.PeopleMerged}. Counted among those the actor may see: a count never tells of
 * someone else's private touchpoints.
 */
@Component
class TouchpointsOnMerge implements MergeParticipant {

    private final JdbcClient jdbc;
    private final Touchpoints touchpoints;

    TouchpointsOnMerge(JdbcClient jdbc, Touchpoints touchpoints) {
        this.jdbc = jdbc;
        this.touchpoints = touchpoints;
    }

    @Override
    public List<MergeNote> preview(Actor actor, PersonMerge merge) {
        SqlFilter visible = touchpoints.readFilter(actor);
        long moved = jdbc.sql("""
                select count(*) from touchpoint t join touchpoint_person d on d.touchpoint_id = t.id
                 where d.person_id = :duplicate and %s
                   and not exists (select 1 from touchpoint_person s where s.touchpoint_id = t.id and s.person_id = :survivor)
                """.formatted(visible.sql()))
                .params(visible.params()).param("duplicate", merge.duplicateId()).param("survivor", merge.survivorId())
                .query(Long.class).single();
        return List.of(new MergeNote("touchpoints", moved == 0 ? "No touchpoints to move."
                : moved + (moved == 1 ? " touchpoint" : " touchpoints") + " with " + merge.duplicateName() + " move to "
                        + merge.survivorName() + "'s timeline.", Map.of("moved", moved)));
    }
}
