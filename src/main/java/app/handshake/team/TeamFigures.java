package app.handshake.team;

import app.handshake.accounts.Actor;
import app.handshake.accounts.Role;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.cadences.AgendaCounts;
import app.handshake.relationships.Tier;
import app.handshake.relationships.TiersHeld;
import app.handshake.shared.ForbiddenException;
import app.handshake.touchpoints.ChannelCounts;
import app.handshake.touchpoints.Channel;
import app.handshake.accounts.TimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of a manager's reports (an admin's: everyone's). Each figure counts only records the viewer
 * may see, by the same rules as every list: a manager sees their reports' private records, but not those
 * of a report's own reports, nor anyone else's.
 */
@Service
@Transactional(readOnly = true)
public class TeamFigures {

    private final Users users;
    private final AgendaCounts agendas;
    private final TiersHeld tiers;
    private final ChannelCounts channels;
    private final Clock clock;

    private final TimeZones zones;

    TeamFigures(Users users, AgendaCounts agendas, TiersHeld tiers, ChannelCounts channels, Clock clock,
            TimeZones zones) {
        this.zones = zones;
        this.users = users;
        this.agendas = agendas;
        this.tiers = tiers;
        this.channels = channels;
        this.clock = clock;
    }

    /**
     * The team as the viewer sees it; this month ({@code 2026-12}) runs from its first day to now, the day
     * starting at midnight in the viewer's time zone.
     */
    public record Team(String month, OffsetDateTime since, List<Member> members) {

        /** The most touchpoints any member had through one channel: the full length of a bar. */
        public int mostByOneChannel() {
            return members.stream().flatMap(m -> m.byChannel().stream()).mapToInt(ChannelCount::count).max().orElse(0);
        }
    }

    /** One team member's figures. */
    public record Member(UUID userId, String displayName, String email, Role role, boolean enabled, int overdue,
            int dueToday, TierCounts tiers, int touchpointsThisMonth, List<ChannelCount> byChannel) {}

    /** People held at each tier, from the member's own scores. */
    public record TierCounts(int connection, int acquaintance, int relationship, int trusted) {

        static TierCounts of(Map<Tier, Integer> held) {
            return new TierCounts(held.get(Tier.connection), held.get(Tier.acquaintance), held.get(Tier.relationship),
                    held.get(Tier.trusted));
        }
    }

    /** Touchpoints through one channel; every channel is listed, in the order of {@link Channel}. */
    public record ChannelCount(Channel channel, String label, int count) {}

    public Team of(Actor viewer) {
        if (!viewer.isAdmin() && !viewer.isManager()) {
            throw new ForbiddenException("The team view is for managers and admins");
        }
        List<UserView> members = users.list().stream()
                .filter(u -> viewer.isAdmin() || viewer.userId().equals(u.managerId()))
                .toList();
        List<UUID> ids = members.stream().map(UserView::id).toList();
        ZoneId zone = zones.zoneOf(viewer.userId());
        LocalDate firstDay = LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        OffsetDateTime since = firstDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(clock);
        var agenda = agendas.of(viewer, ids);
        var held = tiers.of(viewer, ids);
        var touched = channels.of(viewer, ids, since, now);
        return new Team(YearMonth.from(firstDay).toString(), since, members.stream().map(user -> {
            AgendaCounts.Count due = agenda.getOrDefault(user.id(), AgendaCounts.Count.NONE);
            Map<Channel, Integer> byChannel = touched.getOrDefault(user.id(), Map.of());
            List<ChannelCount> counts = Arrays.stream(Channel.values())
                    .map(c -> new ChannelCount(c, c.label(), byChannel.getOrDefault(c, 0))).toList();
            return new Member(user.id(), user.displayName(), user.email(), user.role(), user.enabled(), due.overdue(),
                    due.dueToday(), TierCounts.of(held.getOrDefault(user.id(), TiersHeld.none())),
                    counts.stream().mapToInt(ChannelCount::count).sum(), counts);
        }).toList());
    }
}
