package app.handshake.accounts;

import app.handshake.shared.InvalidRequestException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's time zone. Read from the database rather than kept in the signed-in session, so that a change shows
 * at once on every page and every node (the signed-in user's is read with the user on every request). A user who
 * has not chosen one is in the workspace's zone (the clock's, UTC unless configured) until their browser's zone is
 * taken on their first page.
 */
@Service
@Transactional
public class TimeZones {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    TimeZones(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The zone a user's days and times are in. */
    @Transactional(readOnly = true)
    public ZoneId zoneOf(UUID userId) {
        return chosen(userId).orElse(clock.getZone());
    }

    /**
     * The zone of a user as read with their record: the signed-in user's is read afresh on every request
     * ({@code FreshSignIn}, the API token check), so a page or API call needs no read of its own.
     */
    public ZoneId zoneOf(UserView user) {
        return user.timeZone() != null ? user.timeZone() : clock.getZone();
    }

    /** The zone of a user who has not chosen one. */
    public ZoneId workspaceZone() {
        return clock.getZone();
    }

    /** The zone a user chose (or their browser gave), if any. */
    @Transactional(readOnly = true)
    public Optional<ZoneId> chosen(UUID userId) {
        return jdbc.sql("select time_zone from app_user where id = ?").param(userId).query(String.class).optional()
                .map(ZoneId::of);
    }

    /** Sets one's own time zone. */
    public ZoneId choose(Actor actor, String zone) {
        ZoneId parsed = parse(zone);
        String before = chosen(actor.userId()).map(ZoneId::getId).orElse(null);
        jdbc.sql("update app_user set time_zone = ? where id = ?").param(parsed.getId()).param(actor.userId()).update();
        if (!parsed.getId().equals(before)) {
            audit.updated(actor.userId(), "user", actor.userId(), "time zone",
                    java.util.Map.of("timeZone", new AuditTrail.Change(before, parsed.getId())));
        }
        return parsed;
    }

    /**
     * Takes the browser's zone for a user who has none yet; says whether it did. A zone already chosen is kept:
     * a laptop abroad does not move someone's days.
     */
    public boolean takeFromBrowser(Actor actor, String zone) {
        ZoneId parsed = parse(zone);
        return jdbc.sql("update app_user set time_zone = ? where id = ? and time_zone is null").param(parsed.getId())
                .param(actor.userId()).update() == 1;
    }

    private static ZoneId parse(String zone) {
        String id = zone == null ? "" : zone.strip();
        // Region names only (Europe/London): a fixed offset such as +01:00 would be wrong half the year.
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidRequestException("timeZone", "must be a time zone name such as Europe/London");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timeZone", "must be a time zone name such as Europe/London");
        }
    }
}
