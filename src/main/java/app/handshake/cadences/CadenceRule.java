package app.handshake.cadences;

import app.handshake.deals.DealRole;
import app.handshake.touchpoints.Channel;
import java.util.UUID;

/**
 * A cadence for every person with a tag, a team tier or an organization tier, in a role on an open deal
 * ({@code value}: the role, or {@value #ANY_ROLE}), or a decision maker on an open deal worth at least an
 * amount ({@code value}: "GBP 100000.00").
 */
public record CadenceRule(UUID id, Kind kind, String value, int intervalDays, Channel channel) {

    public enum Kind {
        tag, tier, organization_tier, open_deal, deal_decision_maker;

        /** Rules of these kinds look at deals, and so are looked at again when a deal changes. */
        public boolean aboutDeals() {
            return this == open_deal || this == deal_decision_maker;
        }
    }

    /** The value of an {@code open_deal} rule for everyone on an open deal, whatever their role. */
    public static final String ANY_ROLE = "any";

    /** "every 30 days, by phone, for people tagged vip" */
    public String describe() {
        return "every " + intervalDays + " days" + (channel == null ? "" : " by " + channel.label().toLowerCase())
                + " for " + switch (kind) {
                    case tag -> "people tagged " + value;
                    case tier -> value + " relationships";
                    case organization_tier -> "people at " + value + " organizations";
                    case open_deal -> ANY_ROLE.equals(value) ? "people on an open deal"
                            : DealRole.valueOf(value).label() + "s on an open deal";
                    case deal_decision_maker -> "decision makers on an open deal worth "
                            + DealThreshold.parse(value).minimum().display() + " or more";
                };
    }
}
