package app.handshake.partners.ranking;

import java.util.List;
import java.util.UUID;

/**
 * A partner that offers the specialty asked for where it is asked for, with how well it fits and its record.
 *
 * @param fit 0..1 from the best of its areas for the place asked for (1 when no place was asked)
 * @param taken deployments it took part in plus referrals with a delivered outcome
 * @param delivered of those, deployments that reached active use and referrals delivered well
 */
public record Candidate(UUID partnerId, String name, double fit, List<String> fitReasons, int taken, int delivered,
        int currentCertifications) {}
