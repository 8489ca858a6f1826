package app.handshake.partners.ranking;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who vouches for a partner, in words and in fields: "Anna Berg (trusted, 12 years) recommended them in 2024:
 * 'stayed until it was fixed'". {@code years} counts from the team's first touchpoint with that person.
 */
public record VouchingPath(UUID endorsementId, String endorserName, String tier, @Nullable Integer years, int year,
        int rating, @Nullable String said, String text) {

    static VouchingPath of(Vouch vouch, @Nullable Integer years) {
        StringBuilder text = new StringBuilder(vouch.endorserName());
        String standing = standing(vouch.tier(), years);
        if (standing != null) {
            text.append(" (").append(standing).append(')');
        }
        text.append(vouch.rating() >= 3 ? " recommended them in " : " warned against them in ")
                .append(vouch.endorsedOn().getYear());
        if (vouch.said() != null && !vouch.said().isBlank()) {
            text.append(": '").append(vouch.said().strip()).append('\'');
        }
        return new VouchingPath(vouch.endorsementId(), vouch.endorserName(), vouch.tier(), years,
                vouch.endorsedOn().getYear(), vouch.rating(), vouch.said(), text.toString());
    }

    /** What the endorser is to the reader, as the path says it in brackets ("trusted, 12 years"); none for "you". */
    public @Nullable String standing() {
        return standing(tier, years);
    }

    private static @Nullable String standing(String tier, @Nullable Integer years) {
        if (tier.equals("you")) {
            return null;
        }
        return years != null && years > 0 ? tier + ", " + years + (years == 1 ? " year" : " years") : tier;
    }
}
