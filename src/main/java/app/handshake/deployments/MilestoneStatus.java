package app.handshake.deployments;

/** Where a milestone stands; done and dropped are finished. */
public enum MilestoneStatus {
    planned, in_progress, done, dropped;

    public boolean finished() {
        return this == done || this == dropped;
    }

    public static MilestoneStatus of(String key) {
        for (MilestoneStatus status : values()) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        throw new app.handshake.shared.InvalidRequestException("status", "must be planned, in_progress, done or dropped");
    }
}
