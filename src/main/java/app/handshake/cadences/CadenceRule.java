package app.handshake.cadences;

import app.handshake.touchpoints.Channel;
import java.util.UUID;

/** A cadence for every person with a tag, a team tier or an organization tier. */
public record CadenceRule(UUID id, Kind kind, String value, int intervalDays, Channel channel) {

    public enum Kind {
        tag, tier, organization_tier
    }

    /** "every 30 days, by phone, for people tagged vip" */
    public String describe() {
        return "every " + intervalDays + " days" + (channel == null ? "" : " by " + channel.label().toLowerCase())
                + " for " + switch (kind) {
                    case tag -> "people tagged " + value;
                    case tier -> value + " relationships";
                    case organization_tier -> "people at " + value + " organizations";
                };
    }
}
