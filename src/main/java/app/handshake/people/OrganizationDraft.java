package app.handshake.people;

import app.handshake.accounts.Visibility;
import app.handshake.shared.Location;
import java.util.List;

/** Everything an organization record holds that a user may set; a null visibility keeps the current one. */
public record OrganizationDraft(String name, String domain, String industry, OrganizationTier tier, String notes,
        List<Site> sites, Visibility visibility) {

    public OrganizationDraft {
        sites = sites == null ? List.of() : List.copyOf(sites);
        tier = tier == null ? OrganizationTier.standard : tier;
    }

    /** One location of an organization: a head office, a plant, a branch. */
    public record Site(String name, Location location) {

        public Site {
            location = location == null ? Location.UNKNOWN : location;
        }
    }
}
