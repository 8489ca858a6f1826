package app.handshake.partners;

import app.handshake.shared.InvalidRequestException;
import com.fasterxml.jackson.annotation.JsonCreator;

/** How a service area is given: by a place's name, or as a circle. */
public enum AreaKind {
    city, region, country, radius;

    @JsonCreator
    public static AreaKind of(String key) {
        for (AreaKind kind : values()) {
            if (kind.name().equals(key)) {
                return kind;
            }
        }
        throw new InvalidRequestException("kind", "must be city, region, country or radius");
    }
}
