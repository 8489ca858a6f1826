package app.handshake.cadences;

import app.handshake.accounts.Actor;
import app.handshake.accounts.UserView;
import app.handshake.accounts.Users;
import app.handshake.shared.ContentLineWriter;
import app.handshake.shared.Digests;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.PlannedTouchpoint;
import app.handshake.touchpoints.PlannedTouchpoints;
import app.handshake.touchpoints.TouchpointDetails;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's iCalendar feed of due touchpoints and planned meetings, at an address with a secret in it: anyone with the address
 * reads the feed, so only its SHA-256 is stored, and a new address revokes the old one.
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DAYS_AHEAD = 30;
    private static final int PLANNED_DAYS_BACK = 7;
    /** A planned meeting has a time but no length: an hour, the usual meeting, blocks the calendar. */
    private static final java.time.Duration PLANNED_LENGTH = java.time.Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Agenda agenda;
    private final Users users;
    private final Clock clock;
    private final PlannedTouchpoints planned;

    CalendarFeeds(JdbcClient jdbc, Agenda agenda, Users users, Clock clock, PlannedTouchpoints planned) {
        this.planned = planned;
        this.jdbc = jdbc;
        this.agenda = agenda;
        this.users = users;
        this.clock = clock;
    }

    /** A new secret for the actor's feed, replacing (and so revoking) any earlier one. Shown once. */
    public String renew(Actor actor) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        revoke(actor);
        jdbc.sql("insert into calendar_feed (user_id, secret_hash, created_at) values (:user, :hash, :now)")
                .param("user", actor.userId()).param("hash", hash(secret)).param("now", OffsetDateTime.now(clock))
                .update();
        return secret;
    }

    public void revoke(Actor actor) {
        jdbc.sql("delete from calendar_feed where user_id = :user").param("user", actor.userId()).update();
    }

    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> activeSince(Actor actor) {
        return jdbc.sql("select created_at from calendar_feed where user_id = :user").param("user", actor.userId())
                .query(OffsetDateTime.class).optional();
    }

    /** The feed behind a secret: every due touchpoint of its user for the next 30 days; empty for no such feed. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String secret) {
        if (secret == null || !secret.startsWith("cal_") || secret.length() > 80) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from calendar_feed where secret_hash = :hash").param("hash", hash(secret))
                .query(UUID.class).optional()
                .flatMap(users::find)
                .filter(UserView::enabled)
                .map(this::render);
    }

    private String render(UserView user) {
        Actor actor = user.actor();
        LocalDate today = LocalDate.now(clock);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Handshake//Keep in touch//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // A published calendar to subscribe to, not an invitation to answer (RFC 5546).
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", "Handshake: keep in touch"));
        for (Agenda.Item item : agenda.dueBy(actor, today.plusDays(DAYS_AHEAD))) {
            LocalDate day = item.overdue() ? today : item.dueAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            VEvent event = new VEvent(day, day.plusDays(1), verb(item.suggestedChannel()) + " " + item.name());
            event.add(new Uid(item.personId() + "@handshake"));
            // What PUBLISH requires of each event (RFC 5546 3.2.1): the one who keeps in touch organizes it.
            event.add(new Organizer(mailto(user.email())));
            event.add(new Description(item.why() + (item.overdue() ? " (" + item.daysOverdue() + " days overdue)" : "")
                    + ". Keep in touch every " + item.intervalDays() + " days."));
            calendar.add(event);
        }
        // Meetings the user will have (or join), at their time; from a week back, as one not yet logged is still open.
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PlannedTouchpoint meeting : planned.upcoming(actor, now.minusDays(PLANNED_DAYS_BACK),
                now.plusDays(DAYS_AHEAD))) {
            VEvent event = new VEvent(meeting.plannedAt().toInstant(),
                    meeting.plannedAt().toInstant().plus(PLANNED_LENGTH), "Meet " + String.join(", ",
                            meeting.people().stream().map(TouchpointDetails.Participant::name).toList()));
            event.add(new Uid("planned-" + meeting.id() + "@handshake"));
            event.add(new Organizer(mailto(user.email())));
            event.add(new Description((meeting.purpose() == null ? "" : meeting.purpose() + ". ")
                    + meeting.channel().label() + ". Log it in Handshake when it has happened."));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try (ContentLineWriter lines = new ContentLineWriter(out)) {
            lines.write(calendar.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toString();
    }

    private static String verb(Channel channel) {
        return switch (channel) {
            case in_person -> "Visit";
            case meal -> "Have a meal with";
            case event -> "Meet at an event:";
            case video -> "Video call";
            case phone -> "Call";
            case email -> "Email";
            case message -> "Message";
            case social -> "Reach out to";
        };
    }

    /** Quoted where an address holds what a URI may not (a quoted local part, say): one odd address never stops the feed. */
    private static URI mailto(String email) {
        try {
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("A mailto URI with quoting cannot be refused", e);
        }
    }

    private static String hash(String secret) {
        return Digests.sha256Hex(secret);
    }
}
