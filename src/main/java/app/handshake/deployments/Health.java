package app.handshake.deployments;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a deployment is doing: on track, at risk (something is late, stuck or falling) or stalled. */
public enum Health {
    ON_TRACK("on_track", "On track"), AT_RISK("at_risk", "At risk"), STALLED("stalled", "Stalled");

    private final String key;
    private final String label;

    Health(String key, String label) {
        this.key = key;
        this.label = label;
    }

    @JsonValue
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public static Health of(String key) {
        for (Health health : values()) {
            if (health.key.equals(key)) {
                return health;
            }
        }
        throw new app.handshake.shared.InvalidRequestException("health", "must be on_track, at_risk or stalled");
    }
}
