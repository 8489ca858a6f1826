package app.handshake.partners.ranking;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "electrical, Minneapolis": the specialties the need was read as, the place as resolved (null when
 * none was asked or none is known), notes on how the search was read, and the partners best first.
 */
public record ReferralResults(String need, List<String> specialties, @Nullable String near, @Nullable String place,
        List<String> notes, List<RankedPartner> results) {}
