package app.handshake.people.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** "3 days ago", "5 months ago": how long since the last touch, in the words a list is scanned by. */
public final class LastTouch {

    private final LocalDate today;
    private final java.time.ZoneId zone;

    LastTouch(Clock clock) {
        this.today = LocalDate.now(clock);
        this.zone = clock.getZone();
    }

    public String of(OffsetDateTime at) {
        if (at == null) {
            return "Never";
        }
        long days = ChronoUnit.DAYS.between(at.atZoneSameInstant(zone).toLocalDate(), today);
        if (days <= 0) {
            return "Today";
        }
        if (days == 1) {
            return "Yesterday";
        }
        if (days < 14) {
            return days + " days ago";
        }
        if (days < 61) {
            return days / 7 + " weeks ago";
        }
        if (days < 730) {
            return days / 30 + " months ago";
        }
        return days / 365 + " years ago";
    }
}
