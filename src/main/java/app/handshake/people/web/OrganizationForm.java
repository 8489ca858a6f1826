package app.handshake.people.web;

import app.handshake.accounts.Visibility;
import app.handshake.people.OrganizationDetails;
import app.handshake.people.OrganizationDraft;
import app.handshake.people.OrganizationTier;
import app.handshake.shared.Location;
import app.handshake.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The organization form; sites are rows, and a row left blank is no site. */
record OrganizationForm(
        @NotBlank(message = "Please enter a name") @Size(max = 200) String name,
        @Size(max = 253) String domain,
        @Size(max = 100) String industry,
        OrganizationTier tier,
        @Size(max = 10000) String notes,
        @Valid List<SiteRow> sites,
        String visibility,
        Long version) {

    /** Blank rows offered for new sites each time the form opens. */
    static final int BLANK_ROWS = 2;

    /** One site row; coordinates travel hidden so that an edit by hand keeps those set through the API. */
    record SiteRow(@Size(max = 200) String name, @Size(max = 100) String city, @Size(max = 100) String region,
            @Size(max = 100) String country, BigDecimal latitude, BigDecimal longitude) {

        static SiteRow blank() {
            return new SiteRow(null, null, null, null, null, null);
        }

        boolean isBlank() {
            return Text.trimToNull(name) == null && Text.trimToNull(city) == null && Text.trimToNull(region) == null
                    && Text.trimToNull(country) == null;
        }
    }

    static OrganizationForm empty() {
        return new OrganizationForm(null, null, null, OrganizationTier.standard, null, withBlankRows(List.of()),
                Visibility.SHARED.key(), null);
    }

    static OrganizationForm of(OrganizationDetails o) {
        List<SiteRow> rows = o.sites().stream().map(s -> new SiteRow(s.name(), s.location().city(),
                s.location().region(), s.location().country(), s.location().latitude(), s.location().longitude()))
                .toList();
        return new OrganizationForm(o.name(), o.domain(), o.industry(), o.tier(), o.notes(), withBlankRows(rows),
                o.visibility().key(), o.version());
    }

    OrganizationDraft toDraft() {
        List<OrganizationDraft.Site> drafted = new ArrayList<>();
        if (sites != null) {
            for (SiteRow row : sites) {
                if (!row.isBlank()) {
                    drafted.add(new OrganizationDraft.Site(row.name(),
                            new Location(row.city(), row.region(), row.country(), row.latitude(), row.longitude())));
                }
            }
        }
        return new OrganizationDraft(name, domain, industry, tier, notes, drafted, Visibility.of(visibility));
    }

    private static List<SiteRow> withBlankRows(List<SiteRow> rows) {
        List<SiteRow> all = new ArrayList<>(rows);
        for (int i = 0; i < BLANK_ROWS; i++) {
            all.add(SiteRow.blank());
        }
        return all;
    }
}
