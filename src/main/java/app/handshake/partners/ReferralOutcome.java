package app.handshake.partners;

import app.handshake.shared.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonCreator;

/** What came of a referral; the delivered ones count in the partner's delivery record. */
public enum ReferralOutcome {
    engaged, declined, delivered_well, delivered_badly;

    @JsonCreator
    public static ReferralOutcome of(String key) {
        for (ReferralOutcome outcome : values()) {
            if (outcome.name().equals(key)) {
                return outcome;
            }
        }
        throw new InvalidRequestException("outcome", "must be engaged, declined, delivered_well or delivered_badly");
    }
}
