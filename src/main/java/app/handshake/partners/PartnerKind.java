package app.handshake.partners;

import app.handshake.shared.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonCreator;

/** A firm (an organization of the workspace) or an individual tradesperson (a person of the workspace). */
public enum PartnerKind {
    company, individual;

    @JsonCreator
    public static PartnerKind of(String key) {
        for (PartnerKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new InvalidRequestException("kind", "must be company or individual");
    }
}
