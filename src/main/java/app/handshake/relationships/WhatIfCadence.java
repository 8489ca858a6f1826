package app.handshake.relationships;

import app.handshake.shared.InvalidRequestException;
import app.handshake.touchpoints.Channel;
import app.handshake.touchpoints.Topic;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A cadence to try on a relationship: a touchpoint of {@code channel} (initiated by us) every {@code every},
 * or no further touch when it is null, looked at over {@code horizon} from now. Periods and durations are
 * ISO-8601 (P30D, P2W, P1M, PT36H); a month of P1M is a calendar month, so "monthly" never drifts.
 */
public record WhatIfCadence(@Nullable Channel channel, Topic topic, @Nullable TemporalAmount every,
        TemporalAmount horizon) {

    static final Period DEFAULT_HORIZON = Period.ofYears(1);
    static final Period LONGEST_HORIZON = Period.ofYears(3);

    /** Reads what a client sent, naming the parameter at fault; {@code every} absent or "none": no further touch. */
    public static WhatIfCadence parse(@Nullable String channel, @Nullable String every, @Nullable String horizon,
            @Nullable String topic) {
        TemporalAmount cadence = blank(every) || every.trim().equalsIgnoreCase("none") ? null : amount("every", every);
        if (cadence != null && tooShort(cadence)) {
            throw new InvalidRequestException("every", "must be at least a day (P1D), or none");
        }
        Channel touch = blank(channel) ? null : channel(channel.trim());
        if (cadence != null && touch == null) {
            throw new InvalidRequestException("channel", "must be given with every: one of " + keys(Channel.values()));
        }
        return new WhatIfCadence(touch, topic(topic), cadence, blank(horizon) ? DEFAULT_HORIZON : amount("for", horizon));
    }

    /**
     * How many whole months after now the projection runs: the last month point is within the horizon. Refuses
     * a horizon shorter than a month or longer than three years.
     */
    int months(OffsetDateTime now) {
        OffsetDateTime end = now.plus(horizon);
        if (end.isAfter(now.plus(LONGEST_HORIZON))) {
            throw new InvalidRequestException("for", "must be at most three years (P3Y)");
        }
        if (end.isBefore(now.plusMonths(1))) {
            throw new InvalidRequestException("for", "must be at least a month (P1M)");
        }
        int months = 0;
        while (!now.plusMonths(months + 1).isAfter(end)) {
            months++;
        }
        return months;
    }

    /** When the cadence's touchpoints fall: now + every, now + 2 × every, ... up to {@code until}. */
    List<OffsetDateTime> touches(OffsetDateTime now, OffsetDateTime until) {
        List<OffsetDateTime> touches = new ArrayList<>();
        if (every == null) {
            return touches;
        }
        for (int k = 1; ; k++) {
            // Multiplied rather than added up, so that P1M from 31 January is 28 February, then 31 March.
            OffsetDateTime at = now.plus(every instanceof Period p ? p.multipliedBy(k) : ((Duration) every).multipliedBy(k));
            if (at.isAfter(until)) {
                return touches;
            }
            touches.add(at);
        }
    }

    /** "Calling monthly", "Meeting in person quarterly", "No further touch". */
    public String words() {
        if (every == null || channel == null) {
            return "No further touch";
        }
        return doing(channel) + " " + CadenceFrequency.of(every) + (topic == Topic.personal ? " on a personal note" : "");
    }

    /** {@code every} as ISO-8601, or "none". */
    public String everyText() {
        return every == null ? "none" : every.toString();
    }

    private static String doing(Channel channel) {
        return switch (channel) {
            case in_person -> "Meeting in person";
            case meal -> "Sharing a meal";
            case event -> "Meeting at an event";
            case video -> "A video call";
            case phone -> "Calling";
            case email -> "Emailing";
            case message -> "Messaging";
            case social -> "A social touch";
        };
    }

    private static TemporalAmount amount(String field, String text) {
        String iso = text.trim().toUpperCase(Locale.ROOT);
        try {
            TemporalAmount amount = iso.contains("T") ? Duration.parse(iso) : Period.parse(iso);
            boolean positive = amount instanceof Period p ? !p.isNegative() && !p.isZero()
                    : !((Duration) amount).isNegative() && !((Duration) amount).isZero();
            if (positive) {
                return amount;
            }
        } catch (DateTimeParseException e) {
            // Said below, in the client's words.
        }
        throw new InvalidRequestException(field, "must be an ISO-8601 period such as P30D, P2W or P1M"
                + (field.equals("every") ? ", or none" : ""));
    }

    private static boolean tooShort(TemporalAmount every) {
        return every instanceof Duration d && d.compareTo(Duration.ofDays(1)) < 0;
    }

    private static Channel channel(String key) {
        try {
            return Channel.valueOf(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("channel", "must be one of " + keys(Channel.values()));
        }
    }

    private static Topic topic(@Nullable String key) {
        if (blank(key)) {
            return Topic.business;
        }
        try {
            return Topic.valueOf(key.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("topic", "must be one of " + keys(Topic.values()));
        }
    }

    private static String keys(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
