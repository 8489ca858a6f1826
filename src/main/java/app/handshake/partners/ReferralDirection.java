package app.handshake.partners;

import app.handshake.shared.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonCreator;

/** Given: we sent someone to the partner. Received: someone sent us to the partner, or the partner sent us someone. */
public enum ReferralDirection {
    given, received;

    @JsonCreator
    public static ReferralDirection of(String key) {
        for (ReferralDirection direction : values()) {
            if (direction.name().equals(key)) {
                return direction;
            }
        }
        throw new InvalidRequestException("direction", "must be given or received");
    }
}
