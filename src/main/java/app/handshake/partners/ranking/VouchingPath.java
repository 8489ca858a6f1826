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
        if (!vouch.tier().equals("you")) {
            text.append(" (").append(vouch.tier());
            if (years != null && years > 0) {
                text.append(", ").append(years).append(years == 1 ? " year" : " years");
            }
            text.append(')');
        }
        text.append(vouch.rating() >= 3 ? " recommended them in " : " warned against them in ")
                .append(vouch.endorsedOn().getYear());
        if (vouch.said() != null && !vouch.said().isBlank()) {
            text.append(": '").append(vouch.said().strip()).append('\'');
        }
        return new VouchingPath(vouch.endorsementId(), vouch.endorserName(), vouch.tier(), years,
                vouch.endorsedOn().getYear(), vouch.rating(), vouch.said(), text.toString());
    }
}
