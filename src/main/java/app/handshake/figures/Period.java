package app.handshake.figures;

import app.handshake.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * The days the figures are over, both included, in the reader's zone: by default the last twelve months up to
 * today. At most five years, so that one request cannot ask the database for everything ever closed.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone) {

    static final int MOST_YEARS = 5;

    static Period of(@Nullable LocalDate from, @Nullable LocalDate to, LocalDate today, ZoneId zone) {
        LocalDate last = to != null ? to : today;
        LocalDate first = from != null ? from : last.minusYears(1).plusDays(1);
        if (first.isAfter(last)) {
            throw new InvalidRequestException("from", "must not be after to");
        }
        if (last.isAfter(first.plusYears(MOST_YEARS))) {
            throw new InvalidRequestException("to", "must be at most " + MOST_YEARS + " years after from");
        }
        return new Period(first, last, zone);
    }

    OffsetDateTime start() {
        return first(from);
    }

    /** The first moment after the period: the start of the day after its last. */
    OffsetDateTime end() {
        return first(to.plusDays(1));
    }

    LocalDate dayOf(OffsetDateTime at) {
        return at.atZoneSameInstant(zone).toLocalDate();
    }

    private OffsetDateTime first(LocalDate day) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
