package app.handshake.partners.ranking;

import java.util.List;
import java.util.UUID;

/**
 * A partner in the answer to a referral search: its score = (0.05 + trust) x delivery x fit, the three parts, the
 * reasons in words, and the strongest endorsements that count (at most three), as paths of people.
 */
public record RankedPartner(UUID partnerId, String name, double score, double trust, double delivery, double fit,
        List<String> reasons, List<VouchingPath> paths) {}
