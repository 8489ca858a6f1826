package app.handshake.partners;

import java.util.UUID;

/**
 * What a partner has delivered, as far as the reader may see: the deployments it took part in and how many of them
 * reached active use, its referrals that ended delivered well or badly, and its certifications current or expired
 * today. Counts only: how they weigh is the ranking's business.
 */
public record DeliveryRecord(UUID partnerId, long deployments, long reachedActiveUse, long deliveredWell,
        long deliveredBadly, long certificationsCurrent, long certificationsExpired) {

    static DeliveryRecord none(UUID partnerId) {
        return new DeliveryRecord(partnerId, 0, 0, 0, 0, 0, 0);
    }
}
