package app.handshake.partners.ranking;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One endorsement as the reader weighs it: who gave it (only someone the reader may see), how much the reader's
 * trust reaches them ({@code weight}, 0..1, from the reader's and the team's relationship tier), the circle they
 * belong to (voices of one circle repeat each other), and what they said.
 *
 * @param tier what the endorser is to the reader: you, team, trusted, relationship, acquaintance, connection
 * @param circle endorsers of one circle count with diminishing returns: an organization, the team, or one person
 * @param forTheNeed whether it was given for the specialty asked for (others count half)
 */
public record Vouch(UUID endorsementId, UUID partnerId, @Nullable UUID endorserPersonId, String endorserName,
        String tier, double weight, String circle, int rating, LocalDate endorsedOn, boolean forTheNeed,
        @Nullable String said) {

    /**
     * The same endorsement with its endorser's name and what they said, read only for the endorsements shown; as it
     * was when they are gone (deleted since it was weighed).
     */
    Vouch shown(PartnerSearch.@Nullable Words words) {
        if (words == null) {
            return this;
        }
        return new Vouch(endorsementId, partnerId, endorserPersonId, words.endorserName(), tier, weight, circle, rating,
                endorsedOn, forTheNeed, words.said());
    }
}
