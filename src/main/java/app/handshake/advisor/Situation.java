package app.handshake.advisor;

import app.handshake.accounts.Actor;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What advice is worked out from: who reads it (and may see what), whose records are in view (the reader's
 * own, or their team's), the moment, the reader's time zone for the dates in the reasons, and the settings.
 */
record Situation(Actor reader, Set<UUID> owners, OffsetDateTime now, ZoneId zone, AdvisorSettings settings) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A moment as a day in the reader's zone, as the reasons say it: "12 Mar 2026". */
    String day(OffsetDateTime at) {
        return DAY.format(at.atZoneSameInstant(zone));
    }

    /** Whole months from {@code at} to now (30-day months: "14 months ago"). */
    long monthsSince(OffsetDateTime at) {
        return java.time.Duration.between(at, now).toDays() / 30;
    }

    /** The facts a recommendation rests on, as one short digest: a dismissal holds while it stays the same. */
    static String digest(@Nullable Object... facts) {
        StringBuilder text = new StringBuilder();
        for (Object fact : facts) {
            text.append(fact).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
