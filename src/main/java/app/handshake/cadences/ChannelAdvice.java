package app.handshake.cadences;

import app.handshake.touchpoints.Channel;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Which channel to suggest for the next touchpoint, and why: vary the mix. A cadence that names a channel
 * gets that channel; a long silence or an important relationship or account without a face-to-face meeting
 * gets a visit; two written touchpoints in a row get a call. The reason says only what is true of this
 * person as the one reminded sees them: a connection is never called a relationship, and someone nobody has
 * been in touch with is not "silent".
 */
final class ChannelAdvice {

    record Suggestion(Channel channel, String why) {}

    private ChannelAdvice() {}

    /**
     * {@code tier}: the team's tier of the person; {@code valueWeight}: their organization's weight (3 strategic,
     * 2 key); {@code recentChannels}: the last touchpoints the one reminded may see, newest first.
     */
    static Suggestion suggest(Channel required, List<Channel> recentChannels, OffsetDateTime lastFaceToFace,
            String tier, double valueWeight, long daysOverdue, int intervalDays, OffsetDateTime now) {
        if (required != null) {
            return new Suggestion(required, "The cadence asks for " + required.count(1).replaceFirst("^1 ", "a "));
        }
        boolean close = "trusted".equals(tier) || "relationship".equals(tier);
        String account = valueWeight >= 3 ? "strategic account" : valueWeight >= 2 ? "key account" : null;
        if (lastFaceToFace == null && close) {
            return new Suggestion(Channel.in_person, ("trusted".equals(tier) ? "A trusted relationship"
                    : "An important relationship") + ", never met in person: go and see them");
        }
        if (lastFaceToFace == null && account != null) {
            return new Suggestion(Channel.in_person, ("acquaintance".equals(tier) ? "An acquaintance" : "A connection")
                    + " at a " + account + (recentChannels.isEmpty() ? ", not in touch yet" : ", never met in person")
                    + ": go and see them");
        }
        if (recentChannels.isEmpty()) {
            return new Suggestion(Channel.phone, "Not in touch yet: a call to introduce yourself");
        }
        long sinceFaceToFace = lastFaceToFace == null ? Long.MAX_VALUE : Duration.between(lastFaceToFace, now).toDays();
        if (daysOverdue > intervalDays && sinceFaceToFace > 180) {
            return new Suggestion(Channel.in_person, lastFaceToFace == null
                    ? "Silent for long and never met in person: a visit says more than a message"
                    : "Silent for long; last met in person " + sinceFaceToFace / 30 + " months ago");
        }
        if (recentChannels.size() >= 2 && written(recentChannels.get(0)) && written(recentChannels.get(1))) {
            return new Suggestion(Channel.phone, "The last two touchpoints were written: call this time");
        }
        if (recentChannels.getFirst() == Channel.phone) {
            return new Suggestion(Channel.email, "Last time was a call: a short note keeps the thread");
        }
        return new Suggestion(Channel.phone, "A call keeps it personal");
    }

    /**
     * The advice for a lost deal's nurture: a personal channel, never only an email. A cadence that names a
     * channel still gets it; someone not met face to face for a season is invited to a meal or visited.
     */
    static Suggestion forNurture(Channel required, List<Channel> recentChannels, OffsetDateTime lastFaceToFace,
            OffsetDateTime now) {
        if (required != null) {
            return new Suggestion(required, "The cadence asks for " + required.count(1).replaceFirst("^1 ", "a "));
        }
        if (lastFaceToFace == null) {
            return new Suggestion(Channel.in_person, "Nurture after a lost deal, never met in person: go and see them");
        }
        long sinceFaceToFace = Duration.between(lastFaceToFace, now).toDays();
        if (sinceFaceToFace > NURTURE_FACE_TO_FACE_DAYS) {
            return new Suggestion(Channel.meal, "Nurture after a lost deal; last met in person "
                    + (sinceFaceToFace < 60 ? sinceFaceToFace + " days" : sinceFaceToFace / 30 + " months")
                    + " ago: ask them to lunch");
        }
        if (!recentChannels.isEmpty() && recentChannels.getFirst().isFaceToFace()) {
            return new Suggestion(Channel.phone, "Nurture after a lost deal: met in person lately, a call keeps it"
                    + " personal");
        }
        return new Suggestion(Channel.phone, "Nurture after a lost deal: a call, not an email, keeps you the one"
                + " they call");
    }

    /** How long a nurtured decision maker may go without a face-to-face meeting before a meal is suggested. */
    static final int NURTURE_FACE_TO_FACE_DAYS = 90;

    private static boolean written(Channel channel) {
        return channel == Channel.email || channel == Channel.message || channel == Channel.social;
    }
}
