package app.handshake.cadences;

import app.handshake.touchpoints.Channel;
import java.util.Locale;
import java.util.Optional;

/**
 * What becomes of the cadences set on two records of one person when they merge. Each asked to keep in
 * touch at least that often, so the more frequent one wins (the survivor's on a tie); a channel is a way
 * someone chose to reach the person, so the winner's is kept, or else the other's.
 *
 * @param cadence what the merged person gets; empty when neither had one
 * @param from    whose interval it is: "survivor", "duplicate", or "none"
 * @param text    the same in a sentence
 */
record CadenceMerge(Optional<Cadence> cadence, String from, String text) {

    static CadenceMerge of(Optional<Cadence> survivor, Optional<Cadence> duplicate, String survivorName,
            String duplicateName) {
        if (survivor.isEmpty() && duplicate.isEmpty()) {
            return new CadenceMerge(Optional.empty(), "none",
                    "Neither record has a cadence set on it; rules apply to the merged person as to anyone.");
        }
        if (duplicate.isEmpty()) {
            return new CadenceMerge(survivor, "survivor", describe(survivor.get()) + ", as set on " + survivorName + ".");
        }
        if (survivor.isEmpty()) {
            return new CadenceMerge(duplicate, "duplicate", describe(duplicate.get()) + ", moved from " + duplicateName + ".");
        }
        boolean duplicateWins = duplicate.get().intervalDays() < survivor.get().intervalDays();
        Cadence winner = duplicateWins ? duplicate.get() : survivor.get();
        Cadence other = duplicateWins ? survivor.get() : duplicate.get();
        Cadence merged = new Cadence(winner.intervalDays(), winner.channel() != null ? winner.channel() : other.channel(),
                winner.assigneeId());
        StringBuilder text = new StringBuilder(describe(merged)).append(": ")
                .append(duplicateWins ? duplicateName : survivorName).append("'s, the more frequent of the two (")
                .append(duplicateWins ? survivorName : duplicateName).append("'s was ").append(describe(other)
                        .toLowerCase(Locale.ROOT)).append(")");
        if (winner.channel() == null && other.channel() != null) {
            text.append("; the channel ").append(label(other.channel())).append(" is kept");
        } else if (winner.channel() != null && other.channel() != null && winner.channel() != other.channel()) {
            text.append("; ").append(label(other.channel())).append(" gives way to ").append(label(winner.channel()));
        }
        return new CadenceMerge(Optional.of(merged), duplicateWins ? "duplicate" : "survivor", text.append('.').toString());
    }

    private static String describe(Cadence cadence) {
        return "Every " + cadence.intervalDays() + " days" + (cadence.channel() == null ? "" : " by " + label(cadence.channel()));
    }

    private static String label(Channel channel) {
        return channel.label().toLowerCase(Locale.ROOT);
    }
}
