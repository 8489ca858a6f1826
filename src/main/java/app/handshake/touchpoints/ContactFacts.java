package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the touchpoints say about contact with some people, as one reader may know it: when each was last
 * touched and last met face to face, and the touchpoints with an organization's people or on a deal, with who
 * took part on either side. Only touchpoints the reader may read count, so a colleague's private meeting
 * neither raises nor silences what the reader is told.
 */
@Service
@Transactional(readOnly = true)
public class ContactFacts {

    private static final List<String> FACE_TO_FACE = Arrays.stream(Channel.values()).filter(Channel::isFaceToFace)
            .map(Channel::name).toList();

    private final JdbcClient jdbc;
    private final Touchpoints touchpoints;

    ContactFacts(JdbcClient jdbc, Touchpoints touchpoints) {
        this.jdbc = jdbc;
        this.touchpoints = touchpoints;
    }

    /** When a person was last touched, and last met face to face (in person, at a meal or an event). */
    public record LastContact(@Nullable OffsetDateTime lastTouch, @Nullable OffsetDateTime lastFaceToFace) {

        public static final LastContact NEVER = new LastContact(null, null);
    }

    /** Per person (those never touched are left out), up to {@code now}: a meeting planned for later is not one. */
    public Map<UUID, LastContact> lastContact(Actor reader, Collection<UUID> personIds, OffsetDateTime now) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        var visible = touchpoints.readFilter(reader);
        Map<UUID, LastContact> last = new HashMap<>();
        jdbc.sql("""
                        select tp.person_id, max(t.occurred_at) as last_touch,
                               max(case when t.channel in (:faceToFace) then t.occurred_at end) as last_face_to_face
                          from touchpoint_person tp join touchpoint t on t.id = tp.touchpoint_id
                         where tp.person_id in (:people) and t.occurred_at <= :now and %s
                         group by tp.person_id""".formatted(visible.sql()))
                .params(visible.params()).param("faceToFace", FACE_TO_FACE).param("people", personIds)
                .param("now", now)
                .query((rs, n) -> last.put(rs.getObject(1, UUID.class), new LastContact(
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))))
                .list();
        return last;
    }

    /**
     * For each of these people, the first touchpoint in [from, to] in which this team member took part (logged it or
     * joined it), private or not: whether they met is theirs to know, and only the time is answered.
     */
    public Map<UUID, OffsetDateTime> firstWithMember(UUID userId, Collection<UUID> personIds, OffsetDateTime from,
            OffsetDateTime to) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, OffsetDateTime> first = new HashMap<>();
        jdbc.sql("""
                        select tp.person_id, min(t.occurred_at) from touchpoint_person tp
                          join touchpoint t on t.id = tp.touchpoint_id
                         where tp.person_id in (:people) and t.occurred_at >= :from and t.occurred_at <= :to
                           and (t.owner_id = :user or exists (select 1 from touchpoint_user tu
                                                               where tu.touchpoint_id = t.id and tu.user_id = :user))
                         group by tp.person_id""")
                .param("people", personIds).param("from", from).param("to", to).param("user", userId)
                .query((rs, n) -> first.put(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class)))
                .list();
        return first;
    }

    /**
     * One touchpoint as seen from an account or a deal: the people of that account (or on that deal) in it,
     * and the team members who logged it or took part.
     */
    public record Touch(UUID touchpointId, OffsetDateTime occurredAt, Channel channel, Set<UUID> personIds,
            Set<UUID> teamIds) {}

    /** The touchpoints in [from, to] with people of each organization, oldest first, by organization. */
    public Map<UUID, List<Touch>> atOrganizations(Actor reader, Collection<UUID> organizationIds, OffsetDateTime from,
            OffsetDateTime to) {
        if (organizationIds.isEmpty()) {
            return Map.of();
        }
        return touches(reader, """
                select p.organization_id as subject, t.id, t.occurred_at, t.channel, t.owner_id, tp.person_id,
                       tu.user_id
                  from touchpoint t
                  join touchpoint_person tp on tp.touchpoint_id = t.id
                  join person p on p.id = tp.person_id
                  left join touchpoint_user tu on tu.touchpoint_id = t.id
                 where p.organization_id in (:subjects) and t.occurred_at >= :from and t.occurred_at <= :to and %s
                 order by t.occurred_at, t.id""", organizationIds, from, to);
    }

    /** The touchpoints in [from, to] that name each deal, oldest first, by deal. */
    public Map<UUID, List<Touch>> onDeals(Actor reader, Collection<UUID> dealIds, OffsetDateTime from,
            OffsetDateTime to) {
        if (dealIds.isEmpty()) {
            return Map.of();
        }
        return touches(reader, """
                select t.deal_id as subject, t.id, t.occurred_at, t.channel, t.owner_id, tp.person_id, tu.user_id
                  from touchpoint t
                  join touchpoint_person tp on tp.touchpoint_id = t.id
                  left join touchpoint_user tu on tu.touchpoint_id = t.id
                 where t.deal_id in (:subjects) and t.occurred_at >= :from and t.occurred_at <= :to and %s
                 order by t.occurred_at, t.id""", dealIds, from, to);
    }

    private Map<UUID, List<Touch>> touches(Actor reader, String sql, Collection<UUID> subjects, OffsetDateTime from,
            OffsetDateTime to) {
        var visible = touchpoints.readFilter(reader);
        // One row per person and joining team member of a touchpoint: gathered back into one touch each.
        Map<UUID, Map<UUID, Touch>> bySubject = new LinkedHashMap<>();
        jdbc.sql(sql.formatted(visible.sql())).params(visible.params()).param("subjects", subjects)
                .param("from", from).param("to", to)
                .query((rs, n) -> {
                    UUID subject = rs.getObject("subject", UUID.class);
                    UUID id = rs.getObject("id", UUID.class);
                    OffsetDateTime at = rs.getObject("occurred_at", OffsetDateTime.class);
                    Channel channel = Channel.valueOf(rs.getString("channel"));
                    UUID owner = rs.getObject("owner_id", UUID.class);
                    Touch touch = bySubject.computeIfAbsent(subject, s -> new LinkedHashMap<>()).computeIfAbsent(id,
                            i -> new Touch(i, at, channel, new LinkedHashSet<>(), new LinkedHashSet<>(Set.of(owner))));
                    touch.personIds().add(rs.getObject("person_id", UUID.class));
                    UUID joined = rs.getObject("user_id", UUID.class);
                    if (joined != null) {
                        touch.teamIds().add(joined);
                    }
                    return null;
                }).list();
        Map<UUID, List<Touch>> result = new LinkedHashMap<>();
        bySubject.forEach((subject, touches) -> result.put(subject, new ArrayList<>(touches.values())));
        return result;
    }
}
