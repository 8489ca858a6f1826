package app.handshake.touchpoints;

import app.handshake.accounts.Actor;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The channel a new touchpoint most likely has: the one the user logged last, else the team's usual one lately. */
@Service
@Transactional(readOnly = true)
public class ChannelHabits {

    /** Enough recent touchpoints to know the team's habit, few enough to read in an index range. */
    private static final int RECENT = 200;

    private final JdbcClient jdbc;

    ChannelHabits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Channel likelyFor(Actor actor) {
        return lastOf(actor).or(this::usualLately).orElse(Channel.phone);
    }

    private Optional<Channel> lastOf(Actor actor) {
        return jdbc.sql("""
                select channel from touchpoint where owner_id = :me
                 order by occurred_at desc fetch first 1 rows only""")
                .param("me", actor.userId()).query(String.class).optional().map(Channel::valueOf);
    }

    /** Shared touchpoints only: a colleague's private ones say nothing, not even in a count. */
    private Optional<Channel> usualLately() {
        return jdbc.sql("""
                select channel from (select channel from touchpoint where visibility = 'shared'
                                      order by occurred_at desc fetch first %d rows only) recent
                 group by channel order by count(*) desc, channel fetch first 1 rows only""".formatted(RECENT))
                .query(String.class).optional().map(Channel::valueOf);
    }
}
